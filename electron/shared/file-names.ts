/**
 * File names made from data (a briefing's id, a chart's title), clipped and cleaned so that every
 * common file system accepts them: Windows, macOS and Linux, FAT and exFAT on a USB stick.
 *
 * - characters no file system or shell dialog accepts (`/ \ : * ? " < > |`), control and
 *   invisible characters become "-";
 * - no leading or trailing spaces or dots (Windows drops or refuses them), no name that is only
 *   dots, no Windows device name (CON, NUL, COM1…);
 * - at most 120 characters and 255 bytes of UTF-8 with the extension (the limit of ext4, APFS,
 *   NTFS), cut between characters, never inside one.
 */
export const MAX_FILE_NAME_CHARS = 120;
export const MAX_FILE_NAME_BYTES = 255;

const REFUSED = /[/\\:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/gu;
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Cuts text to at most `maxChars` characters and `maxBytes` UTF-8 bytes, between characters. */
function clip(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  let chars = 0;
  let bytes = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (chars + 1 > maxChars || bytes + size > maxBytes) break;
    out += ch;
    chars++;
    bytes += size;
  }
  return out;
}

/** A file name for `stem` + "." + `extension`, safe to offer in a save dialog. */
export function safeFileName(stem: string, extension: string, fallback = 'briefing'): string {
  const ext = extension.replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  const suffix = ext ? `.${ext}` : '';
  const clean = (text: string) =>
    text
      .normalize('NFC')
      .replace(REFUSED, '-')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '');
  let name = clip(clean(stem), MAX_FILE_NAME_CHARS - suffix.length, MAX_FILE_NAME_BYTES - suffix.length);
  name = name.replace(/[\s.]+$/, '');
  if (!name) name = fallback;
  if (WINDOWS_DEVICE.test(name.split('.')[0]!.trim())) name = `_${name}`;
  return `${name}${suffix}`;
}
