/**
 * The zones on exported slides. The map: a rectangle per zone at its tile's place, filled with
 * its year's colour (palette.ts's sequential scale), its English and Chinese names in black or
 * white (whichever reads on the colour), a bar along the foot of the zones the briefing names,
 * and a legend beside the map (below it on 4:3), as on screen. The list (briefings with more
 * zones than a map slide holds, or without tiles): three columns of names, a bar beside each.
 */
import type { Slide } from '../model/deck';
import { sequentialColours, textOn } from '../styles/palette';
import { addHeader, bodyBox, problem, space, stagePx, type SlideContext } from './pptx-frame';
import { addText, COLOURS, inches, para, points, PT, textHeight, type Box, type Paragraph } from './pptx-text';
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
function legendRows(ctx: SlideContext, items: LegendItem[], box: Box, place: boolean): number {
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
  if (place) {
    rows.forEach((row, r) => {
      let x = box.x;
      for (const i of row) {
        addLegendItem(ctx, items[i]!, x, box.y + box.h - height + r * (rowH + space(1)), widths[i]! - SWATCH - inches(PT.sm * 0.4), i + 1);
        x += widths[i]! + gapX;
      }
    });
  }
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
  else map.h -= legendRows(ctx, items, body, true) + space(3);
  const gap = space(1);
  const w = (map.w - (layout.cols - 1) * gap) / layout.cols;
  const h = (map.h - (layout.rows - 1) * gap) / layout.rows;
  for (const t of layout.tiles) {
    addTile(ctx, s, { x: map.x + (t.col - 1) * (w + gap), y: map.y + (t.row - 1) * (h + gap), w, h }, t, hex(colours[t.yearIndex]!));
  }
}

/** Zones listed in three columns: the name, then the Chinese name and the year; a bar beside each, strong for the named. */
export function zoneListSlide(ctx: SlideContext, s: Extract<Slide, { kind: 'zone-list' }>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, MAP_PADDING, space(3)), MAP_PADDING);
  const legend = legendRows(ctx, [{ label: 'named in the briefing', fill: COLOURS.accent }], body, true);
  const columns = 3;
  const gapX = space(4);
  const bar = stagePx(8);
  const colW = (body.w - (columns - 1) * gapX) / columns;
  const textW = colW - bar - space(2);
  const item = (z: (typeof s.zones)[number]): Paragraph[] => [para(z.nameEn, PT.base, { bold: true }), para(`${z.nameZh} · ${z.established}`, PT.sm, { colour: COLOURS.ink2 })];
  const rows = Math.ceil(s.zones.length / columns);
  const rowH = Array.from({ length: rows }, (_, r) => Math.max(...s.zones.slice(r * columns, r * columns + columns).map((z) => inches(textHeight(item(z), points(textW))))));
  const available = body.h - legend - space(3);
  // The screen's row gap (--space-2), or half of it when a full page needs the room.
  const gapY = [space(2), space(1)].find((g) => rowH.reduce((a, b) => a + b, 0) + (rows - 1) * g <= available) ?? space(1);
  const needed = rowH.reduce((a, b) => a + b, 0) + (rows - 1) * gapY;
  if (needed > available) problem(ctx, s, `the list needs ${needed.toFixed(2)} in, the slide has ${available.toFixed(2)} in`);
  s.zones.forEach((z, i) => {
    const r = Math.floor(i / columns);
    const x = body.x + (i % columns) * (colW + gapX);
    const y = body.y + rowH.slice(0, r).reduce((a, b) => a + b, 0) + r * gapY;
    // The named zones' bar is the accent at full width; the others' a thin grey line (the shape tells them apart without colour).
    ctx.slide.addShape('rect', { x, y, w: z.named ? bar : bar / 3, h: rowH[r]!, fill: { color: z.named ? COLOURS.accent : COLOURS.line }, line: { type: 'none' }, objectName: `Zone ${z.nameEn} bar` });
    addText(ctx.slide, item(z), { x: x + bar + space(2), y, w: textW, h: rowH[r]! }, { name: `Zone ${z.nameEn}` });
  });
}
