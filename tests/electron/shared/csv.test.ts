/**
 * CSV the app writes: RFC 4180 quoting, and OWASP's rule against formula injection — a text
 * cell starting with =, +, -, @, tab or carriage return is neutralised with a leading apostrophe.
 * A finite number the app passes as a number is written as the number it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../electron/shared/csv';

describe('csvCell', () => {
  it('quotes commas, double quotes and line breaks (RFC 4180)', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', 'two\nlines']])).toBe('a,"b, c","say ""hi""","two\nlines"\r\n');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['  =1+1', "'  =1+1"],
    ['-4.1', "'-4.1"],
  ])('neutralises a text cell that a spreadsheet would run as a formula: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('writes a finite number the app computed as a number, negative ones too; never NaN or Infinity', () => {
    expect(csvCell(-4.1)).toBe('-4.1');
    expect(csvCell(222.52)).toBe('222.52');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(-Infinity)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell('Shanghai (上海)')).toBe('Shanghai (上海)');
    expect(csvCell('a-b = c')).toBe('a-b = c');
  });

  it('never starts a cell with a formula character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const cell = csvCell(text);
        const content = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(content).not.toMatch(/^\s*[=+\-@\t\r]/);
        // And the cell reads back (RFC 4180) as the text, with at most the apostrophe in front.
        const read = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect([text, `'${text}`]).toContain(read);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
