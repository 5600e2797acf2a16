/**
 * The text slides, laid out as the screen's slides are (SlideContent, FiguresSlide, PointsSlide):
 * the same content in the same order and type hierarchy, every text box sized to its text. The
 * body of figure and list slides grows to fill the slide (up to 1.6 times, as on screen) and
 * never shrinks below the projector's sizes.
 */
import type { Figure } from '../../../electron/shared/briefing-schema';
import { slideFigureText, type Slide, type SlidePoint } from '../model/deck';
import { titleSize } from '../model/deck-pages';
import { contextText, figureContext, figureParts } from '../lib/figure-format';
import { addHeader, bestFit, bodyBox, PADDING, problem, space, stagePx, type SlideContext } from './pptx-frame';
import { addText, balancedWidth, COLOURS, inches, para, points, PT, sizeAt, textHeight, type Paragraph, type Run } from './pptx-text';
import { longestPiece } from './text-metrics';

type Kind<K extends Slide['kind']> = Extract<Slide, { kind: K }>;

/** The title slide and the closing slide: a block in the middle of the slide, a rule under its heading. */
export function titleSlide(ctx: SlideContext, s: Kind<'title'> | Kind<'closing'>): void {
  const w = ctx.width - 2 * PADDING.x;
  const width = points(w);
  const isTitle = s.kind === 'title';
  // As on screen: the deck's title at the title size, the closing heading as a slide title, both smaller when long.
  const sizes = isTitle ? { xl: PT.title, lg: PT.xl, base: PT.lg } : PT;
  const heading = [para(s.title, sizes[titleSize(s.title)], { bold: true })];
  const subtitle = isTitle && s.subtitle ? [para(s.subtitle, PT.lg, { colour: COLOURS.ink2 })] : [];
  const lines = s.lines.map((line, i) => para(line, PT.base, { colour: COLOURS.ink2, ...(i ? { spaceBefore: points(space(2)) } : {}) }));
  const headingH = inches(textHeight(heading, width));
  const subtitleH = subtitle.length ? space(3) + inches(textHeight(subtitle, width)) : 0;
  const ruleH = stagePx(8);
  const linesH = inches(textHeight(lines, width));
  const total = headingH + subtitleH + space(5) + ruleH + space(5) + linesH;
  const available = ctx.height - PADDING.top - PADDING.bottom;
  if (total > available) problem(ctx, s, `the title block needs ${total.toFixed(2)} in, the slide has ${available.toFixed(2)} in`);
  let y = PADDING.top + Math.max(0, (available - total) / 2);
  // Heading and subtitle in balanced lines, as on screen.
  addText(ctx.slide, heading, { x: PADDING.x, y, w: inches(balancedWidth(heading, width)), h: headingH }, { name: 'Title', align: 'left' });
  if (subtitle.length) addText(ctx.slide, subtitle, { x: PADDING.x, y: y + headingH + space(3), w: inches(balancedWidth(subtitle, width)), h: subtitleH - space(3) }, { name: 'Subtitle' });
  y += headingH + subtitleH + space(5);
  ctx.slide.addShape('rect', { x: PADDING.x, y, w: stagePx(160), h: ruleH, fill: { color: COLOURS.accent }, line: { type: 'none' }, objectName: 'Rule' });
  y += ruleH + space(5);
  addText(ctx.slide, lines, { x: PADDING.x, y, w, h: linesH }, { name: 'Details' });
}

/** A figure's value as FigureValue shows it: the qualifier above, the number large, the unit below. */
function valueParagraphs(f: Figure, fit: number): Paragraph[] {
  const parts = figureParts(f);
  return [
    ...(parts.qualifier ? [para(parts.qualifier, sizeAt(PT.base, fit), { colour: COLOURS.ink2 })] : []),
    para(parts.number, sizeAt(PT.figure, fit), { bold: true }),
    para(parts.unit, sizeAt(PT.lg, fit), { bold: true }),
  ];
}

/** What a figure counts, its context (accent, bold) and its period, beside the value. */
function aboutParagraphs(f: Figure, fit: number): Paragraph[] {
  return [
    para(f.label, sizeAt(PT.base, fit), { bold: true }),
    ...figureContext(f).map((c) => para(contextText(c), sizeAt(PT.sm, fit), { bold: true, colour: COLOURS.accent, spaceBefore: points(space(1, fit)) })),
    para(f.period, sizeAt(PT.sm, fit), { colour: COLOURS.ink2 }),
  ];
}

/** The headline figures, one a row: the value on the left, what it counts on the right. */
export function figuresSlide(ctx: SlideContext, s: Kind<'figures'>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, PADDING));
  const columns = (fit: number) => {
    const gap = space(4, fit);
    const left = ((body.w - gap) * 5) / 11;
    return { left, right: body.w - gap - left, gap };
  };
  const rowHeights = (fit: number) => {
    const { left, right } = columns(fit);
    return s.figures.map((f) => Math.max(inches(textHeight(valueParagraphs(f, fit), points(left))), inches(textHeight(aboutParagraphs(f, fit), points(right)))));
  };
  const heightAt = (fit: number) => {
    const { left } = columns(fit);
    // The number never wraps (as on screen): a fit at which one would is too large.
    if (s.figures.some((f) => longestPiece([{ text: figureParts(f).number, size: sizeAt(PT.figure, fit), bold: true }]) > points(left))) return Infinity;
    return rowHeights(fit).reduce((a, b) => a + b, 0) + (s.figures.length - 1) * 2 * space(3, fit);
  };
  const { fit, fits } = bestFit(heightAt, body.h);
  if (!fits) problem(ctx, s, 'the figures do not fit');
  const { left, right, gap } = columns(fit);
  let y = body.y;
  rowHeights(fit).forEach((h, i) => {
    const f = s.figures[i]!;
    addText(ctx.slide, valueParagraphs(f, fit), { x: body.x, y, w: left, h }, { name: `Figure ${i + 1} value`, valign: 'middle' });
    addText(ctx.slide, aboutParagraphs(f, fit), { x: body.x + left + gap, y, w: right, h }, { name: `Figure ${i + 1} label`, valign: 'middle' });
    y += h + space(3, fit);
    if (i < s.figures.length - 1) ctx.slide.addShape('line', { x: body.x, y, w: body.w, h: 0, line: { color: COLOURS.line, width: 1.5 }, objectName: `Rule ${i + 1}` });
    y += space(3, fit);
  });
}

/** A point as PointsSlide shows it: its title, then (after soft breaks) each figure it cites and the zones it names. */
function pointParagraph(p: SlidePoint, fit: number, marker: 'bullet' | 'number', first: boolean): Paragraph {
  const figures = p.figures.map((f) => {
    const text = slideFigureText(f, p.figures.length > 1);
    const runs: Run[] = [{ text: text.value, bold: true, colour: COLOURS.accent }, ...(text.detail ? [{ text: ` · ${text.detail}`, colour: COLOURS.ink2 }] : [])];
    return { runs, size: sizeAt(PT.sm, fit) };
  });
  const zones = p.zones.length ? [{ runs: [{ text: p.zones.map((z) => `${z.nameEn} ${z.nameZh}`).join(' · '), colour: COLOURS.ink2 }], size: sizeAt(PT.sm, fit) }] : [];
  return {
    segments: [{ runs: [{ text: p.title, bold: true }], size: sizeAt(PT.base, fit) }, ...figures, ...zones],
    marker,
    ...(first ? {} : { spaceBefore: points(space(3, fit)) }),
  };
}

/** An area's points, or the outlook's tasks (numbered), under the lede quote. */
export function pointsSlide(ctx: SlideContext, s: Kind<'area'> | Kind<'outlook'>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, PADDING));
  const items = s.kind === 'area' ? s.points : s.tasks;
  const marker = s.kind === 'area' ? 'bullet' : 'number';
  const lede = (fit: number) => (s.lede ? [para(`“${s.lede}”`, sizeAt(PT.sm, fit), { colour: COLOURS.ink2 })] : []);
  const list = (fit: number) => items.map((p, i) => pointParagraph(p, fit, marker, i === 0));
  const width = points(body.w);
  const heightAt = (fit: number) => inches(textHeight(lede(fit), width) + textHeight(list(fit), width)) + (s.lede ? space(3, fit) : 0);
  const { fit, fits } = bestFit(heightAt, body.h);
  if (!fits) problem(ctx, s, `the list needs ${heightAt(1).toFixed(2)} in, the slide has ${body.h.toFixed(2)} in`);
  let y = body.y;
  if (s.lede) {
    const h = inches(textHeight(lede(fit), width));
    addText(ctx.slide, lede(fit), { x: body.x, y, w: body.w, h }, { name: 'Lede' });
    y += h + space(3, fit);
  }
  addText(ctx.slide, list(fit), { x: body.x, y, w: body.w, h: inches(textHeight(list(fit), width)) }, { name: s.kind === 'area' ? 'Points' : 'Tasks' });
}
