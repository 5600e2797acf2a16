/**
 * Chart.js configuration for a chart spec, for the screen, a projector or print. Pure: the same
 * spec, variant and theme always give the same configuration, so it is tested without a canvas.
 * Colours and text sizes come from the theme, which `chart-theme.ts` reads from the design
 * tokens where the chart is shown; nothing here is a colour or a size of its own.
 */
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { formatNumber, unitText } from '../lib/figure-format';
import { textOn } from '../styles/palette';
import { formatValue, type ChartSpec, type ValueFormat } from '../model/chart-specs';
import type { FontNeed } from './draw-together';
import { charactersBeyondText } from '../lib/text-coverage';

/** A tick on the value axis: the number only; the unit is the axis title. */
export function tickText(format: ValueFormat, value: number): string {
  return format.kind === 'percent' || format.kind === 'change' ? `${formatNumber(value, 1)}%` : formatNumber(value);
}

/** The value axis's title: the unit the ticks count in ("billion yuan", "zones"). */
export function axisTitle(format: ValueFormat): string {
  switch (format.kind) {
    case 'percent':
      return 'percent';
    case 'change':
      return 'change on the year before, percent';
    case 'count':
      return format.unitPlural;
    case 'quantity':
      return unitText({ ...format.quantity, value: 2 });
  }
}

/**
 * Splits a long category label into lines of about `width` characters, at spaces, and at most
 * `maxLines` of them, the last ending in "…" when the label is longer (an axis has room for
 * that much; the chart's table and its text equivalent carry every label whole).
 */
export function wrapLabel(label: string, width = 24, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

export type ChartVariant = 'screen' | 'projector' | 'print';

/** The design tokens a chart uses, resolved where it is shown (colours as CSS colours, sizes in px). */
export interface ChartTheme {
  ink: string;
  muted: string;
  grid: string;
  /** What the chart is drawn over: the colour behind its canvas. */
  backdrop: string;
  /** The stated series the chart is about: the strongest colour. */
  subject: string;
  /** Any other stated series. */
  second: string;
  /** Derived parts: quiet, and hatched by the canvas. */
  derived: string;
  fontFamily: string;
  /** The output's smallest text (--text-sm): ticks, legend, labels. */
  fontSize: number;
}

/** What differs between outputs other than tokens: line weights and drawing resolution. */
const VARIANT_STYLE: Readonly<Record<ChartVariant, { borderWidth: number; gridWidth: number; devicePixelRatio?: number; wrapWidth: number }>> = {
  screen: { borderWidth: 1.5, gridWidth: 1, wrapWidth: 24 },
  projector: { borderWidth: 3, gridWidth: 2, wrapWidth: 30 },
  // About 300 pixels per inch on paper: sharp, without the cost of larger images.
  print: { borderWidth: 1.5, gridWidth: 1, devicePixelRatio: 3, wrapWidth: 24 },
};

/** Each series' colour: the first stated series is the subject, other stated ones second, derived ones quiet. */
export function seriesColours(spec: ChartSpec, theme: ChartTheme): string[] {
  let stated = 0;
  return spec.series.map((s) => (s.derived ? theme.derived : stated++ === 0 ? theme.subject : theme.second));
}

/**
 * A label beside its bar sits on the chart's backdrop, where a grid line may run: the backdrop's
 * colour is laid under its text first (a little wider and taller than the text), so no line
 * crosses a glyph.
 */
function clearUnder(ctx: CanvasRenderingContext2D, theme: ChartTheme, left: number, centreY: number, width: number): void {
  const pad = theme.fontSize * 0.2;
  const height = theme.fontSize * 1.25;
  ctx.fillStyle = theme.backdrop;
  ctx.fillRect(left - pad, centreY - height / 2, width + 2 * pad, height);
}

function drawBarLabel(ctx: CanvasRenderingContext2D, spec: ChartSpec, theme: ChartTheme, fill: string, label: string, at: { x: number; y: number; base: number }): void {
  if (spec.horizontal) {
    const width = ctx.measureText(label).width;
    const inside = spec.stacked;
    if (inside && Math.abs(at.x - at.base) < width + theme.fontSize * 0.6) return;
    const x = inside ? at.x - theme.fontSize * 0.4 : at.x + theme.fontSize * 0.4;
    if (!inside) clearUnder(ctx, theme, x, at.y, width);
    ctx.textAlign = inside ? 'right' : 'left';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = inside ? textOn(fill) : theme.ink;
    ctx.fillText(label, x, at.y);
  } else {
    const text = label.replace(/ zones?$/, '');
    const width = ctx.measureText(text).width;
    const bottom = at.y - theme.fontSize * 0.25;
    clearUnder(ctx, theme, at.x - width / 2, bottom - theme.fontSize * 0.55, width);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillStyle = theme.ink;
    ctx.fillText(text, at.x, bottom);
  }
}

/** Writes each bar's value at its end, so the chart reads without colour and without hovering. */
function valueLabelsPlugin(spec: ChartSpec, theme: ChartTheme): Plugin<'bar'> {
  const colours = seriesColours(spec, theme);
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${STRONG_WEIGHT} ${theme.fontSize}px ${theme.fontFamily}`;
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const at = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          drawBarLabel(ctx, spec, theme, colours[d]!, formatValue(spec.format, dataset.data[i] as number), at);
        });
      });
      ctx.restore();
    },
  };
}

function datasets(spec: ChartSpec, variant: ChartVariant, theme: ChartTheme): ChartDataset<'bar'>[] {
  const colours = seriesColours(spec, theme);
  return spec.series.map((s, i) => ({
    label: s.derived ? `${s.label} (derived)` : s.label,
    data: s.values,
    backgroundColor: colours[i],
    borderColor: s.derived ? theme.muted : colours[i],
    borderWidth: VARIANT_STYLE[variant].borderWidth,
    maxBarThickness: theme.fontSize * (variant === 'projector' ? 6 : 4),
  }));
}

/** The weight of category names and value labels; the rest of a chart's text is at the regular weight. */
const STRONG_WEIGHT = 600;

/**
 * The fonts a chart of `spec` in `fontFamily` (a CSS family list) draws its text in, at every weight
 * it uses, each with the text drawn in it: what must have loaded before it is drawn. The first
 * family draws the Latin text; the list as a whole, what is beyond it (a Chinese name, say). Asked
 * of the whole list, Latin text would wait for the Chinese font's Latin file, which draws nothing.
 */
export function chartFonts(spec: ChartSpec, fontFamily: string): FontNeed[] {
  const text = [...spec.categories, ...spec.series.map((s) => s.label), axisTitle(spec.format), '0123456789.,%'].join(' ');
  const first = fontFamily.split(',')[0]!.trim();
  const beyond = charactersBeyondText(text);
  return [400, STRONG_WEIGHT].flatMap((weight) => [
    { font: `${weight} 16px ${first}`, text },
    ...(beyond ? [{ font: `${weight} 16px ${fontFamily}`, text: beyond }] : []),
  ]);
}

function scales(spec: ChartSpec, variant: ChartVariant, theme: ChartTheme) {
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const tick = (value: number | string) => tickText(spec.format, Number(value));
  return {
    [spec.horizontal ? 'x' : 'y']: {
      stacked: spec.stacked,
      beginAtZero: true,
      ...(spec.max !== undefined ? { max: spec.max } : {}),
      ticks: { color: theme.ink, font, callback: tick, maxRotation: 0, ...(spec.format.kind === 'count' ? { precision: 0 } : {}) },
      title: { display: true, text: axisTitle(spec.format), color: theme.ink, font },
      grid: { color: theme.grid, lineWidth: VARIANT_STYLE[variant].gridWidth },
      border: { display: false },
    },
    [spec.horizontal ? 'y' : 'x']: {
      stacked: spec.stacked,
      ticks: { color: theme.ink, font: { ...font, weight: STRONG_WEIGHT }, autoSkip: false },
      grid: { display: false },
    },
  };
}

export function buildChartConfig(spec: ChartSpec, variant: ChartVariant, theme: ChartTheme, options: { reducedMotion?: boolean } = {}): ChartConfiguration<'bar'> {
  const style = VARIANT_STYLE[variant];
  const valueAxis = spec.horizontal ? 'x' : 'y';
  return {
    type: 'bar',
    data: { labels: spec.categories.map((c) => wrapLabel(c, style.wrapWidth)), datasets: datasets(spec, variant, theme) },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: variant === 'screen' && !options.reducedMotion ? { duration: 300 } : false,
      ...(style.devicePixelRatio ? { devicePixelRatio: style.devicePixelRatio } : {}),
      layout: { padding: { right: spec.horizontal && !spec.stacked ? theme.fontSize * 5 : theme.fontSize, top: theme.fontSize * 1.5 } },
      scales: scales(spec, variant, theme),
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { color: theme.ink, font: { family: theme.fontFamily, size: theme.fontSize }, boxWidth: theme.fontSize * 1.4, boxHeight: theme.fontSize },
        },
        tooltip: {
          enabled: variant === 'screen',
          callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${formatValue(spec.format, item.parsed[valueAxis] as number)}` },
        },
      },
    },
    plugins: [valueLabelsPlugin(spec, theme)],
  };
}

/** Every text size a chart configuration draws with (ticks, axis titles, legend, value labels), in CSS pixels. */
export function chartFontSizes(config: ChartConfiguration<'bar'>, theme: ChartTheme): number[] {
  const sizes = [theme.fontSize];
  for (const scale of Object.values(config.options?.scales ?? {})) {
    const s = scale as { ticks?: { font?: { size?: number } }; title?: { display?: boolean; font?: { size?: number } } };
    if (s.ticks?.font?.size) sizes.push(s.ticks.font.size);
    if (s.title?.display && s.title.font?.size) sizes.push(s.title.font.size);
  }
  const legend = config.options?.plugins?.legend;
  const legendFont = (legend?.labels as { font?: { size?: number } } | undefined)?.font;
  if (legend?.display && legendFont?.size) sizes.push(legendFont.size);
  return sizes;
}
