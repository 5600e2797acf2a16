import { describe, expect, it } from 'vitest';
import { devtoolsPdfParams, electronPdfOptions, escapeHtml, pageSetup } from '../../../electron/main/pdf-options';

const title = "China's Pilot Free Trade Zones in 2022";

describe('PDF page set-up', () => {
  it('gives A4 and Letter in inches, portrait for the summary, landscape for handouts', () => {
    expect(devtoolsPdfParams({ paper: 'a4', content: 'summary', title })).toMatchObject({ paperWidth: 8.27, paperHeight: 11.69, landscape: false });
    expect(devtoolsPdfParams({ paper: 'letter', content: 'summary', title })).toMatchObject({ paperWidth: 8.5, paperHeight: 11, landscape: false });
    expect(electronPdfOptions({ paper: 'letter', content: 'handout', title })).toMatchObject({ pageSize: { width: 8.5, height: 11 }, landscape: true });
    expect(pageSetup({ paper: 'a4', content: 'handout', title })).toMatchObject({ widthInches: 11.69, heightInches: 8.27 });
  });

  it('gives both APIs the same set-up: header, footer with page numbers, tags and outline', () => {
    const job = { paper: 'a4' as const, content: 'summary' as const, title };
    const electron = electronPdfOptions(job);
    const devtools = devtoolsPdfParams(job);
    for (const key of ['headerTemplate', 'footerTemplate', 'displayHeaderFooter', 'printBackground', 'generateTaggedPDF', 'generateDocumentOutline', 'landscape'] as const) {
      expect(electron[key], key).toEqual(devtools[key]);
    }
    expect(electron.margins).toEqual({ top: devtools.marginTop, bottom: devtools.marginBottom, left: devtools.marginLeft, right: devtools.marginRight });
    expect(devtools).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: true, printBackground: true });
    expect(devtools.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(devtools.headerTemplate).toContain('China&#39;s Pilot Free Trade Zones in 2022');
  });

  it('writes the title into the header as text, never as markup', () => {
    const header = pageSetup({ paper: 'a4', content: 'summary', title: '<script>alert(1)</script> & <b>x</b>' }).headerTemplate;
    expect(header).not.toContain('<script>');
    expect(header).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});

