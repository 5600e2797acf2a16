import { describe, expect, it } from 'vitest';
import { PAPER_SIZES, PRINT_CONTENTS } from '../../../electron/shared/ipc-contract';
import { isPrintPage, PRINT_PAGES, printDocumentPath, printRoutePath } from '../../../electron/shared/print-documents';

describe('where a print window opens a document', () => {
  it("opens the bundled briefing's summary from the page written at build time for its paper", () => {
    expect(printDocumentPath({ content: 'summary', paper: 'a4' }, { kind: 'bundled' })).toBe('print-summary-a4.html');
    expect(printDocumentPath({ content: 'summary', paper: 'letter' }, { kind: 'bundled' })).toBe('print-summary-letter.html');
  });

  it("opens any briefing from a file, and the documents with no page, on the app's print route", () => {
    const fromFile = { kind: 'file', path: '/home/reader/briefing.json' } as const;
    for (const content of PRINT_CONTENTS) {
      for (const paper of PAPER_SIZES) {
        expect(printDocumentPath({ content, paper }, fromFile)).toBe(`index.html#/print/${content}?paper=${paper}`);
        if (content !== 'summary') expect(printDocumentPath({ content, paper }, { kind: 'bundled' })).toBe(`index.html#/print/${content}?paper=${paper}`);
      }
    }
  });

  it('knows a print page by its path, and nothing else for one', () => {
    expect(isPrintPage('/print-summary-a4.html')).toBe(true);
    expect(isPrintPage('/print-summary-letter.html')).toBe(true);
    expect(isPrintPage('/index.html')).toBe(false);
    expect(isPrintPage('/')).toBe(false);
    expect(isPrintPage('/print-summary-a3.html')).toBe(false);
  });

  it('falls back to the route when the build has no page (electron-vite build alone)', () => {
    const seen: string[] = [];
    expect(printDocumentPath({ content: 'summary', paper: 'a4' }, { kind: 'bundled' }, (file) => (seen.push(file), false))).toBe(printRoutePath({ content: 'summary', paper: 'a4' }));
    expect(seen).toEqual(['print-summary-a4.html']);
  });

  it('names a page of its own for every paper of each document that has pages', () => {
    for (const [content, byPaper] of Object.entries(PRINT_PAGES)) {
      expect(Object.keys(byPaper!).sort()).toEqual([...PAPER_SIZES].sort());
      for (const [paper, file] of Object.entries(byPaper!)) expect(file).toBe(`print-${content}-${paper}.html`);
    }
    const files = Object.values(PRINT_PAGES).flatMap((byPaper) => Object.values(byPaper!));
    expect(new Set(files).size).toBe(files.length);
  });
});
