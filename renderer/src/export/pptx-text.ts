/**
 * Text on exported slides: paragraphs of styled runs, measured before they are placed (so each
 * box is sized to its text), and written as PowerPoint text with Arial for Latin text and an East
 * Asian font, marked Chinese, for Chinese text.
 *
 * Fonts: Arial, not Calibri. Arial is on every Windows and Mac that runs PowerPoint (and in Office
 * for the web), and LibreOffice shows it with Liberation Sans, whose widths are the same, so what
 * fits here fits there. Calibri is missing from Macs without Office and from most Linux systems.
 * Chinese runs ask for Microsoft YaHei (Windows); PowerPoint on a Mac substitutes PingFang.
 */
import type PptxGenJS from 'pptxgenjs';
import { POWERPOINT_COLOURS, POWERPOINT_TYPE_PT } from '../styles/palette';
import { isCjk, lineCount, type MeasuredRun } from './text-metrics';

export const LATIN_FONT = 'Arial';
export const CJK_FONT = 'Microsoft YaHei';
export const CJK_LANG = 'zh-CN';

export const COLOURS = POWERPOINT_COLOURS;
/** Type sizes in points (the projector's scale). */
export const PT = POWERPOINT_TYPE_PT;

/** A type size grown or shrunk by a slide's fit, never below the smallest size (as tokens.css's max(28px, …)). */
export function sizeAt(size: number, fit: number): number {
  return Math.max(PT.sm, size * fit);
}

/**
 * A line's height in ems at single spacing, rounded up: Arial's is 1.15; a line with Chinese takes
 * its East Asian font's, 1.32 for Microsoft YaHei.
 */
const LINE_HEIGHT = 1.2;
const CJK_LINE_HEIGHT = 1.36;

export interface Run {
  text: string;
  bold?: boolean;
  /** "RRGGBB"; the paragraph's colour when not given. */
  colour?: string;
}

/** Lines of one size within a paragraph, after a soft line break (Shift+Enter). */
export interface Segment {
  runs: Run[];
  size: number;
}

export interface Paragraph {
  segments: Segment[];
  /** A bullet or a number before the paragraph, hanging. */
  marker?: 'bullet' | 'number';
  /** Space above the paragraph, in points. */
  spaceBefore?: number;
  /** Extra space between letters, in points (the eyebrow's tracking). */
  charSpacing?: number;
  /** Line spacing as a multiple of the font's own (1 when not given). */
  lineSpacing?: number;
}

/** A paragraph of one segment. */
export function para(runs: Run[] | string, size: number, more: Omit<Paragraph, 'segments'> & { bold?: boolean; colour?: string } = {}): Paragraph {
  const { bold, colour, ...rest } = more;
  const list = typeof runs === 'string' ? [{ text: runs }] : runs;
  return { segments: [{ size, runs: list.map((r) => ({ ...(bold ? { bold } : {}), ...(colour ? { colour } : {}), ...r })) }], ...rest };
}

/** How far a marked paragraph's text is indented from its marker, in points. */
export function markerIndent(p: Paragraph): number {
  const size = p.segments[0]?.size ?? PT.base;
  return p.marker === 'number' ? size * 1.6 : p.marker === 'bullet' ? size * 1.1 : 0;
}

/** The height of a paragraph in a box `width` points wide, in points (its space above included). */
export function paragraphHeight(p: Paragraph, width: number): number {
  const inner = width - markerIndent(p);
  const lines = p.segments.reduce((h, s) => {
    const measured: MeasuredRun[] = s.runs.map((r) => ({ text: r.text, size: s.size, ...(r.bold ? { bold: true } : {}) }));
    const factor = s.runs.some((r) => [...r.text].some(isCjk)) ? CJK_LINE_HEIGHT : LINE_HEIGHT;
    return h + lineCount(measured, inner) * s.size * factor;
  }, 0);
  return (p.spaceBefore ?? 0) + lines * (p.lineSpacing ?? 1);
}

/** The height of paragraphs stacked in one box, in points. */
export function textHeight(paragraphs: readonly Paragraph[], width: number): number {
  return paragraphs.reduce((h, p) => h + paragraphHeight(p, width), 0);
}

/**
 * The width (points, at most `width`) at which a heading's lines come out even, as CSS's
 * `text-wrap: balance` sets them on screen: the narrowest that still takes no more lines, with
 * a little room so another program's line breaking keeps the same count. "Promote high-level
 * opening up (1 of 2)" breaks after "opening", not before "2)".
 */
export function balancedWidth(paragraphs: readonly Paragraph[], width: number): number {
  const height = textHeight(paragraphs, width);
  let low = width / 2;
  let high = width;
  if (textHeight(paragraphs, low) <= height) return width; // one line, or lines that no width evens out
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (textHeight(paragraphs, mid) <= height) high = mid;
    else low = mid;
  }
  return Math.min(width, high * 1.05);
}

/**
 * A run split where the script changes, so Chinese gets its own font and language. Spaces and
 * "·", which both scripts use, are set in Arial unless they stand between Chinese characters: an
 * East Asian font's (or its substitute's) space is much wider than Arial's, which would break
 * "重庆 · 2017" where the measured line does not.
 */
function scriptRuns(text: string): { text: string; cjk: boolean }[] {
  const chars = [...text];
  const shared = (char: string) => /[\s·]/u.test(char);
  const nextScript = (from: number) => chars.slice(from).find((c) => !shared(c));
  const out: { text: string; cjk: boolean }[] = [];
  chars.forEach((char, i) => {
    const next = nextScript(i + 1);
    const cjk = shared(char) ? out.at(-1)?.cjk === true && next !== undefined && isCjk(next) : isCjk(char);
    if (out.length && out.at(-1)!.cjk === cjk) out.at(-1)!.text += char;
    else out.push({ text: char, cjk });
  });
  return out;
}

type TextProps = PptxGenJS.TextProps;

function runProps(run: Run, size: number, colour: string): TextProps[] {
  return scriptRuns(run.text).map((part) => ({
    text: part.text,
    options: {
      fontSize: size,
      fontFace: part.cjk ? CJK_FONT : LATIN_FONT,
      ...(part.cjk ? { lang: CJK_LANG } : {}),
      color: run.colour ?? colour,
      ...(run.bold ? { bold: true } : {}),
    },
  }));
}

/** Paragraph-level options go on a paragraph's first run (that is where PowerPoint reads them). */
function paragraphOptions(p: Paragraph): PptxGenJS.TextPropsOptions {
  const indent = markerIndent(p);
  return {
    ...(p.marker === 'bullet' ? { bullet: { indent } } : p.marker === 'number' ? { bullet: { type: 'number', indent } } : {}),
    ...(p.spaceBefore ? { paraSpaceBefore: p.spaceBefore } : {}),
    ...(p.lineSpacing ? { lineSpacingMultiple: p.lineSpacing } : {}),
  };
}

/** The paragraphs as pptxgenjs text runs: soft breaks between segments, hard breaks between paragraphs. */
export function toTextProps(paragraphs: readonly Paragraph[], colour: string = COLOURS.ink): TextProps[] {
  return paragraphs.flatMap((p, pi) => {
    const runs = p.segments.flatMap((s, si) =>
      s.runs
        .flatMap((r) => runProps(r, s.size, colour))
        .map((r, ri) => (si > 0 && ri === 0 ? { ...r, options: { ...r.options, softBreakBefore: true } } : r)),
    );
    runs.forEach((r) => p.charSpacing && (r.options = { ...r.options, charSpacing: p.charSpacing }));
    runs[0] = { ...runs[0]!, options: { ...runs[0]!.options, ...paragraphOptions(p) } };
    if (pi < paragraphs.length - 1) runs[runs.length - 1] = { ...runs.at(-1)!, options: { ...runs.at(-1)!.options, breakLine: true } };
    return runs;
  });
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Inches from points. */
export const inches = (pt: number): number => pt / 72;
/** Points from inches. */
export const points = (inch: number): number => inch * 72;

/**
 * Adds paragraphs as one text box at `box` (inches), with no inner margin, so the box is exactly
 * where the text is. `name` is the box's name in PowerPoint's selection pane.
 */
export function addText(
  slide: PptxGenJS.Slide,
  paragraphs: readonly Paragraph[],
  box: Box,
  options: { name: string; valign?: 'top' | 'middle' | 'bottom'; align?: 'left' | 'center' | 'right'; colour?: string } & Pick<PptxGenJS.TextPropsOptions, 'shape' | 'fill' | 'margin'>,
): void {
  const { name, valign = 'top', colour, ...rest } = options;
  slide.addText(toTextProps(paragraphs, colour), { ...box, margin: 0, valign, wrap: true, objectName: name, fontFace: LATIN_FONT, ...rest });
}
