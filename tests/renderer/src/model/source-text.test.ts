import { describe, expect, it } from 'vitest';
import { locateInParagraphs, segmentsOf, sourceParagraphs } from '../../../../renderer/src/model/source-text';

const text = 'First line.\n\n  Second   line, with a quote in it.  \nThird line, with a quote in it too.\n';

describe('the source text', () => {
  it('is numbered paragraphs, one a line, blank lines dropped, ends trimmed', () => {
    expect(sourceParagraphs(text)).toEqual([
      { number: 1, text: 'First line.' },
      { number: 2, text: 'Second   line, with a quote in it.' },
      { number: 3, text: 'Third line, with a quote in it too.' },
    ]);
  });

  it('locates a quote in the first paragraph that holds it, whitespace runs matching any whitespace', () => {
    const paragraphs = sourceParagraphs(text);
    expect(locateInParagraphs(paragraphs, 'Second line, with')).toEqual({ paragraph: 2, start: 0, end: 19 });
    expect(locateInParagraphs(paragraphs, 'a quote in it')).toMatchObject({ paragraph: 2 });
    expect(locateInParagraphs(paragraphs, 'not there')).toBeNull();
  });

  it('cuts the located paragraph into text segments with the quote marked, and leaves others whole', () => {
    const [first, second] = sourceParagraphs(text);
    const location = locateInParagraphs([second!], 'with a quote');
    expect(segmentsOf(second!, location)).toEqual([
      { text: 'Second   line, ', marked: false },
      { text: 'with a quote', marked: true },
      { text: ' in it.', marked: false },
    ]);
    expect(segmentsOf(first!, location)).toEqual([{ text: 'First line.', marked: false }]);
    expect(segmentsOf(first!, null)).toEqual([{ text: 'First line.', marked: false }]);
  });
});
