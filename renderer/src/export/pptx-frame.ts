/**
 * What every exported slide shares, in the geometry of the projector's slide stage: the stage is
 * 900 px high and the slide 7.5 in, so a stage pixel is 1/120 in and the spacing steps of
 * tokens.css carry over as they are. The frame is the padding, the header (eyebrow and title),
 * the slide number, and the body region left for each kind of slide.
 */
import type PptxGenJS from 'pptxgenjs';
import type { SlideAspect } from '../../../electron/shared/ipc-contract';
import type { Slide } from '../model/deck';
import { titleSize } from '../model/deck-pages';
import { MAX_FIT, MIN_FIT } from '../present/slides/fit-content';
import { addText, balancedWidth, COLOURS, inches, LATIN_FONT, para, points, PT, textHeight, type Box } from './pptx-text';

/** Slide sizes in inches: PowerPoint's widescreen (13.333 × 7.5) and standard (10 × 7.5). */
export const SLIDE_SIZES: Readonly<Record<SlideAspect, { width: number; height: number }>> = {
  '16:9': { width: 13.333, height: 7.5 },
  '4:3': { width: 10, height: 7.5 },
};

/** Inches from pixels of the 900 px slide stage. */
export const stagePx = (px: number): number => px / 120;

const SPACE_STEPS = [0, 0.25, 0.5, 1, 1.25, 2, 3, 4.5] as const;

/** A spacing step of tokens.css (--space-1 … --space-7) in inches, grown with the slide's fit. */
export function space(step: 1 | 2 | 3 | 4 | 5 | 6 | 7, fit = 1): number {
  return stagePx(28) * fit * SPACE_STEPS[step];
}

/** The slide's padding (the stage's: --space-6 around, --space-5 below). */
export const PADDING = { x: space(6), top: space(6), bottom: space(5) } as const;

/** A slide being written, and where it stands in the deck. */
export interface SlideContext {
  pptx: PptxGenJS;
  slide: PptxGenJS.Slide;
  aspect: SlideAspect;
  width: number;
  height: number;
  /** Layout problems found while writing (text that would not fit): empty for a good deck. */
  problems: string[];
}

/** Notes a layout problem on the slide (a box its text would overflow). */
export function problem(ctx: SlideContext, model: Slide, what: string): void {
  ctx.problems.push(`${model.id} (${ctx.aspect}): ${what}`);
}

/** The header (eyebrow and title) at the top of the padding; returns where the body starts. */
export function addHeader(ctx: SlideContext, model: Slide, padding: { x: number; top: number }, gapBelow = space(4)): number {
  const width = ctx.width - 2 * padding.x;
  let y = padding.top;
  const eyebrow = model.kind === 'area' || model.kind === 'outlook' ? model.eyebrow : undefined;
  if (eyebrow) {
    const p = [para(eyebrow.toUpperCase(), PT.sm, { bold: true, colour: COLOURS.accent, charSpacing: 0.08 * PT.sm })];
    const h = inches(textHeight(p, points(width)));
    addText(ctx.slide, p, { x: padding.x, y, w: width, h }, { name: 'Eyebrow' });
    y += h + space(2);
  }
  // Long titles are written smaller, as on screen (deck-pages.ts's titleSize), so they never crowd the slide out.
  const title = [para(model.title, PT[titleSize(model.title)], { bold: true })];
  const h = inches(textHeight(title, points(width)));
  // Sized for the lines the title may take, and as wide as balanced lines need; when it takes fewer, it sits on the body (under its eyebrow, if any).
  addText(ctx.slide, title, { x: padding.x, y, w: inches(balancedWidth(title, points(width))), h }, { name: 'Title', align: 'left', valign: eyebrow ? 'top' : 'bottom' });
  return y + h + gapBelow;
}

/** The slide number, bottom right as on screen: a field, so it stays right when slides are moved. */
export function addSlideNumber(ctx: SlideContext): void {
  const h = inches(PT.sm * 1.2);
  const w = 1.2;
  ctx.slide.slideNumber = { x: ctx.width - space(4) - w, y: ctx.height - space(2) - h, w, h, fontFace: LATIN_FONT, fontSize: PT.sm, color: COLOURS.ink2, align: 'right' } as PptxGenJS.SlideNumberProps;
}

/** The body's box: from `top` to the bottom padding, between the side paddings. */
export function bodyBox(ctx: SlideContext, top: number, padding: { x: number; bottom: number } = PADDING): Box {
  return { x: padding.x, y: top, w: ctx.width - 2 * padding.x, h: ctx.height - padding.bottom - top };
}

/**
 * The largest fit (MIN_FIT to MAX_FIT, as on screen: fit-content.ts) at which content of height
 * `heightAt(fit)` fits in `available`: above 1 the type grows to fill the slide, below 1 the larger
 * sizes give a little for a dense one (never below the smallest size, see sizeAt). MIN_FIT when
 * even that does not fit (reported, since the deck should have paginated).
 */
export function bestFit(heightAt: (fit: number) => number, available: number): { fit: number; fits: boolean } {
  const grows = heightAt(1) <= available;
  if (!grows && heightAt(MIN_FIT) > available) return { fit: MIN_FIT, fits: false };
  let [low, high] = grows ? [1, MAX_FIT] : [MIN_FIT, 1];
  for (let i = 0; i < 8; i++) {
    const mid = (low + high) / 2;
    if (heightAt(mid) <= available) low = mid;
    else high = mid;
  }
  return { fit: low, fits: true };
}
