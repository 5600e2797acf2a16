/**
 * The growth measurements (issue #13, point 5) for each generated briefing, rounds interleaved
 * across the sizes: read and validate (in Node, as main does), the overview painted (cold), and the
 * summary PDF (time, pages, bytes). A page that takes longer than the timeout is reported as such.
 * The largest briefing's summary is printed once only: it takes about a minute today.
 */
import type { Browser } from 'playwright-core';
import { appPrintUrl } from './browser';
import { PDF_TITLE } from './baselines';
import type { Progress } from './comparisons';
import { timeReadAndValidate, type GeneratedBriefing } from './growth';
import { overviewUrl, timeOverview } from './overview';
import { pdfPageCount, timePdf } from './pdf-timing';
import { startBenchServer, type BenchServer } from './server';
import { interleave, median } from './stats';

export interface GrowthRow {
  briefing: GeneratedBriefing;
  readValidateMs: number;
  /** Median ms, or undefined when every run took longer than the timeout. */
  overviewMs?: number;
  overviewElements?: number;
  summary?: { ms: number; readyMs: number; pages: number; bytes: number; tallestChartPx: number };
  /** Runs that took longer than the timeout, per measure. */
  timedOut: { overview: number; summary: number };
}

const ROUNDS = Number(process.env['BENCH_GROWTH_ROUNDS'] ?? 3);

async function readValidate(briefings: GeneratedBriefing[]): Promise<number[]> {
  // Cheap (in Node, well under a second each): more rounds than the browser measures get.
  const runs = await interleave(
    briefings.map((b) => String(b.times)),
    Math.max(9, ROUNDS) + 1,
    (side) => timeReadAndValidate(briefings.find((b) => String(b.times) === side)!.path),
  );
  // The first round warms the validator's code up; it is left out.
  return briefings.map((b) => median(runs[String(b.times)]!.slice(1)));
}

async function overviews(browser: Browser, servers: BenchServer[], timeoutMs: number, log: Progress) {
  const sides = servers.map((_, i) => String(i));
  const runs = await interleave(sides, ROUNDS, (side) => timeOverview(browser, overviewUrl(servers[Number(side)]!.url, 'file'), true, timeoutMs), (r) => log(`growth: overview round ${r + 1} of ${ROUNDS}`));
  return sides.map((side) => {
    const done = runs[side]!.filter((r) => r !== undefined);
    return { ms: done.length ? median(done.map((r) => r.ms)) : undefined, elements: done[0]?.elements, timedOut: runs[side]!.length - done.length };
  });
}

/**
 * How long a briefing `times` the bundled one may take to print: the page limit, and more for the
 * largest, in step with its size (a 100× summary that grows linearly takes minutes, not seconds).
 */
export function summaryTimeoutMs(timeoutMs: number, times: number): number {
  return timeoutMs * Math.max(1, times / 40);
}

async function summaries(browser: Browser, servers: BenchServer[], briefings: GeneratedBriefing[], largest: number, timeoutMs: number, log: Progress) {
  const sides = servers.map((_, i) => String(i));
  const runs = await interleave(
    sides,
    ROUNDS,
    async (side, round) => {
      if (Number(side) === largest && round > 0) return null; // once only
      // Generated briefings are files: the app's print route renders them (the 1× one too, for a like-for-like growth).
      const url = appPrintUrl(servers[Number(side)]!.url, 'summary', { kind: 'file', path: briefings[Number(side)]!.path });
      const limit = summaryTimeoutMs(timeoutMs, briefings[Number(side)]!.times);
      const run = await timePdf(browser, { url, app: true, content: 'summary', title: PDF_TITLE, charts: true }, limit);
      return run ? { ms: run.ms, readyMs: run.readyMs, pages: await pdfPageCount(run.bytes), bytes: run.bytes.length, tallestChartPx: run.tallestChartPx ?? 0 } : undefined;
    },
    (r) => log(`growth: summary PDF round ${r + 1} of ${ROUNDS}`),
  );
  return sides.map((side) => {
    const done = runs[side]!.filter((r) => r !== null);
    const ok = done.filter((r) => r !== undefined);
    const summary = ok.length ? { ...ok[0]!, ms: median(ok.map((r) => r.ms)), readyMs: median(ok.map((r) => r.readyMs)) } : undefined;
    return { summary, timedOut: done.length - ok.length };
  });
}

export async function measureGrowth(browser: Browser, briefings: GeneratedBriefing[], timeoutMs: number, log: Progress): Promise<GrowthRow[]> {
  const read = await readValidate(briefings);
  log('growth: read and validate done');
  const servers = await Promise.all(briefings.map((b) => startBenchServer(b.path)));
  try {
    const shown = await overviews(browser, servers, timeoutMs, log);
    const largest = briefings.reduce((best, b, i) => (b.times > briefings[best]!.times ? i : best), 0);
    const printed = await summaries(browser, servers, briefings, largest, timeoutMs, log);
    return briefings.map((briefing, i) => {
      const row: GrowthRow = { briefing, readValidateMs: read[i]!, timedOut: { overview: shown[i]!.timedOut, summary: printed[i]!.timedOut } };
      if (shown[i]!.ms !== undefined) row.overviewMs = shown[i]!.ms;
      if (shown[i]!.elements !== undefined) row.overviewElements = shown[i]!.elements;
      if (printed[i]!.summary) row.summary = printed[i]!.summary;
      return row;
    });
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
