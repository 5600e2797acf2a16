import { describe, expect, it } from 'vitest';
import { devtoolsPdfParams, electronPdfOptions, pageSetup } from '../../../electron/main/pdf-options';
import { pageBox } from '../../../electron/shared/print-pages';

describe('PDF page set-up', () => {
  it('gives A4 and Letter in inches: portrait for the summary and the brief, landscape for handouts', () => {
    expect(devtoolsPdfParams({ paper: 'a4', content: 'summary' })).toMatchObject({ paperWidth: 8.27, paperHeight: 11.69, landscape: false });
    expect(devtoolsPdfParams({ paper: 'letter', content: 'brief' })).toMatchObject({ paperWidth: 8.5, paperHeight: 11, landscape: false });
    expect(electronPdfOptions({ paper: 'letter', content: 'handout' })).toMatchObject({ pageSize: { width: 8.5, height: 11 }, landscape: true });
    expect(pageSetup({ paper: 'a4', content: 'handout' })).toMatchObject({ widthInches: 11.69, heightInches: 8.27 });
  });

  it('gives both APIs the same set-up: tags and outline, and no Chromium header or footer (the document draws its own)', () => {
    for (const content of ['summary', 'handout', 'brief'] as const) {
      const job = { paper: 'a4' as const, content };
      const electron = electronPdfOptions(job);
      const devtools = devtoolsPdfParams(job);
      for (const key of ['displayHeaderFooter', 'printBackground', 'generateTaggedPDF', 'generateDocumentOutline', 'landscape', 'preferCSSPageSize'] as const) {
        expect(electron[key], key).toEqual(devtools[key]);
      }
      expect(electron.margins).toEqual({ top: devtools.marginTop, bottom: devtools.marginBottom, left: devtools.marginLeft, right: devtools.marginRight });
      expect(devtools).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: false, printBackground: true });
      expect(devtools).not.toHaveProperty('headerTemplate');
    }
  });

  it('prints to the printable area the print documents lay themselves out in', () => {
    for (const paper of ['a4', 'letter'] as const) {
      for (const content of ['summary', 'handout', 'brief'] as const) {
        const box = pageBox(paper, content);
        const s = pageSetup({ paper, content });
        expect(s.margins).toEqual(box.margins);
        expect(box.contentWidth).toBeCloseTo(s.widthInches - s.margins.left - s.margins.right, 3);
        expect(box.contentHeight).toBeCloseTo(s.heightInches - s.margins.top - s.margins.bottom, 3);
        // Room in the margins for the running header and footer (8.5 pt type).
        expect(Math.min(s.margins.top, s.margins.bottom)).toBeGreaterThanOrEqual(0.5);
      }
    }
  });
});
