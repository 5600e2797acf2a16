/**
 * A chart slide as a native PowerPoint bar chart a colleague can restyle: the spec's categories,
 * series and values (its numbers live in the chart's own worksheet), across or up and stacked as
 * on screen, the subject in the strongest colour and derived parts in quiet grey and named
 * "(derived)", value labels on every bar, the unit as the value axis's title, every text at the
 * projector's smallest size. The takeaway stands above the chart, as on screen.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Slide } from '../model/deck';
import type { ChartSpec, ValueFormat } from '../model/chart-specs';
import { axisTitle, seriesColours, type ChartTheme } from '../charts/chart-config';
import { formatNumber } from '../lib/figure-format';
import { addHeader, bodyBox, PADDING, problem, space, stagePx, type SlideContext } from './pptx-frame';
import { addText, COLOURS, inches, LATIN_FONT, para, points, PT, textHeight } from './pptx-text';

/** pptxgenjs's typings miss two values PowerPoint takes: categories top to bottom, and the value axis at the bottom. */
type ChartOptions = Omit<PptxGenJS.IChartOpts, 'catAxisOrientation' | 'catAxisCrossesAt'> & {
  catAxisOrientation?: 'minMax' | 'maxMin';
  catAxisCrossesAt?: number | 'autoZero' | 'max';
};

/** The chart theme of the projector's light colours, as chart-config.ts takes it. */
const THEME: ChartTheme = {
  ink: `#${COLOURS.ink}`,
  muted: `#${COLOURS.ink2}`,
  grid: `#${COLOURS.chartGrid}`,
  backdrop: `#${COLOURS.paper}`,
  subject: `#${COLOURS.chartSubject}`,
  second: `#${COLOURS.chartSecond}`,
  derived: `#${COLOURS.chartDerived}`,
  fontFamily: LATIN_FONT,
  fontSize: PT.sm,
};

/** A series' name as the legend and the worksheet show it. */
export function seriesName(series: ChartSpec['series'][number]): string {
  return series.derived ? `${series.label} (derived)` : series.label;
}

/** Decimals the values need, as the app writes them (at most `most`). */
function decimals(values: readonly number[], most: number): number {
  return Math.max(0, ...values.map((v) => formatNumber(v, most).split('.')[1]?.length ?? 0));
}

/** The number format of the value labels: the same digits as on screen. */
export function labelFormatCode(format: ValueFormat, values: readonly number[]): string {
  const fixed = (most: number) => {
    const d = decimals(values, most);
    return d ? `0.${'0'.repeat(d)}` : '0';
  };
  switch (format.kind) {
    case 'percent':
      return `${fixed(1)}"%"`;
    case 'change':
      return `"+"${fixed(1)}"%";"−"${fixed(1)}"%";"±"${fixed(1)}"%"`;
    case 'quantity':
      return `#,##${fixed(2)}`;
    case 'count':
      return '#,##0';
  }
}

/** A step for the value axis of counts: whole numbers, about five to ten steps. */
export function countStep(max: number): number {
  const rough = Math.max(1, max / 8);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough)!;
}

/**
 * The gap between bars, in percent of a bar's thickness: as narrow as on screen, but no bar
 * thicker than the screen's largest (six times the smallest text, 168 stage pixels). The plot
 * takes about 70 % of the chart's box across the categories (the rest is axis, labels, legend).
 */
export function barGapPercent(categories: number, length: number): number {
  const band = (length * 0.7) / Math.max(1, categories);
  return Math.round(Math.min(500, Math.max(60, (band / stagePx(168) - 1) * 100)));
}

/** The values as the worksheet stores them: rounded as the CSV rounds them (136.18, not 136.18000000000001). */
function stored(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function chartOptions(spec: ChartSpec, box: { x: number; y: number; w: number; h: number }): ChartOptions {
  const text = { fontFace: LATIN_FONT, fontSize: PT.sm, color: COLOURS.ink };
  const all = spec.series.flatMap((s) => s.values);
  const percent = spec.format.kind === 'percent' || spec.format.kind === 'change';
  return {
    ...box,
    objectName: 'Chart',
    altText: `${spec.title}. ${spec.takeaway} ${spec.table.rows.map((r) => r.join(': ')).join('; ')}.`,
    barDir: spec.horizontal ? 'bar' : 'col',
    barGrouping: spec.stacked ? 'stacked' : 'clustered',
    barGapWidthPct: barGapPercent(spec.categories.length, spec.horizontal ? box.h : box.w),
    chartColors: seriesColours(spec, THEME).map((c) => c.slice(1)),
    // Categories read top to bottom, as on screen; the value axis stays at the bottom.
    ...(spec.horizontal ? { catAxisOrientation: 'maxMin' as const, catAxisCrossesAt: 'max' as const } : {}),
    catAxisLabelFontFace: text.fontFace,
    catAxisLabelFontSize: text.fontSize,
    catAxisLabelColor: text.color,
    catAxisLineShow: false,
    ...(spec.horizontal ? {} : { showCatAxisTitle: true, catAxisTitle: spec.table.columns[0]!, catAxisTitleFontFace: text.fontFace, catAxisTitleFontSize: text.fontSize, catAxisTitleColor: text.color }),
    valAxisLabelFontFace: text.fontFace,
    valAxisLabelFontSize: text.fontSize,
    valAxisLabelColor: text.color,
    valAxisLabelFormatCode: percent ? 'General"%"' : 'General',
    valAxisLabelPos: 'nextTo',
    valAxisMinVal: 0,
    ...(spec.max !== undefined ? { valAxisMaxVal: spec.max } : {}),
    // Percentages to 100 in fifths: eleven ticks would turn sideways on a 4:3 slide.
    ...(spec.max === 100 ? { valAxisMajorUnit: 20 } : {}),
    ...(spec.format.kind === 'count' ? { valAxisMajorUnit: countStep(Math.max(...all)) } : {}),
    valAxisLineShow: false,
    valGridLine: { color: COLOURS.chartGrid, size: 1 },
    showValAxisTitle: true,
    valAxisTitle: axisTitle(spec.format),
    valAxisTitleFontFace: text.fontFace,
    valAxisTitleFontSize: text.fontSize,
    valAxisTitleColor: text.color,
    showValue: true,
    dataLabelFormatCode: labelFormatCode(spec.format, all),
    dataLabelFontFace: text.fontFace,
    dataLabelFontSize: text.fontSize,
    dataLabelFontBold: true,
    dataLabelColor: text.color,
    // Stacked bars carry their labels inside (each in black or white for its bar, see pptx-package.ts); others at their end.
    dataLabelPosition: spec.stacked ? 'ctr' : 'outEnd',
    showLegend: spec.series.length > 1,
    legendPos: 'b',
    legendFontFace: text.fontFace,
    legendFontSize: text.fontSize,
    legendColor: text.color,
  };
}

/** A chart slide: the header, the takeaway, and the chart filling the rest. */
export function chartSlide(ctx: SlideContext, s: Extract<Slide, { kind: 'chart' }>): void {
  const body = bodyBox(ctx, addHeader(ctx, s, PADDING, space(3)));
  const takeaway = [para(s.spec.takeaway, PT.base, { colour: COLOURS.ink2 })];
  const takeawayH = inches(textHeight(takeaway, points(body.w)));
  addText(ctx.slide, takeaway, { x: body.x, y: body.y, w: body.w, h: takeawayH }, { name: 'Takeaway' });
  const chart = { x: body.x, y: body.y + takeawayH + space(3), w: body.w, h: body.h - takeawayH - space(3) };
  if (chart.h < body.h / 2) problem(ctx, s, `the chart has only ${chart.h.toFixed(2)} in of height`);
  const data = s.spec.series.map((series) => ({ name: seriesName(series), labels: s.spec.categories, values: series.values.map(stored) }));
  ctx.slide.addChart(ctx.pptx.ChartType.bar, data, chartOptions(s.spec, chart) as PptxGenJS.IChartOpts);
}
