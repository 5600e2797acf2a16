/**
 * `npm run bench` (issue #13, points 1 and 5): the app against baselines made from it in the same
 * run, timed side by side in interleaved pairs, in headless Chromium on this machine.
 *
 * - the overview against the same page saved as static HTML (first headline figure painted, cold);
 * - slide switching against the same deck in reveal.js (text and chart slides apart);
 * - the summary PDF against the same document saved as static HTML (navigation to PDF bytes);
 * - the handout PDF against reveal.js's `?print-pdf` of the same deck (and its static copy);
 * - growth: briefings 10× and 100× the bundled one, read, shown and printed.
 *
 * Prints the tables, writes them into the README between the bench markers, and writes every
 * figure to test-results/bench.json. Drives the app only from outside: URLs, keys, `data-*`.
 * Environment: BENCH_PAIRS (7), BENCH_GROWTH_ROUNDS (3), BENCH_TIMEOUT_MS (120000),
 * BENCH_GROWTH=0 to leave growth out, BENCH_NO_README=1 to leave the README alone.
 */
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BUNDLED_BRIEFING } from '../electron/main/briefing-files';
import { PROJECT_ROOT } from '../tests/e2e/fixtures/harness';
import { checkPrintCopy, checkRevealHandout, makeOverviewCopy, makePrintCopy, makeRevealCopy } from './bench/baselines';
import { launchChromium } from './bench/browser';
import { compareOverview, comparePdf, compareSlideSwitch, PAGE_TIMEOUT_MS, type Progress } from './bench/comparisons';
import { writeBriefings } from './bench/growth';
import { measureGrowth, type GrowthRow } from './bench/growth-run';
import { comparisonTable, growthTable, gzipKilobytes, JSON_PATH, writeJson, writeReadme, type Row } from './bench/report';
import { startBenchServer, type BenchServer } from './bench/server';
import { pairCount } from './bench/stats';

type Baselines = Awaited<ReturnType<typeof makeBaselines>>;
type Comparisons = Awaited<ReturnType<typeof runComparisons>>;

const started = performance.now();
const log: Progress = (message) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

async function makeBaselines(browser: Browser, server: BenchServer) {
  log('baselines: the overview, the summary and the handout saved as static HTML');
  const overview = await makeOverviewCopy(browser, server);
  const summary = await makePrintCopy(browser, server, 'summary');
  const handout = await makePrintCopy(browser, server, 'handout');
  if (!handout.slideWidth) throw new Error('The handout shows no [data-slide] element to take the printed slide size from.');
  log('baselines: the deck taken from the app into reveal.js, its slides compared with the app\'s');
  const reveal = await makeRevealCopy(browser, server, handout.slideWidth);
  return { overview, summary, handout, reveal };
}

async function runComparisons(browser: Browser, server: BenchServer, b: Baselines, pairs: number) {
  const overview = await compareOverview(browser, server.url, b.overview.copy.path, pairs, log);
  const switching = await compareSlideSwitch(browser, server.url, b.reveal.path, b.reveal.deck, pairs, log);
  const summary = await comparePdf(browser, server.url, 'summary', { static: `${server.url}${b.summary.copy.path}` }, pairs, log);
  const handout = await comparePdf(browser, server.url, 'handout', { reveal: `${server.url}${b.reveal.path}?print-pdf`, static: `${server.url}${b.handout.copy.path}` }, pairs, log);
  // The first pair's PDFs show whether each baseline printed the same document.
  const checks = {
    summary: await checkPrintCopy(summary.first['app']!, summary.first['static']!),
    handout: await checkPrintCopy(handout.first['app']!, handout.first['static']!),
    revealHandout: await checkRevealHandout(b.reveal.deck, handout.first['app']!, handout.first['reveal']!),
  };
  return { overview, switching, summary: summary.against, handout: handout.against, ready: { summary: summary.readyAgainst, handout: handout.readyAgainst }, checks };
}

function rows(c: Comparisons): Row[] {
  return [
    { measure: 'Overview: first headline figure painted, cold (navigation start →)', baseline: 'static HTML copy', comparison: c.overview, target: 1.05 },
    { measure: 'Slide switch, text slides (ArrowRight → frame shown)', baseline: 'reveal.js, same deck', comparison: c.switching.text, target: 0.7 },
    { measure: 'Slide switch, chart slides (ArrowRight → frame shown)', baseline: 'reveal.js, same deck', comparison: c.switching.chart, target: 0.7 },
    { measure: 'Summary PDF, A4 (navigation → PDF bytes)', baseline: 'static HTML copy', comparison: c.summary['static']!, target: 1.1 },
    { measure: 'Handout PDF, A4 (navigation → PDF bytes)', baseline: 'reveal.js `?print-pdf`', comparison: c.handout['reveal']!, target: 1.0 },
    { measure: 'Handout PDF, A4 (navigation → PDF bytes)', baseline: 'static HTML copy', comparison: c.handout['static']! },
    { measure: 'Summary PDF: navigation → ready to print (the rest is printing)', baseline: 'static HTML copy', comparison: c.ready.summary['static']! },
    { measure: 'Handout PDF: navigation → ready to print (the rest is printing)', baseline: 'reveal.js `?print-pdf`', comparison: c.ready.handout['reveal']! },
  ];
}

function pct(share: number): string {
  return `${(share * 100).toFixed(2)} %`;
}

/** One sentence per baseline: how it was checked against the app in this run. */
function checks(b: Baselines, c: Comparisons['checks']): string[] {
  const r = b.reveal;
  const same = (yes: boolean) => (yes ? 'same' : '**different**');
  return [
    `overview copy: ${same(b.overview.sameHeadline)} headline text, ${pct(b.overview.pixelDifference)} of pixels differ from the app's screenshot`,
    `summary copy: ${c.summary.copyPages} pages (app ${c.summary.appPages}), ${same(c.summary.sameText)} PDF text outside the charts (the app prints them as text and paths, the copy holds pictures)`,
    `handout copy: ${c.handout.copyPages} pages (app ${c.handout.appPages}), ${same(c.handout.sameText)} PDF text outside the charts`,
    `reveal.js deck: ${r.deck.slides.length} slides, ${same(r.sameText)} text; pixels differing from the app's slide at most ${pct(r.pixelDifference.text)} (text slides), ${pct(r.pixelDifference.chart)} (chart slides: the bench draws value labels and hatching itself); handout ${c.revealHandout.revealPages} pages (app ${c.revealHandout.appPages}), at least ${pct(c.revealHandout.wordCoverage)} of each slide's words on its page`,
  ];
}

function markdown(c: Comparisons, b: Baselines, growth: GrowthRow[] | undefined, facts: { pairs: number; chromium: string; minutes: number }): string {
  const deck = b.reveal.deck.slides;
  const kinds = `${deck.filter((s) => s.kind === 'text').length} text and ${deck.filter((s) => s.kind === 'chart').length} chart slides`;
  return [
    comparisonTable(rows(c)),
    '',
    `${facts.pairs} interleaved pairs (the app and its baseline back to back, the order alternating); every page load in a fresh browser context; slide switching: one page per side, two passes through the deck (${kinds}) per pair, the median per slide type. Ratios are medians of the per-pair ratios. Baselines checked in this run — ${checks(b, c.checks).join('; ')}.`,
    ...(growth ? ['', growthTable(growth, PAGE_TIMEOUT_MS / 1000), '', `Growth: the bundled briefing (1×) and briefings generated with its figures, areas and points 10× and 100× over (zones too, up to 1,000), each opened as a file (so without the bundled briefing's first view or print page written at build time: the summary comes from the app's print route); factors against 1× in brackets; medians of ${process.env['BENCH_GROWTH_ROUNDS'] ?? 3} rounds (the 100× summary once); a summary may take the page limit times its size over 40 (300 s at 100×), so a linear one can finish.`] : []),
    '',
    `Context: the renderer's JavaScript is ${gzipKilobytes('.js').toFixed(1)} KB gzipped (every chunk), its CSS ${gzipKilobytes('.css').toFixed(1)} KB. Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${cpus().length} cores, Debian Chromium ${facts.chromium}, headless, software rendering) in ${facts.minutes.toFixed(1)} minutes.`,
  ].join('\n');
}

async function measureAll(browser: Browser, pairs: number) {
  const server = await startBenchServer(join(PROJECT_ROOT, BUNDLED_BRIEFING));
  try {
    const baselines = await makeBaselines(browser, server);
    const comparisons = await runComparisons(browser, server, baselines, pairs);
    if (process.env['BENCH_GROWTH'] === '0') return { baselines, comparisons, growth: undefined };
    const generated = writeBriefings([1, 10, 100]);
    try {
      return { baselines, comparisons, growth: await measureGrowth(browser, generated.briefings, PAGE_TIMEOUT_MS, log) };
    } finally {
      generated.remove();
    }
  } finally {
    await server.close();
  }
}

function jsonReport(c: Comparisons, b: Baselines, growth: GrowthRow[] | undefined, facts: { pairs: number; chromium: string; minutes: number }) {
  const deck = b.reveal.deck;
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, chromium: facts.chromium },
    pairs: facts.pairs,
    minutes: facts.minutes,
    rows: rows(c).map((r) => ({ ...r, met: r.target === undefined ? undefined : r.comparison.ratio <= r.target })),
    baselines: {
      overview: b.overview,
      summary: { ...b.summary, ...c.checks.summary },
      handout: { ...b.handout, ...c.checks.handout },
      revealHandout: c.checks.revealHandout,
      reveal: { ...b.reveal, deck: { width: deck.width, height: deck.height, stylesheets: deck.stylesheets, slides: deck.slides.map((s) => ({ index: s.index, id: s.id, kind: s.kind })) } },
    },
    growth,
    rendererGzipKB: { js: gzipKilobytes('.js'), css: gzipKilobytes('.css') },
  };
}

async function main(): Promise<void> {
  const pairs = pairCount();
  const browser = await launchChromium();
  const chromium = browser.version();
  let measured;
  try {
    measured = await measureAll(browser, pairs);
  } finally {
    await browser.close();
  }
  const facts = { pairs, chromium, minutes: (performance.now() - started) / 60_000 };
  const table = markdown(measured.comparisons, measured.baselines, measured.growth, facts);
  console.log(`\n${table}\n`);
  writeJson(jsonReport(measured.comparisons, measured.baselines, measured.growth, facts));
  console.log(`Wrote ${JSON_PATH}.`);
  if (process.env['BENCH_NO_README'] === '1') return;
  console.log(writeReadme(table) ? 'README.md updated.' : 'README.md has no bench markers; the table was not written.');
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
