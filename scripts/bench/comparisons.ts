/**
 * The side-by-side comparisons of issue #13, point 1, each interleaved over the same pairs:
 * the overview against its static copy, slide switching against reveal.js (text and chart slides
 * apart), the summary PDF against its static copy, and the handout PDF against reveal.js's
 * `?print-pdf` and against its static copy.
 */
import type { Browser } from 'playwright-core';
import { appPrintUrl, appUrl } from './browser';
import { PDF_TITLE, DECK_VIEWPORT } from './baselines';
import type { ExtractedDeck } from './deck-extract';
import { SHOWN_SLIDE_SELECTOR, SLIDE_SELECTOR } from './deck-extract';
import { overviewUrl, timeOverview } from './overview';
import { timePdf, type PrintContent } from './pdf-timing';
import { openSwitchSide, switchPass, type SwitchSample } from './slide-switch';
import { compare, interleave, median, type Comparison } from './stats';

export interface Progress {
  (message: string): void;
}

/** How long (ms) one page may take before the bench gives up on it: BENCH_TIMEOUT_MS, or 120 s. */
export const PAGE_TIMEOUT_MS = Number(process.env['BENCH_TIMEOUT_MS'] ?? 120_000);

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} took more than ${PAGE_TIMEOUT_MS / 1000} s.`);
  return value;
}

export async function compareOverview(browser: Browser, baseUrl: string, staticPath: string, pairs: number, log: Progress): Promise<Comparison> {
  const urls = { app: overviewUrl(baseUrl), static: `${baseUrl}${staticPath}` };
  const runs = await interleave(
    ['app', 'static'] as const,
    pairs,
    async (side) => required(await timeOverview(browser, urls[side], side === 'app', PAGE_TIMEOUT_MS), `The ${side} overview`).ms,
    (round) => log(`overview: pair ${round + 1} of ${pairs}`),
  );
  return compare(runs.app, runs.static);
}

export interface SwitchComparison {
  text: Comparison;
  chart: Comparison;
  /** Switches timed per side (all passes). */
  samples: number;
}

/** Passes through the deck per side in each pair. */
const SWITCH_PASSES = 2;

/** The median switch time of a pair's passes, per slide type. */
function perKind(samples: SwitchSample[], deck: ExtractedDeck): { text: number; chart: number } {
  const kindOf = (index: number) => deck.slides[index - 1]!.kind;
  return {
    text: median(samples.filter((s) => kindOf(s.index) === 'text').map((s) => s.ms)),
    chart: median(samples.filter((s) => kindOf(s.index) === 'chart').map((s) => s.ms)),
  };
}

export async function compareSlideSwitch(browser: Browser, baseUrl: string, revealPath: string, deck: ExtractedDeck, pairs: number, log: Progress): Promise<SwitchComparison> {
  const sides = {
    app: await openSwitchSide(browser, { url: appUrl(baseUrl, '#/present/1'), app: true, ready: SHOWN_SLIDE_SELECTOR, currentSelector: SHOWN_SLIDE_SELECTOR, viewport: DECK_VIEWPORT }),
    reveal: await openSwitchSide(browser, {
      url: `${baseUrl}${revealPath}`,
      app: false,
      ready: 'body[data-bench-ready="true"]',
      currentSelector: `.reveal .slides > section.present ${SLIDE_SELECTOR}`,
      viewport: DECK_VIEWPORT,
    }),
  };
  const ids = deck.slides.map((s) => s.id);
  try {
    // One pass each first, not timed: code compiled, lazy parts of the app loaded.
    for (const side of Object.values(sides)) await switchPass(side, ids);
    const passes = async (side: 'app' | 'reveal') => {
      const samples: SwitchSample[] = [];
      for (let pass = 0; pass < SWITCH_PASSES; pass++) samples.push(...(await switchPass(sides[side], ids)));
      return perKind(samples, deck);
    };
    const runs = await interleave(['app', 'reveal'] as const, pairs, passes, (round) => log(`slide switch: pair ${round + 1} of ${pairs}`));
    return {
      text: compare(runs.app.map((r) => r.text), runs.reveal.map((r) => r.text)),
      chart: compare(runs.app.map((r) => r.chart), runs.reveal.map((r) => r.chart)),
      samples: pairs * SWITCH_PASSES * (ids.length - 1),
    };
  } finally {
    await Promise.all(Object.values(sides).map((s) => s.close()));
  }
}

export interface PdfComparison {
  /** Each baseline against the app, over the same pairs. */
  against: Record<string, Comparison>;
  /** Each side's PDF from the first pair, for checking that the documents are the same. */
  first: Record<string, Buffer>;
  /** The same for navigation to ready-to-print only (the rest of each side's time is printing). */
  readyAgainst: Record<string, Comparison>;
}

/** The app's print document `content` against baselines (name → URL), interleaved. */
export async function comparePdf(browser: Browser, baseUrl: string, content: PrintContent, baselines: Record<string, string>, pairs: number, log: Progress): Promise<PdfComparison> {
  const urls: Record<string, string> = { app: appPrintUrl(baseUrl, content, { kind: 'bundled' }), ...baselines };
  const first: Record<string, Buffer> = {};
  const runs = await interleave(
    Object.keys(urls),
    pairs,
    async (side, round) => {
      const run = required(await timePdf(browser, { url: urls[side]!, app: side === 'app', content, title: PDF_TITLE }, PAGE_TIMEOUT_MS), `The ${side} ${content} PDF`);
      if (round === 0) first[side] = run.bytes;
      return { ms: run.ms, readyMs: run.readyMs };
    },
    (round) => log(`${content} PDF: pair ${round + 1} of ${pairs}`),
  );
  const against = (key: 'ms' | 'readyMs') =>
    Object.fromEntries(Object.keys(baselines).map((name) => [name, compare(runs['app']!.map((r) => r[key]), runs[name]!.map((r) => r[key]))]));
  return { against: against('ms'), first, readyAgainst: against('readyMs') };
}
