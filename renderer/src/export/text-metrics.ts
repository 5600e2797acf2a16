/**
 * How wide text is in Arial and how many lines it takes in a box, so exported slides can size
 * every text box to its text before PowerPoint or LibreOffice lays it out (neither honours a
 * "shrink on overflow" written by another program). Estimates err on the wide side: a box sized
 * from them holds its text in either program.
 *
 * Widths are Arial's advance widths in thousandths of an em (the same as Liberation Sans, which
 * is metric-compatible and what LibreOffice shows for Arial), measured at 1000 px in Chromium.
 * Chinese, Japanese and Korean characters are a full em wide and may break anywhere.
 */

/** Advance widths of the printable ASCII characters (space to tilde), regular and bold. */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Other characters the briefings use: [regular, bold]. */
const OTHER: Readonly<Record<string, readonly [number, number]>> = {
  '·': [333, 333],
  '“': [333, 500],
  '”': [333, 500],
  '‘': [222, 278],
  '’': [222, 278],
  '–': [556, 556],
  '—': [1000, 1000],
  '…': [1000, 1000],
  '−': [584, 584],
  '±': [549, 549],
  '×': [584, 584],
  '°': [400, 400],
  '•': [350, 350],
};
/** A margin for rounding in layout (kerning in Arial only narrows). */
const SAFETY = 1.02;
/** Anything else not Chinese, Japanese or Korean: as wide as the widest Latin capital. */
const UNKNOWN_WIDTH = 1000;

/** Chinese, Japanese and Korean characters (and their full-width punctuation). */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

/** A character's width in thousandths of an em. */
function charWidth(char: string, bold: boolean): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]!;
  if (isCjk(char)) return 1000;
  const other = OTHER[char];
  return other ? other[bold ? 1 : 0] : UNKNOWN_WIDTH;
}

/** Width of a text in points at `size` points, with a margin of safety for kerning and hinting. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const char of text) units += charWidth(char, bold);
  return (units / 1000) * size * SAFETY;
}


/** A run of text in one style, as a line measures it. */
export interface MeasuredRun {
  text: string;
  size: number;
  bold?: boolean;
}

/**
 * Space between Chinese and Latin text, in ems: LibreOffice adds some where the script changes
 * ("Asian and non-Asian text" spacing, on by default), and PowerPoint's East Asian line breaking
 * may too.
 */
const SCRIPT_CHANGE = 0.25;

/** The pieces a line may break between: words with the space after them, and each CJK character. */
function pieces(runs: readonly MeasuredRun[]): { width: number; space: number }[] {
  const out: { width: number; space: number; cjk: boolean }[] = [];
  let current: (typeof out)[number] | undefined;
  let lastScript: boolean | undefined;
  for (const run of runs) {
    for (const char of run.text) {
      let width = (charWidth(char, run.bold ?? false) / 1000) * run.size * SAFETY;
      if (!/\s/u.test(char)) {
        if (lastScript !== undefined && lastScript !== isCjk(char)) width += SCRIPT_CHANGE * run.size;
        lastScript = isCjk(char);
      }
      if (/\s/u.test(char)) {
        if (current) current.space += width;
      } else if (!current || current.space > 0 || current.cjk || isCjk(char)) {
        current = { width, space: 0, cjk: isCjk(char) };
        out.push(current);
      } else current.width += width;
    }
  }
  return out;
}

/** Lines the runs take in a box `width` points wide, wrapping at spaces (and anywhere in CJK text). */
export function lineCount(runs: readonly MeasuredRun[], width: number): number {
  let lines = 1;
  let used = 0;
  let pendingSpace = 0;
  for (const piece of pieces(runs)) {
    if (used > 0 && used + pendingSpace + piece.width > width) {
      lines++;
      used = 0;
    } else used += pendingSpace;
    // A piece wider than the line breaks inside itself.
    if (piece.width > width) {
      lines += Math.ceil(piece.width / width) - 1;
      used = piece.width % width;
    } else used += piece.width;
    pendingSpace = piece.space;
  }
  return lines;
}

/** The width of the widest unbreakable piece of the runs (a word, a number with its unit). */
export function longestPiece(runs: readonly MeasuredRun[]): number {
  return Math.max(0, ...pieces(runs).map((p) => p.width));
}
