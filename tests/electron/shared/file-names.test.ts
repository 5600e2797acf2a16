/**
 * File names made from data: what every common file system accepts, at most 120 characters and
 * 255 bytes, cut between characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, MAX_FILE_NAME_CHARS, safeFileName } from '../../../electron/shared/file-names';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('pilot-ftz-2022-summary-a4', 'pdf')).toBe('pilot-ftz-2022-summary-a4.pdf');
  });

  it('clips a long name (the id of issue #10: 100,000 characters) to 120 characters with its extension', () => {
    const name = safeFileName(`${'a'.repeat(100_000)}-summary-a4`, 'pdf');
    expect(name).toBe(`${'a'.repeat(116)}.pdf`);
  });

  it('clips to 255 bytes of UTF-8, between characters', () => {
    const name = safeFileName('上'.repeat(200), 'pdf');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe(`${'上'.repeat(83)}.pdf`);
    expect(safeFileName('😀'.repeat(100), 'csv')).toBe(`${'😀'.repeat(62)}.csv`);
  });

  it('replaces characters file systems refuse, and drops leading and trailing dots and spaces', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\nl\u202Em', 'pdf')).toBe('a-b-c-d-e-f-g-h-i-j-k-l-m.pdf');
    expect(safeFileName(' ..hidden. ', 'pdf')).toBe('hidden.pdf');
    expect(safeFileName('...', 'pdf')).toBe('briefing.pdf');
    expect(safeFileName('CON', 'pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul.tar', 'gz')).toBe('_nul.tar.gz');
  });

  it('always makes a name within the limits, with no refused character, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (stem) => {
        const name = safeFileName(stem, 'pdf');
        expect(name.endsWith('.pdf')).toBe(true);
        expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_CHARS);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
        expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
        expect(name).not.toMatch(/^[ .]/);
        expect(name.length).toBeGreaterThan(4);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
