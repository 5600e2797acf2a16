/**
 * `npm run bench`: measures, in Chromium here, what people feel — time to the overview, time to
 * switch slides, summary PDF export time — plus the renderer's size and the time to load and
 * validate a briefing 100 times the size of the bundled one. Prints a table and writes it into
 * the README between the bench markers. Each timing is the median of several runs.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseJson, validateBriefing } from '../electron/shared/briefing-loader';
import { BUNDLED_BRIEFING } from '../electron/main/briefing-files';
import { PROJECT_ROOT, RENDERER_DIR, startHarness } from '../tests/e2e/fixtures/harness';

interface Row {
  measure: string;
  value: number;
  unit: 'ms' | 'KB';
  budget?: number;
}

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function gzipKilobytes(ext: string): number {
  const dir = join(RENDERER_DIR, 'assets');
  const total = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  return total / 1024;
}

/** The bundled briefing with its figures, points and zones repeated `times` times (unique ids). */
export function enlargedBriefing(times: number): string {
  const base = JSON.parse(readFileSync(join(PROJECT_ROOT, BUNDLED_BRIEFING), 'utf8'));
  const suffix = (id: string, n: number) => (n === 0 ? id : `${id}-x${n}`);
  const copies = Array.from({ length: times }, (_, n) => n);
  const big = {
    ...base,
    figures: copies.flatMap((n) =>
      base.figures.map((f: { id: string; partOf?: string; area?: string }) => ({
        ...f,
        id: suffix(f.id, n),
        ...(f.partOf ? { partOf: suffix(f.partOf, n) } : {}),
        ...(f.area ? { area: suffix(f.area, n) } : {}),
      })),
    ),
    areas: copies.flatMap((n) =>
      base.areas.map((a: { id: string; points: { id: string; zones?: string[]; figures?: string[] }[] }) => ({
        ...a,
        id: suffix(a.id, n),
        points: a.points.map((p) => ({
          ...p,
          id: suffix(p.id, n),
          zones: (p.zones ?? []).map((z) => suffix(z, n)),
          figures: (p.figures ?? []).map((f) => suffix(f, n)),
        })),
      })),
    ),
    outlook: base.outlook,
    zones: copies.flatMap((n) => base.zones.map((z: { id: string; tile?: unknown }) => ({ ...z, id: suffix(z.id, n), tile: undefined }))),
  };
  return JSON.stringify(big);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const harness = await startHarness();
  try {
    // Time from navigation start to the overview's figures on screen.
    const overview: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.figure-card')) {
            (window as unknown as { __overviewAt: number }).__overviewAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const { installBrowserContract } = await import('../tests/e2e/fixtures/browser-contract');
      const { API_GLOBAL } = await import('../electron/shared/ipc-contract');
      const { CONTRACT_BRIEFING_PATH } = await import('../tests/e2e/fixtures/renderer-server');
      await installBrowserContract(page, { globalName: API_GLOBAL, briefingPath: CONTRACT_BRIEFING_PATH });
      await page.goto(`${harness.baseUrl}/index.html#/`);
      await page.waitForFunction(() => (window as unknown as { __overviewAt?: number }).__overviewAt !== undefined);
      overview.push(await page.evaluate(() => (window as unknown as { __overviewAt: number }).__overviewAt));
      await context.close();
    }
    rows.push({ measure: 'Overview rendered, from navigation start', value: median(overview), unit: 'ms', budget: 300 });

    // Switching slides: script, style and layout from the key press to the new slide in the DOM.
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1920, height: 1080 } });
    const switches = await view.page.evaluate(async () => {
      const count = Number(document.querySelector('.slide-number')!.textContent!.split('/')[1]);
      const times: number[] = [];
      for (let pass = 0; pass < 2; pass++) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home' }));
        await new Promise((r) => setTimeout(r, 50));
        for (let i = 1; i < count; i++) {
          const start = performance.now();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
          await Promise.resolve();
          await Promise.resolve();
          void document.body.offsetHeight; // style and layout
          times.push(performance.now() - start);
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      return times;
    });
    await view.close();
    rows.push({ measure: `Slide switch, median of ${switches.length} (script and layout)`, value: median(switches), unit: 'ms', budget: 16 });
    rows.push({ measure: 'Slide switch, slowest (a chart slide drawing its chart)', value: Math.max(...switches), unit: 'ms' });

    // The summary PDF: from navigation to the PDF's bytes, with the app's page set-up.
    const { devtoolsPdfParams } = await import('../electron/main/pdf-options');
    const exports: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const pdfView = await harness.open({ route: '#/print/summary?paper=a4', viewport: { width: 1100, height: 1400 } });
      await pdfView.page.waitForSelector('body[data-print-ready="true"]');
      await harness.printPdf(pdfView.page, devtoolsPdfParams({ paper: 'a4', content: 'summary', title: 'Bench' }));
      exports.push(performance.now() - start);
      await pdfView.close();
    }
    rows.push({ measure: 'Summary PDF export (A4), from navigation to bytes', value: median(exports), unit: 'ms', budget: 2000 });
  } finally {
    await harness.close();
  }

  rows.push({ measure: 'Renderer JavaScript (gzip)', value: gzipKilobytes('.js'), unit: 'KB', budget: 250 });
  rows.push({ measure: 'Renderer CSS (gzip)', value: gzipKilobytes('.css'), unit: 'KB' });

  const big = enlargedBriefing(100);
  const source = readFileSync(join(PROJECT_ROOT, 'assets', 'briefings', 'pilot-ftz-2022-briefing.txt'), 'utf8');
  const validate: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const data = parseJson(big);
    const result = data.ok ? validateBriefing(data.value, source) : data;
    validate.push(performance.now() - start);
    if (!result.ok) throw new Error(`The enlarged briefing did not validate: ${result.problems.slice(0, 3).join('; ')}`);
  }
  rows.push({ measure: `Load and validate a briefing 100× the bundled one (${(big.length / 1024).toFixed(0)} KB)`, value: median(validate), unit: 'ms' });

  const table = [
    '| measure | result | budget |',
    '| --- | ---: | ---: |',
    ...rows.map((r) => {
      const ok = r.budget === undefined ? '' : r.value <= r.budget ? ' ✓' : ' ✗ over budget';
      return `| ${r.measure} | ${r.value.toFixed(r.unit === 'KB' ? 1 : 0)} ${r.unit} | ${r.budget === undefined ? '—' : `${r.budget} ${r.unit}${ok}`} |`;
    }),
  ].join('\n');
  console.log(table);

  const readmePath = join(PROJECT_ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const stamped = `<!-- bench:start -->\n${table}\n\nMedian of ${RUNS} runs, measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (2 cores, Debian Chromium, headless).\n<!-- bench:end -->`;
  if (readme.includes('<!-- bench:start -->')) {
    writeFileSync(readmePath, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, stamped));
    console.log('README.md updated.');
  } else {
    console.log('README.md has no bench markers; the table was not written.');
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
