/**
 * Bytes from a file, as text: UTF-8 only, a byte-order mark dropped, and a plain sentence when
 * the file is something else (UTF-16, Windows-1252, binary data), naming where it goes wrong.
 * Node's own UTF-8 check and decoder (simdutf): 20 MB in a few milliseconds.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { formatCount } from '../shared/messages';

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

/** The index of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** "line 48, column 5" of a byte offset, counting characters of the valid UTF-8 before it. */
function placeOfByte(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  // Every byte that does not continue a character starts one.
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return `line ${formatCount(line)}, column ${formatCount(column)}`;
}

/**
 * Decodes a file's bytes as UTF-8 text. `what` names the file for the message ("The source text
 * /x/a.txt").
 */
export function decodeUtf8(bytes: Uint8Array, what: string): Decoded {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: `${what} is saved as UTF-16 text. Save it as UTF-8 and open it again.` };
  }
  const body = bytes.subarray(start);
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8Byte(body);
    const place = bad >= 0 ? ` (at ${placeOfByte(body, bad)})` : '';
    return {
      ok: false,
      problem: `${what} is not UTF-8 text${place}; it may be saved in another encoding, such as Windows-1252 or Latin-1. Save it as UTF-8 and open it again.`,
    };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < nul; i = text.indexOf('\n', i + 1)) line++;
    return { ok: false, problem: `${what} holds binary data (a NUL character on line ${formatCount(line)}), not text.` };
  }
  return { ok: true, text };
}
