/**
 * Chart.js configuration for a chart spec, for the screen, a projector or print. Pure: the same
 * spec and variant always give the same configuration, so it is tested without a canvas.
 */
import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { formatNumber, unitText } from '../lib/figure-format';
import { sequentialColours } from '../lib/palette';
import { formatValue, type ChartSpec, type ValueFormat } from './chart-specs';

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

/** Splits a long category label into lines of about `width` characters, at spaces. */
export function wrapLabel(label: string, width = 24): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export type ChartVariant = 'screen' | 'projector' | 'print';

/** Colours read from the page's theme (CSS variables). */
export interface ChartTheme {
  ink: string;
  muted: string;
  grid: string;
  surface: string;
  fontFamily: string;
}

export const VARIANT_STYLE: Readonly<Record<ChartVariant, { fontSize: number; titleSize: number; borderWidth: number; devicePixelRatio?: number; barThickness?: number }>> = {
  screen: { fontSize: 13, titleSize: 13, borderWidth: 1.5 },
  projector: { fontSize: 22, titleSize: 22, borderWidth: 3 },
  print: { fontSize: 12, titleSize: 12, borderWidth: 1.5, devicePixelRatio: 3 },
};

/** The series' colours: stated values dark, derived ones light (and hatched by the canvas). */
export function seriesColours(spec: ChartSpec): string[] {
  const palette = sequentialColours(7);
  return spec.series.map((s, i) => (s.derived ? palette[1]! : palette[spec.series.length > 1 ? 5 - i : 5]!));
}

/** Writes each bar's value at its end, so the chart reads without colour and without hovering. */
export function valueLabelsPlugin(spec: ChartSpec, theme: ChartTheme, fontSize: number): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `600 ${fontSize}px ${theme.fontFamily}`;
      ctx.fillStyle = theme.ink;
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const value = dataset.data[i] as number;
          const label = formatValue(spec.format, value);
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
          const width = ctx.measureText(label).width;
          if (spec.horizontal) {
            const inside = spec.stacked;
            const room = Math.abs(x - base);
            if (inside && room < width + 10) return;
            ctx.textAlign = inside ? 'right' : 'left';
            ctx.textBaseline = 'middle';
            ctx.fillStyle = inside ? (spec.series[d]!.derived ? '#111111' : '#ffffff') : theme.ink;
            ctx.fillText(label, inside ? x - 6 : x + 6, y);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillStyle = theme.ink;
            ctx.fillText(label.replace(/ zones?$/, ''), x, y - 4);
          }
        });
      });
      ctx.restore();
    },
  };
}

export function buildChartConfig(spec: ChartSpec, variant: ChartVariant, theme: ChartTheme, options: { reducedMotion?: boolean } = {}): ChartConfiguration<'bar'> {
  const style = VARIANT_STYLE[variant];
  const colours = seriesColours(spec);
  const datasets: ChartDataset<'bar'>[] = spec.series.map((s, i) => ({
    label: s.derived ? `${s.label} (derived)` : s.label,
    data: s.values,
    backgroundColor: colours[i],
    borderColor: s.derived ? theme.muted : colours[i],
    borderWidth: style.borderWidth,
    maxBarThickness: variant === 'projector' ? 90 : 56,
  }));
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const tick = (value: number | string) => tickText(spec.format, Number(value));
  const font = { family: theme.fontFamily, size: style.fontSize };
  return {
    type: 'bar',
    data: { labels: spec.categories.map((c) => wrapLabel(c, variant === 'projector' ? 30 : 24)), datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: variant === 'print' || options.reducedMotion ? false : { duration: 300 },
      ...(style.devicePixelRatio ? { devicePixelRatio: style.devicePixelRatio } : {}),
      layout: { padding: { right: spec.horizontal && !spec.stacked ? style.fontSize * 5 : 12, top: style.fontSize * 1.5 } },
      scales: {
        [valueAxis]: {
          stacked: spec.stacked,
          beginAtZero: true,
          ...(spec.max !== undefined ? { max: spec.max } : {}),
          ticks: { color: theme.muted, font, callback: tick, maxRotation: 0, ...(spec.format.kind === 'count' ? { precision: 0 } : {}) },
          title: { display: true, text: axisTitle(spec.format), color: theme.muted, font },
          grid: { color: theme.grid, lineWidth: variant === 'projector' ? 2 : 1 },
          border: { display: false },
        },
        [categoryAxis]: {
          stacked: spec.stacked,
          ticks: { color: theme.ink, font: { ...font, weight: 600 }, autoSkip: false },
          grid: { display: false },
        },
      },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { color: theme.ink, font, boxWidth: style.fontSize * 1.4, boxHeight: style.fontSize },
        },
        tooltip: {
          enabled: variant === 'screen',
          callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${formatValue(spec.format, item.parsed[valueAxis] as number)}` },
        },
      },
    },
    plugins: [valueLabelsPlugin(spec, theme, style.fontSize)],
  };
}
