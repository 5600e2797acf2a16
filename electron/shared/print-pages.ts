/**
 * The geometry of a printed page, in inches: the paper, its orientation and its margins for each
 * print content. Main gives it to the printer (`electron/main/pdf-options.ts`); the print
 * documents lay themselves out to the same printable area, so what they measure on screen is
 * what prints (the one-page brief checks that it fits). Pure data, no Electron, no DOM.
 */
import type { PaperSize, PrintContent } from './ipc-contract';

/** Paper sizes in inches, portrait. */
export const PAPER_INCHES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 8.27, height: 11.69 },
  letter: { width: 8.5, height: 11 },
};

export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The running header and footer sit in the top and bottom margins. */
const PORTRAIT_MARGINS: PageMargins = { top: 0.75, bottom: 0.75, left: 0.75, right: 0.75 };
const LANDSCAPE_MARGINS: PageMargins = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 };

export interface PageBox {
  landscape: boolean;
  /** The sheet as it is printed on. */
  width: number;
  height: number;
  margins: PageMargins;
  /** The printable area inside the margins. */
  contentWidth: number;
  contentHeight: number;
}

/** Slide handouts print one slide to a landscape page; the summary and the brief are portrait. */
export function isLandscape(content: PrintContent): boolean {
  return content === 'handout';
}

export function pageBox(paper: PaperSize, content: PrintContent): PageBox {
  const portrait = PAPER_INCHES[paper];
  const landscape = isLandscape(content);
  const width = landscape ? portrait.height : portrait.width;
  const height = landscape ? portrait.width : portrait.height;
  const margins = landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
  return {
    landscape,
    width,
    height,
    margins: { ...margins },
    contentWidth: round(width - margins.left - margins.right),
    contentHeight: round(height - margins.top - margins.bottom),
  };
}

/** CSS pixels per inch, as Chromium prints. */
export const CSS_PX_PER_INCH = 96;

function round(inches: number): number {
  return Math.round(inches * 1000) / 1000;
}

