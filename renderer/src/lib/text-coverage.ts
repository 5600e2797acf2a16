/**
 * Which characters of a text the text font (Inter: Latin, Greek, Cyrillic and general
 * punctuation) does not draw, and the Chinese font (Noto Sans SC, split by Unicode range) must.
 */

/**
 * The characters of `text` the text font does not have — Chinese, and symbols beyond Latin,
 * Greek, Cyrillic and general punctuation — each once: what the Chinese font is asked for, all at
 * once, before layout finds them one file at a time. Empty when there are none.
 */
export function charactersBeyondText(text: string): string {
  const beyond = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x52f && (code < 0x2000 || code > 0x206f)) beyond.add(char);
  }
  return [...beyond].join('');
}
