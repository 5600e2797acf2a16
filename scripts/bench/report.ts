/**
 * The bench's results as Markdown tables (printed, and written into the README between the bench
 * markers) and as JSON (test-results/bench.json) for other tools to read.
 */
import { summaryTimeoutMs } from './growth-run';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageSetup } from '../../electron/main/pdf-options';
import { PROJECT_ROOT, RENDERER_DIR } from '../../tests/e2e/fixtures/harness';
import type { GrowthRow } from './growth-run';
import type { Comparison, Spread } from './stats';

export interface Row {
  measure: string;
  baseline: string;
  comparison: Comparison;
  /** The most the median ratio may be, or undefined for rows given as context. */
  target?: number;
}

/** The height an A4 summary page has for content (the app's page set-up), in CSS px. */
const A4_SUMMARY = pageSetup({ paper: 'a4', content: 'summary', title: '' });
const A4_PRINTABLE_HEIGHT_PX = (A4_SUMMARY.heightInches - A4_SUMMARY.margins.top - A4_SUMMARY.margins.bottom) * 96;

export const JSON_PATH = join(PROJECT_ROOT, 'test-results', 'bench.json');
const README = join(PROJECT_ROOT, 'README.md');

export function gzipKilobytes(ext: string): number {
  const dir = join(RENDERER_DIR, 'assets');
  const total = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return total / 1024;
}

function ms(value: number): string {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

function spreadText(s: Spread): string {
  return `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
}

function targetText(row: Row): string {
  if (row.target === undefined) return '— (context)';
  return `≤ ${row.target.toFixed(2)} ${row.comparison.ratio <= row.target ? '✓' : '✗'}`;
}

export function comparisonTable(rows: Row[]): string {
  return [
    '| measure | app: median (min–max) | baseline: median (min–max) | ratio app / baseline (median of pairs) | target |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.measure} | ${spreadText(r.comparison.app)} | ${r.baseline}: ${spreadText(r.comparison.baseline)} | **${r.comparison.ratio.toFixed(2)}** | ${targetText(r)} |`),
  ].join('\n');
}

function factor(value: number | undefined, base: number | undefined): string {
  return value === undefined || base === undefined ? '' : ` (×${(value / base).toFixed(value / base >= 10 ? 0 : 1)})`;
}

function growthCells(row: GrowthRow, base: GrowthRow, timeoutS: number): string[] {
  const over = `over ${timeoutS} s`;
  const b = row.briefing;
  return [
    `${b.times}×`,
    `${(b.bytes / 1024).toFixed(0)} KB${factor(b.bytes, base.briefing.bytes)}`,
    `${b.figures} · ${b.points} · ${b.zones}`,
    `${ms(row.readValidateMs)}${factor(row.readValidateMs, base.readValidateMs)}`,
    row.overviewMs === undefined ? over : `${ms(row.overviewMs)}${factor(row.overviewMs, base.overviewMs)}`,
    row.overviewElements === undefined ? '—' : `${row.overviewElements}${factor(row.overviewElements, base.overviewElements)}`,
    row.summary ? `${ms(row.summary.ms)}${factor(row.summary.ms, base.summary?.ms)} (${ms(row.summary.readyMs)})` : `over ${Math.round(summaryTimeoutMs(timeoutS * 1000, b.times) / 1000)} s`,
    row.summary ? `${row.summary.pages}${factor(row.summary.pages, base.summary?.pages)}` : '—',
    row.summary ? `${(row.summary.bytes / 1024 / 1024).toFixed(1)} MB${factor(row.summary.bytes, base.summary?.bytes)}` : '—',
    row.summary ? `${(row.summary.tallestChartPx / A4_PRINTABLE_HEIGHT_PX).toFixed(2)}` : '—',
  ];
}

export function growthTable(rows: GrowthRow[], timeoutS: number): string {
  const base = rows[0]!;
  return [
    '| briefing | JSON | figures · points · zones | read + validate | overview painted | overview elements | summary PDF (ready to print) | pages | PDF size | tallest chart, in pages |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${growthCells(r, base, timeoutS).join(' | ')} |`),
  ].join('\n');
}

/** Replaces what is between the README's bench markers; false if it has none. */
export function writeReadme(markdown: string): boolean {
  const readme = readFileSync(README, 'utf8');
  const markers = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (!markers.test(readme)) return false;
  writeFileSync(README, readme.replace(markers, () => `<!-- bench:start -->\n${markdown}\n<!-- bench:end -->`));
  return true;
}

export function writeJson(data: unknown): void {
  mkdirSync(dirname(JSON_PATH), { recursive: true });
  writeFileSync(JSON_PATH, `${JSON.stringify(data, null, 2)}\n`);
}
