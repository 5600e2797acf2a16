import { describe, expect, it } from 'vitest';
import { PAPER_SIZES, PRINT_CONTENTS } from '../../../electron/shared/ipc-contract';
import { PRINT_PAGES, printDocumentPath } from '../../../electron/shared/print-pages';

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

  it('names one page for each paper, each its own file', () => {
    const files = Object.values(PRINT_PAGES).flatMap((byPaper) => Object.values(byPaper));
    expect(files).toHaveLength(PAPER_SIZES.length);
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) expect(file).toMatch(/^print-[a-z]+-[a-z0-9]+\.html$/);
  });
});
