/**
 * Which characters of a text the text font (Inter: Latin, Greek, Cyrillic and general
 * punctuation) does not draw, and the Chinese font (Noto Sans SC, split by Unicode range) must.
 */

/** A character beyond the text font: past Cyrillic (U+052F) and outside general punctuation (U+2000–U+206F). */
const BEYOND_TEXT_FONT = /[^\u0000-\u052f\u2000-\u206f]/gu;

/**
 * The characters of `text` the text font does not have — Chinese, and symbols beyond Latin,
 * Greek, Cyrillic and general punctuation — each once: what the Chinese font is asked for, all at
 * once, before layout finds them one file at a time. Empty when there are none.
 */
export function charactersBeyondText(text: string): string {
  // One native scan (the text is the whole briefing and its source, read on the way to printing).
  return [...new Set(text.match(BEYOND_TEXT_FONT))].join('');
}
