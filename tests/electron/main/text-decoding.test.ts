/**
 * File bytes as text: UTF-8 only, the byte-order mark dropped, and a sentence naming the place
 * when a file is in another encoding or holds binary data.
 */
import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte } from '../../../electron/main/text-decoding';

const WHAT = 'The source text /x/a.txt';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFCafé 上海'), WHAT)).toEqual({ ok: true, text: 'Café 上海' });
    expect(decodeUtf8(Buffer.from('plain'), WHAT)).toEqual({ ok: true, text: 'plain' });
  });

  it('says when the text is UTF-16', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFtext', 'utf16le'), WHAT)).toEqual({ ok: false, problem: `${WHAT} is saved as UTF-16 text. Save it as UTF-8 and open it again.` });
  });

  it('says when the text is in another encoding, and where', () => {
    expect(decodeUtf8(Buffer.from('line one\nCaf\u00e9 au lait', 'latin1'), WHAT)).toEqual({
      ok: false,
      problem: `${WHAT} is not UTF-8 text (at line 2, column 4); it may be saved in another encoding, such as Windows-1252 or Latin-1. Save it as UTF-8 and open it again.`,
    });
  });

  it('says when the file holds binary data', () => {
    expect(decodeUtf8(Buffer.from('a\nb\u0000c'), WHAT)).toEqual({ ok: false, problem: `${WHAT} holds binary data (a NUL character on line 2), not text.` });
  });

  it('finds the first byte that is not UTF-8 exactly where the standard decoder fails, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (junk, text) => {
        const bytes = Buffer.concat([Buffer.from(text), Buffer.from(junk)]);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(bytes) === -1).toBe(valid);
        expect(isUtf8(bytes)).toBe(valid);
        if (!valid) {
          const at = firstInvalidUtf8Byte(bytes);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at))).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
