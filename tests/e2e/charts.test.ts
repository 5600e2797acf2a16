import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devtoolsPdfParams } from '../../electron/main/pdf-options';
import { printRoutePath } from '../../electron/shared/print-documents';
import { savedFiles } from './fixtures/browser-contract';
import { pdfImages } from './fixtures/print-pdf';
import { startHarness, type Harness } from './fixtures/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('charts, in Chromium', () => {
  it('draws every chart (non-blank pixels) with its title, takeaway and source', async () => {
    const view = await harness.open({ route: '#/charts' });
    const ids = await view.page.locator('[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
    expect(ids).toEqual(['share-of-national', 'year-on-year-growth', 'high-tech-foreign-capital-within-foreign-capital', 'zones-by-year']);
    await view.page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
    for (const id of ids) {
      const inked = await view.page.locator(`[data-chart="${id}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let count = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
        return count / (canvas.width * canvas.height);
      });
      expect(inked, id!).toBeGreaterThan(0.03);
    }
    const panel = view.page.locator('[data-chart="year-on-year-growth"]');
    expect(await panel.locator('h2').innerText()).toBe('Year-on-year growth');
    expect(await panel.locator('.takeaway').innerText()).toBe('Foreign capital used in high-tech industries grew fastest: +53.2% on the year before.');
    expect(await panel.getByRole('img').getAttribute('aria-label')).toBe('Year-on-year growth. Foreign capital used in high-tech industries grew fastest: +53.2% on the year before.');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('switches a chart to a table of the same numbers', async () => {
    const view = await harness.open({ route: '#/charts' });
    const panel = view.page.locator('[data-chart="high-tech-foreign-capital-within-foreign-capital"]');
    await panel.getByRole('button', { name: 'Show table' }).click();
    const cells = await panel.locator('table tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(cells).toEqual([
      ['Figure', 'Foreign capital used in high-tech industries', 'The rest (derived)'],
      ['Foreign capital actually used (2022)', '86.34 billion yuan', '136.18 billion yuan'],
    ]);
    await panel.getByRole('button', { name: 'Show chart' }).click();
    await panel.locator('canvas').waitFor();
    await view.close();
  });

  it('saves the numbers as CSV and the chart as a PNG', async () => {
    const view = await harness.open({ route: '#/charts' });
    const panel = view.page.locator('[data-chart="share-of-national"]');
    await panel.getByRole('button', { name: 'Save CSV' }).click();
    await panel.getByRole('status').waitFor();
    expect(await panel.getByRole('status').innerText()).toBe('Saved to /saved/pilot-ftz-2022-share-of-national.csv');
    await panel.getByRole('button', { name: 'Save PNG' }).click();
    const files = await savedFiles(view.page);
    expect(files.map((f) => f.suggestedName)).toEqual(['pilot-ftz-2022-share-of-national.csv', 'pilot-ftz-2022-share-of-national.png']);
    expect(files[0]!.data.split('\r\n')[0]).toBe('category,series,value,unit,derived');
    const png = Buffer.from(files[1]!.data, 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // Three times the on-screen pixels, for a sharp image.
    const canvasWidth = await panel.locator('canvas').evaluate((c: HTMLCanvasElement) => c.clientWidth);
    expect(png.readUInt32BE(16)).toBe(canvasWidth * 3);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 800],
  ] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`fits at ${width}×${height} in the ${colorScheme} theme`, async () => {
        const view = await harness.open({ route: '#/charts', viewport: { width, height }, colorScheme });
        await view.page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
        const overflow = await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBe(0);
        await harness.screenshot(view.page, `charts-${width}x${height}-${colorScheme}`, { fullPage: true });
        expect(view.problems).toEqual([]);
        await view.close();
      });
    }
  }

  it('prints a document’s charts as paths and text: each print draws them on new canvases in their place, which go once it is over', async () => {
    const view = await harness.open({ path: printRoutePath({ content: 'summary', paper: 'a4' }), viewport: { width: 1100, height: 1400 } });
    await view.page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached' });
    // Each chart box's canvases, read in the page: now, and (by a listener added after the charts',
    // so it runs after theirs) while a print is under way.
    type Canvases = { shown: boolean; name: string | null; role: string | null; pixels: number; css: number }[][];
    await view.page.evaluate(() => {
      const read = () =>
        [...document.querySelectorAll('[data-chart-canvas]')].map((box) =>
          [...box.querySelectorAll('canvas')].map((c) => ({ shown: getComputedStyle(c).display !== 'none', name: c.getAttribute('aria-label'), role: c.getAttribute('role'), pixels: c.width, css: c.getBoundingClientRect().width })),
        );
      const state = globalThis as { readCanvases?: typeof read; duringPrint?: ReturnType<typeof read> };
      state.readCanvases = read;
      addEventListener('beforeprint', () => (state.duringPrint = read()));
    });
    const boxes = () => view.page.evaluate(() => (globalThis as unknown as { readCanvases: () => unknown }).readCanvases()) as Promise<Canvases>;
    const before = await boxes();
    expect(before).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), 'bv-vector-'));
    try {
      for (const round of [1, 2]) {
        const file = join(dir, `summary-${round}.pdf`);
        await view.page.evaluate(() => delete (globalThis as { duringPrint?: unknown }).duringPrint);
        writeFileSync(file, await harness.printPdf(view.page, devtoolsPdfParams({ paper: 'a4', content: 'summary' })));
        const during = (await view.page.evaluate(() => (globalThis as { duringPrint?: unknown }).duringPrint)) as Canvases | undefined;
        expect(during, `print ${round} began with beforeprint`).toHaveLength(4);
        during!.forEach((canvases, i) => {
          const [shown, copy] = [before[i]![0]!, canvases[1]!];
          expect(canvases.map((c) => c.shown), `chart ${i + 1}, print ${round}`).toEqual([false, true]);
          // The copy is the Figure the canvas is, in its place, drawn at one pixel per CSS pixel.
          expect([copy.role, copy.name, copy.css]).toEqual([shown.role, shown.name, shown.css]);
          expect(copy.pixels).toBe(Math.round(shown.css));
          expect(shown.pixels).toBe(Math.round(shown.css * 3));
        });
        // Over: the page is as it was.
        expect(await boxes(), `after print ${round}`).toEqual(before);
        // The PDF: no picture placed on a page (the hatch is a pattern's tile); the charts' own words are text.
        expect(pdfImages(file)).toEqual([]);
        expect(execFileSync('pdftotext', [file, '-']).toString()).toContain('change on the year before, percent');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
