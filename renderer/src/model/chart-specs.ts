/**
 * The charts a briefing supports, built from its data alone: each chart says what it shows (title),
 * what to take from it (one line), where its numbers come from, which of them are derived and how,
 * and carries the same numbers as a table and as CSV. A briefing without the data for a chart
 * simply has no such chart.
 */
import type { Figure } from '../../../electron/shared/briefing-schema';
import type { BriefingIndex } from './briefing-index';
import { balancedPages, type Page } from './deck-pages';
import { restOfCountryShare, shareOfParent } from './derived-figures';
import { toCsv, type CsvValue } from '../../../electron/shared/csv';
import { absoluteValue, formatChange, formatNumber, formatPercent, formatQuantity, lowerFirst, unitText, upperFirst, withBestScale, type Quantity } from '../lib/figure-format';

/** How the numbers of a chart are written: on axes, in tooltips, in the table. */
export type ValueFormat =
  | { kind: 'percent' }
  | { kind: 'change' }
  | { kind: 'quantity'; quantity: Omit<Quantity, 'value'> }
  | { kind: 'count'; unit: string; unitPlural: string };

export interface ChartSeries {
  label: string;
  values: number[];
  /** True where the value is computed, not stated in the briefing. */
  derived: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  takeaway: string;
  source: string;
  derivedNote?: string;
  /** Bars run across (true) or up (false). */
  horizontal: boolean;
  stacked: boolean;
  categories: string[];
  series: ChartSeries[];
  format: ValueFormat;
  /** Axis maximum, when the scale has a natural one (100%). */
  max?: number;
  table: { caption: string; columns: string[]; rows: string[][] };
  /** The numbers as CSV (RFC 4180): plain values with their unit, derived values flagged. */
  csv: string;
}

export function formatValue(format: ValueFormat, value: number): string {
  switch (format.kind) {
    case 'percent':
      return formatPercent(value);
    case 'change':
      return formatChange(value);
    case 'quantity':
      return formatQuantity({ ...format.quantity, value });
    case 'count':
      return `${formatNumber(value)} ${value === 1 ? format.unit : format.unitPlural}`;
  }
}

function csvFor(spec: Pick<ChartSpec, 'categories' | 'series' | 'format'>): string {
  const unit = spec.format.kind === 'percent' || spec.format.kind === 'change' ? 'percent' : spec.format.kind === 'count' ? spec.format.unitPlural : unitText({ ...spec.format.quantity, value: 2 });
  const rows: CsvValue[][] = [['category', 'series', 'value', 'unit', 'derived']];
  spec.series.forEach((s) => s.values.forEach((v, i) => rows.push([spec.categories[i]!, s.label, Math.round(v * 1e6) / 1e6, unit, s.derived])));
  return toCsv(rows);
}

function finish(spec: Omit<ChartSpec, 'csv' | 'table'> & { tableColumns?: string[] }): ChartSpec {
  const columns = spec.tableColumns ?? [spec.horizontal ? 'Figure' : 'Category', ...spec.series.map((s) => (s.derived ? `${s.label} (derived)` : s.label))];
  const rows = spec.categories.map((c, i) => [c, ...spec.series.map((s) => formatValue(spec.format, s.values[i]!))]);
  const { tableColumns: _unused, ...rest } = spec;
  return { ...rest, table: { caption: spec.title, columns, rows }, csv: csvFor(spec) };
}

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}


/** The zones' share of each national total the briefing gives, against the rest of the country. */
function shareOfNationalChart(index: BriefingIndex): ChartSpec | null {
  const figures = index.briefing.figures.filter((f) => f.shareOfNationalPercent !== undefined);
  if (figures.length === 0) return null;
  const zones = index.zoneLabel;
  const rest = figures.map((f) => restOfCountryShare(f)!.value);
  return finish({
    id: 'share-of-national',
    title: `The ${zones}' share of the national totals`,
    takeaway: `The ${zones} account for ${listInWords(figures.map((f) => `${formatPercent(f.shareOfNationalPercent!)} of ${lowerFirst(f.label)}`))} in the country.`,
    source: `Stated in the briefing: ${listInWords(figures.map((f) => `“${f.quote}”`))}`,
    derivedNote: 'The rest of the country’s share is derived: 100% minus the stated share.',
    horizontal: true,
    stacked: true,
    categories: figures.map((f) => `${f.label} (${f.period})`),
    series: [
      { label: `The ${zones}`, values: figures.map((f) => f.shareOfNationalPercent!), derived: false },
      { label: 'Rest of the country', values: rest, derived: true },
    ],
    format: { kind: 'percent' },
    max: 100,
  });
}

/** Every year-on-year change the briefing states. */
function growthChart(index: BriefingIndex): ChartSpec | null {
  const figures = index.briefing.figures.filter((f) => f.yoyChangePercent !== undefined);
  if (figures.length === 0) return null;
  const fastest = figures.reduce((a, b) => (b.yoyChangePercent! > a.yoyChangePercent! ? b : a));
  return finish({
    id: 'year-on-year-growth',
    title: 'Year-on-year growth',
    takeaway:
      figures.length === 1
        ? `${fastest.label} changed by ${formatChange(fastest.yoyChangePercent!)} on the year before.`
        : `${fastest.label} grew fastest: ${formatChange(fastest.yoyChangePercent!)} on the year before.`,
    source: `Stated in the briefing: ${listInWords(figures.map((f) => `“${f.quote}”`))}`,
    horizontal: true,
    stacked: false,
    categories: figures.map((f) => `${f.label} (${formatQuantity(f)})`),
    series: [{ label: 'Change on the year before', values: figures.map((f) => f.yoyChangePercent!), derived: false }],
    format: { kind: 'change' },
  });
}

/** A figure and the part of it the briefing singles out ("Among them, …"). */
function partOfChart(index: BriefingIndex, part: Figure, parent: Figure): ChartSpec | null {
  const share = shareOfParent(part, parent);
  if (!share) return null;
  // Both in the parent's scale, so the bars share one axis.
  const scale = withBestScale(absoluteValue(parent), parent.scale).scale;
  const inScale = (f: Figure) => withBestScale(absoluteValue(f), scale).value;
  const rest = inScale(parent) - inScale(part);
  const quantity = { unit: parent.unit, scale, ...(parent.unitPlural ? { unitPlural: parent.unitPlural } : {}) };
  return finish({
    id: `${part.id}-within-${parent.id}`,
    title: `${part.label}, within ${lowerFirst(parent.label)}`,
    takeaway: `${formatQuantity(part)} of the ${formatQuantity(parent)}, ${formatPercent(share.value)}, was ${lowerFirst(part.label)}.`,
    source: `Stated in the briefing: “${parent.quote}” and “${part.quote}”`,
    derivedNote: `The rest (${formatQuantity({ ...quantity, value: rest })}) is derived: ${formatQuantity(parent)} − ${formatQuantity(part)}; the share ${formatPercent(share.value)} is derived: ${share.method}.`,
    horizontal: true,
    stacked: true,
    categories: [`${parent.label} (${parent.period})`],
    series: [
      { label: part.label, values: [inScale(part)], derived: false },
      { label: 'The rest', values: [rest], derived: true },
    ],
    format: { kind: 'quantity', quantity },
  });
}

/** How many zones were set up each year, and how many there were by then. */
function zonesByYearChart(index: BriefingIndex): ChartSpec | null {
  const groups = index.zonesByYear;
  if (groups.length === 0) return null;
  const zones = index.zoneLabel;
  let running = 0;
  const cumulative = groups.map((g) => (running += g.zones.length));
  const format: ValueFormat = { kind: 'count', unit: 'zone', unitPlural: 'zones' };
  const most = [...groups].sort((a, b) => b.zones.length - a.zones.length)[0]!;
  const first = groups[0]!;
  const last = groups.at(-1)!;
  const spec = finish({
    id: 'zones-by-year',
    title: `${upperFirst(zones)} by the year they were set up`,
    takeaway: `The most were set up in ${most.year} (${most.zones.length}); from ${first.zones.length} in ${first.year} there were ${running} by ${last.year}.`,
    source: 'The public record of when each zone was set up, as listed in the briefing file.',
    horizontal: false,
    stacked: false,
    categories: groups.map((g) => String(g.year)),
    series: [{ label: 'Set up that year', values: groups.map((g) => g.zones.length), derived: false }],
    format,
    tableColumns: ['Year', 'Set up that year', 'In all by then (derived)'],
  });
  spec.table.rows = spec.table.rows.map((row, i) => [...row, formatValue(format, cumulative[i]!)]);
  return spec;
}

export function chartSpecs(index: BriefingIndex): ChartSpec[] {
  const figures = index.briefing.figures;
  const partCharts = figures.flatMap((f) => {
    const parent = f.partOf ? index.figure(f.partOf) : undefined;
    return parent ? [partOfChart(index, f, parent)] : [];
  });
  return [shareOfNationalChart(index), growthChart(index), ...partCharts, zonesByYearChart(index)].filter((s): s is ChartSpec => s !== null);
}

/**
 * The part of a chart from category `start` up to `end`, for a chart too long for one slide:
 * the same title, format and axis, fewer bars; its table and CSV hold the same part.
 */
export function sliceChartSpec(spec: ChartSpec, start: number, end: number): ChartSpec {
  const part = {
    ...spec,
    categories: spec.categories.slice(start, end),
    series: spec.series.map((s) => ({ ...s, values: s.values.slice(start, end) })),
  };
  return { ...part, table: { ...spec.table, rows: spec.table.rows.slice(start, end) }, csv: csvFor(part) };
}

/**
 * A chart in parts of at most `capacity` categories each, as even as can be, for a chart too long
 * for one slide or one printed page; a single part (the chart itself, no page) when it fits.
 */
export function chartParts(spec: ChartSpec, capacity: number): { spec: ChartSpec; page?: Page }[] {
  if (spec.categories.length <= capacity) return [{ spec }];
  const indexes = spec.categories.map((_, i) => i);
  return balancedPages(indexes, () => 1, capacity).map(({ items, page }) => ({ spec: sliceChartSpec(spec, items[0]!, items.at(-1)! + 1), page }));
}
