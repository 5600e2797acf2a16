/**
 * The zones on exported slides. The map: a rectangle per zone at its tile's place, filled with
 * its year's colour (palette.ts's sequential scale), its English and Chinese names in black or
 * white (whichever reads on the colour), a bar along the foot of the zones the briefing names,
 * and a legend beside the map (below it on 4:3), as on screen. The list (briefings whose zones a
 * map slide cannot show): three columns of names, in order down each, a bar beside each.
 */
import type { Slide } from '../model/deck';
import { sequentialColours, textOn } from '../styles/palette';
import { addHeader, bestFit, bodyBox, PADDING, problem, space, stagePx, type SlideContext } from './pptx-frame';
import { addText, COLOURS, inches, para, points, PT, sizeAt, textHeight, type Box, type Paragraph } from './pptx-text';
import { textWidth } from './text-metrics';

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** The zone map slide's own padding (as on screen: the map needs every row and column it can get). */
const MAP_PADDING = { x: space(3), top: space(5), bottom: space(5) } as const;
/** The bar along the foot of a named zone's tile (0.75 of the projector's rule), inset so it shows on any tile. */
const NAMED_BAR = stagePx(6);
/** The bar stands this far inside the tile's foot, so a white bar on a dark tile never looks like the tile's edge. */
const BAR_INSET = stagePx(4);
/** The names' side margin inside a tile (a little under the screen's, so the longest province name fits a 4:3 tile). */
const TILE_INSET = stagePx(4);
/** Tiles set their names close, as on screen (line-height 1.05; Arial's own is 1.15). */
const TILE_LINE_SPACING = 0.85;
const SWATCH = inches(PT.sm * 1.1);

interface LegendItem {
  label: string;
  fill: string;
  named?: boolean;
}

function legendItems(years: readonly number[], colours: readonly string[]): LegendItem[] {
  return [...years.map((y, i) => ({ label: String(y), fill: hex(colours[i]!) })), { label: 'named in the briefing', fill: COLOURS.paper, named: true }];
}

/** A legend entry: a swatch (with the named bar, for "named in the briefing") and its label. */
function addLegendItem(ctx: SlideContext, item: LegendItem, x: number, y: number, labelWidth: number, n: number): number {
  const label = [para(item.label, PT.sm)];
  const h = Math.max(SWATCH, inches(textHeight(label, points(labelWidth))));
  ctx.slide.addShape('rect', { x, y, w: SWATCH, h: SWATCH, fill: { color: item.fill }, line: { color: COLOURS.line, width: 1 }, objectName: `Legend swatch ${n}` });
  if (item.named) namedBar(ctx, { x, y, w: SWATCH, h: SWATCH }, COLOURS.ink, 'Legend named bar');
  addText(ctx.slide, label, { x: x + SWATCH + inches(PT.sm * 0.4), y, w: labelWidth, h }, { name: `Legend ${n}` });
  return h;
}

/** The legend as a column (16:9) at the right of `box`; returns the width it took. */
function legendColumn(ctx: SlideContext, items: LegendItem[], box: Box): number {
  const labelWidth = inches(PT.sm * 6);
  let y = box.y;
  items.forEach((item, i) => (y += addLegendItem(ctx, item, box.x + box.w - SWATCH - inches(PT.sm * 0.4) - labelWidth, y, labelWidth, i + 1) + space(2)));
  return SWATCH + inches(PT.sm * 0.4) + labelWidth;
}

/** The legend as wrapped rows (4:3) along the bottom of `box`; returns the height it took. */
function legendRows(ctx: SlideContext, items: LegendItem[], box: Box): number {
  const gapX = space(3);
  const rowH = Math.max(SWATCH, inches(PT.sm * 1.2));
  const widths = items.map((item) => SWATCH + inches(PT.sm * 0.4) + inches(textWidth(item.label, PT.sm)) + 0.02);
  const rows: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    if (used > 0 && used + w > box.w) rows.push([]), (used = 0);
    rows.at(-1)!.push(i);
    used += w + gapX;
  });
  const height = rows.length * rowH + (rows.length - 1) * space(1);
  rows.forEach((row, r) => {
    let x = box.x;
    for (const i of row) {
      addLegendItem(ctx, items[i]!, x, box.y + box.h - height + r * (rowH + space(1)), widths[i]! - SWATCH - inches(PT.sm * 0.4), i + 1);
      x += widths[i]! + gapX;
    }
  });
  return height;
}

/** The mark of a zone the briefing names: a bar along the foot of its box, inside it, in the box's text colour. */
function namedBar(ctx: SlideContext, box: Box, colour: string, name: string): void {
  const inset = Math.min(BAR_INSET, box.w / 8);
  ctx.slide.addShape('rect', { x: box.x + inset, y: box.y + box.h - inset - NAMED_BAR, w: box.w - 2 * inset, h: NAMED_BAR, fill: { color: colour }, line: { type: 'none' }, objectName: name });
}

type Tile = Extract<Slide, { kind: 'zone-map' }>['layout']['tiles'][number];

/** A zone's tile: its year's colour, names centred, the named bar along its foot. */
function addTile(ctx: SlideContext, s: Slide, tile: Box, t: Tile, fill: string): void {
  const ink = hex(textOn(`#${fill}`));
  const names: Paragraph[] = [para(t.zone.nameEn, PT.sm, { bold: true, lineSpacing: TILE_LINE_SPACING }), para(t.zone.nameZh, PT.sm, { lineSpacing: TILE_LINE_SPACING })];
  const foot = t.mentions ? NAMED_BAR + BAR_INSET : 0;
  const needed = inches(textHeight(names, points(tile.w - 2 * TILE_INSET))) + foot;
  if (needed > tile.h || inches(textWidth(t.zone.nameEn, PT.sm, true)) > tile.w - 2 * TILE_INSET) problem(ctx, s, `${t.zone.nameEn}'s names do not fit its tile`);
  // A named tile keeps its foot clear for the bar.
  addText(ctx.slide, names, tile, {
    name: `Zone ${t.zone.nameEn}`,
    colour: ink,
    shape: 'rect',
    fill: { color: fill },
    align: 'center',
    valign: 'middle',
    margin: [points(TILE_INSET), points(TILE_INSET), points(foot), 0],
  });
  if (t.mentions) namedBar(ctx, tile, ink, `Zone ${t.zone.nameEn} named`);
}

export function zoneMapSlide(ctx: SlideContext, s: Extract<Slide, { kind: 'zone-map' }>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, MAP_PADDING, space(3)), MAP_PADDING);
  const { layout } = s;
  const colours = sequentialColours(layout.years.length);
  const items = legendItems(layout.years, colours);
  const beside = ctx.aspect === '16:9';
  const map = { ...body };
  if (beside) map.w -= legendColumn(ctx, items, body) + space(3);
  else map.h -= legendRows(ctx, items, body) + space(3);
  const gap = space(1);
  const w = (map.w - (layout.cols - 1) * gap) / layout.cols;
  const h = (map.h - (layout.rows - 1) * gap) / layout.rows;
  for (const t of layout.tiles) {
    addTile(ctx, s, { x: map.x + (t.col - 1) * (w + gap), y: map.y + (t.row - 1) * (h + gap), w, h }, t, hex(colours[t.yearIndex]!));
  }
}

type ListedZone = Extract<Slide, { kind: 'zone-list' }>['zones'][number];

/** A listed zone as the screen shows it: the name, then its Chinese name, its year, and whether the briefing names it. */
function listItem(z: ListedZone, fit: number): Paragraph[] {
  return [
    para(z.nameEn, sizeAt(PT.base, fit), { bold: true }),
    para(`${z.nameZh} · ${z.established}${z.named ? ' · named in the briefing' : ''}`, sizeAt(PT.sm, fit), { colour: COLOURS.ink2 }),
  ];
}

/**
 * Items of the given heights in order down `columns` columns, balanced as CSS columns balance
 * them: the shortest column height that holds them all, each item whole. Returns each column's
 * first item and that height.
 */
export function balanceColumns(heights: readonly number[], columns: number, gap: number): { starts: number[]; height: number } {
  const fill = (limit: number): number[] | null => {
    const starts = [0];
    let used = 0;
    for (let i = 0; i < heights.length; i++) {
      const h = heights[i]! + (used > 0 ? gap : 0);
      if (used > 0 && used + h > limit) {
        if (starts.length === columns) return null;
        starts.push(i);
        used = heights[i]!;
      } else used += h;
    }
    return starts;
  };
  const total = heights.reduce((a, b) => a + b + gap, 0);
  let low = Math.max(0, ...heights);
  let high = Math.max(low, total);
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (fill(mid)) high = mid;
    else low = mid;
  }
  return { starts: fill(high) ?? [0], height: high };
}

/** Zones listed in three columns, in order down each column: a bar beside each, strong for the named; the type fitted to the slide. */
export function zoneListSlide(ctx: SlideContext, s: Extract<Slide, { kind: 'zone-list' }>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, PADDING));
  const columns = 3;
  const bar = stagePx(8);
  const layout = (fit: number) => {
    const gapX = space(4, fit);
    const colW = (body.w - (columns - 1) * gapX) / columns;
    const textW = colW - bar - space(2, fit);
    const heights = s.zones.map((z) => inches(textHeight(listItem(z, fit), points(textW))));
    return { gapX, colW, textW, heights, ...balanceColumns(heights, columns, space(2, fit)) };
  };
  const { fit, fits } = bestFit((f) => layout(f).height, body.h);
  const { gapX, colW, textW, heights, starts } = layout(fit);
  if (!fits) problem(ctx, s, `the list needs ${layout(fit).height.toFixed(2)} in, the slide has ${body.h.toFixed(2)} in`);
  let y = body.y;
  let column = -1;
  s.zones.forEach((z, i) => {
    if (starts.includes(i)) (column += 1), (y = body.y);
    const x = body.x + column * (colW + gapX);
    const h = heights[i]!;
    // The named zones' bar is the accent at full width; the others' a thin grey line (and the words say which are named).
    ctx.slide.addShape('rect', { x, y, w: z.named ? bar : bar / 3, h, fill: { color: z.named ? COLOURS.accent : COLOURS.line }, line: { type: 'none' }, objectName: `Zone ${z.nameEn} bar` });
    addText(ctx.slide, listItem(z, fit), { x: x + bar + space(2, fit), y, w: textW, h }, { name: `Zone ${z.nameEn}` });
    y += h + space(2, fit);
  });
}
