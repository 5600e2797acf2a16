/**
 * WCAG 2.2 AA in Chromium, checked by axe-core on every reading view and every dialog, in the
 * light and the dark theme at a desktop size, and at 320 CSS pixels (a 1280-pixel window zoomed
 * to 400 %): any violation fails. Then what axe does not judge but a test can: landmarks and one
 * h1 per view, every Chinese character marked lang="zh-Hans", the window titled after the view.
 *
 * Then every slide, the slide overview, the presenter view, a black screen, the audience window
 * and the print documents, in both themes: any violation fails there too; what axe found is also
 * written to test-results/accessibility/axe-slides-and-print.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, axeViolations, describeViolations, type AxeViolation } from './fixtures/axe';
import { PROJECT_ROOT, startHarness, type Harness, type OpenedView } from './fixtures/harness';
import { READING_ROUTES } from './fixtures/routes';
import { PRINT_PAGES } from '../../electron/shared/print-documents';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const THEMES = ['light', 'dark'] as const;

/** Goes to a route in the open page and waits until it is shown (and its charts drawn). */
async function show(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
  await page.waitForFunction((hash) => window.location.hash === hash || (hash === '#/' && window.location.hash === ''), route);
  await page.locator('main h1').first().waitFor();
  await page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
}

async function openWithAxe(options: Parameters<Harness['open']>[0] = {}): Promise<OpenedView> {
  return harness.open({ ...options, initScripts: [AXE_SOURCE] });
}

describe('axe-core finds no WCAG 2.2 AA violation', () => {
  for (const colorScheme of THEMES) {
    it(`on any reading view, ${colorScheme} theme, 1280×800`, async () => {
      const view = await openWithAxe({ colorScheme });
      const found: Record<string, string[]> = {};
      for (const route of READING_ROUTES) {
        await show(view.page, route);
        found[route] = describeViolations(await axeViolations(view.page));
      }
      expect(found).toEqual(Object.fromEntries(READING_ROUTES.map((r) => [r, []])));
      expect(view.problems).toEqual([]);
      await view.close();
    }, 180_000);

    it(`in the search dialog, with results and with none, ${colorScheme} theme`, async () => {
      const view = await openWithAxe({ colorScheme });
      await view.page.keyboard.press('Control+k');
      const field = view.page.getByRole('combobox', { name: 'Search the briefing' });
      await field.waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await field.fill('湖北');
      await view.page.getByRole('option').first().waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await field.fill('zebra');
      await view.page.getByRole('status').filter({ hasText: 'No results' }).waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await view.close();
    });

    it(`in the export dialog, before and after an export fails, ${colorScheme} theme`, async () => {
      const view = await openWithAxe({ colorScheme });
      await view.page.keyboard.press('Control+e');
      const dialog = view.page.getByRole('dialog', { name: 'Export PDF' });
      await dialog.waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await dialog.getByRole('alert').waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await view.close();
    });

    it(`in the open-failure alert and the drop hint, ${colorScheme} theme`, async () => {
      const view = await openWithAxe({ colorScheme });
      const transfer = await view.page.evaluateHandle(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['{}'], 'notes.json', { type: 'application/json' }));
        return dt;
      });
      await view.page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
      await view.page.locator('.drop-hint').waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await view.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
      await view.page.getByRole('alert').waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await view.close();
    });

    it(`with every chart shown as a table, a file saved, and no zone matching a filter, ${colorScheme} theme`, async () => {
      const view = await openWithAxe({ colorScheme, route: '#/charts' });
      await show(view.page, '#/charts');
      const showTable = view.page.getByRole('button', { name: 'Show table' });
      while ((await showTable.count()) > 0) await showTable.first().click();
      await view.page.getByRole('button', { name: 'Save CSV' }).first().click();
      await view.page.getByRole('status').filter({ hasText: 'Saved to' }).waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await show(view.page, '#/zones');
      await view.page.getByLabel('Find').fill('atlantis');
      await view.page.getByText('No zone matches.').waitFor();
      expect(describeViolations(await axeViolations(view.page))).toEqual([]);
      await view.close();
    });
  }

  // The narrow layout is the same in both themes, whose colours the passes above check.
  it('on any reading view at 320×256 (400 % zoom), with the menu open', async () => {
    const view = await openWithAxe({ viewport: { width: 320, height: 256 } });
    const found: Record<string, string[]> = {};
    for (const route of READING_ROUTES) {
      await show(view.page, route);
      await view.page.getByRole('button', { name: 'Menu' }).click();
      await view.page.getByRole('navigation', { name: 'Briefing' }).waitFor();
      found[route] = describeViolations(await axeViolations(view.page));
    }
    expect(found).toEqual(Object.fromEntries(READING_ROUTES.map((r) => [r, []])));
    await view.close();
  }, 180_000);

  it('when the theme is chosen with the theme button (dark over a light system)', async () => {
    const view = await openWithAxe({ colorScheme: 'light' });
    await view.page.getByRole('button', { name: /Change theme/ }).click();
    await view.page.getByRole('button', { name: /Change theme/ }).click();
    expect(await view.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    for (const route of ['#/', '#/zones', '#/charts']) {
      await show(view.page, route);
      expect(describeViolations(await axeViolations(view.page)), route).toEqual([]);
    }
    await view.close();
  });
});

describe('what axe does not judge', () => {
  it('gives every view a banner, a navigation, one main and one h1, and titles the window after it', async () => {
    const view = await harness.open();
    const titles: string[] = [];
    for (const route of READING_ROUTES) {
      await show(view.page, route);
      const landmarks = await view.page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main').length,
        banner: document.querySelectorAll('header.app-bar').length,
        nav: document.querySelectorAll('nav[aria-label="Briefing"]').length,
        lang: document.documentElement.lang,
      }));
      expect(landmarks, route).toEqual({ h1: 1, main: 1, banner: 1, nav: 1, lang: 'en' });
      titles.push(await view.page.title());
    }
    expect(titles.slice(0, 3)).toEqual([
      "China's Pilot Free Trade Zones in 2022",
      "Zones — China's Pilot Free Trade Zones in 2022",
      "Shaanxi — China's Pilot Free Trade Zones in 2022",
    ]);
    expect(new Set(titles).size).toBeGreaterThan(8);
    await view.close();
  }, 120_000);

  it('marks every Chinese character on every view, and in search results, lang="zh-Hans"', async () => {
    const view = await harness.open();
    const unmarked = () =>
      view.page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (/[\u3400-\u9fff]/.test(node.textContent ?? '') && !node.parentElement?.closest('[lang^="zh"]')) found.push(node.textContent!.trim());
        }
        return found;
      });
    let seen = 0;
    for (const route of READING_ROUTES) {
      await show(view.page, route);
      seen += await view.page.locator('[lang="zh-Hans"]').count();
      expect(await unmarked(), route).toEqual([]);
    }
    expect(seen).toBeGreaterThan(21);
    await view.page.keyboard.press('Control+k');
    await view.page.getByRole('combobox').fill('hubei');
    await view.page.getByRole('option').first().waitFor();
    expect(await view.page.getByRole('option').filter({ hasText: 'Hubei 湖北' }).locator('[lang="zh-Hans"]').allInnerTexts()).toEqual(['湖北']);
    expect(await unmarked()).toEqual([]);
    await view.close();
  }, 120_000);
});

/** The presenting and print side: every slide, its layers, the audience window, the print documents. */
const SLIDE_COUNT = 15;
/** Layers over a slide: the key that opens one, and the key that closes it again. */
const LAYERS: { name: string; open: string; close: string }[] = [
  { name: 'slide overview (O)', open: 'o', close: 'Escape' },
  { name: 'presenter view (S)', open: 's', close: 's' },
  { name: 'black screen (B)', open: 'b', close: 'b' },
];
const ROUTES: { name: string; route: string }[] = [
  { name: 'audience window', route: '#/present/3?audience=1' },
  { name: 'print summary, A4', route: '#/print/summary?paper=a4' },
  { name: 'print summary, Letter', route: '#/print/summary?paper=letter' },
  { name: 'print handout, A4', route: '#/print/handout?paper=a4' },
  { name: 'print brief, A4', route: '#/print/brief?paper=a4' },
];

const drawn = (page: Page) => page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });

/** axe on every slide, each layer over the third, the audience window and the print documents, in one window. */
async function reportTheme(colorScheme: (typeof THEMES)[number], report: Record<string, AxeViolation[]>): Promise<void> {
  const { page, close } = await openWithAxe({ colorScheme, route: '#/present/1' });
  for (let slide = 1; slide <= SLIDE_COUNT; slide++) {
    await page.waitForFunction((n) => window.location.hash === `#/present/${n}`, slide);
    await page.locator('.audience .current .slide-number', { hasText: new RegExp(`^${slide} / `) }).waitFor();
    await drawn(page);
    report[`slide ${slide}, ${colorScheme}`] = await axeViolations(page);
    if (slide < SLIDE_COUNT) await page.keyboard.press('ArrowRight');
  }
  // The layers over slide 3 (a figures slide, with long speaker notes).
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#/present/3');
  for (const layer of LAYERS) {
    await page.keyboard.press(layer.open);
    await drawn(page);
    report[`${layer.name}, ${colorScheme}`] = await axeViolations(page);
    await page.keyboard.press(layer.close);
  }
  for (const { name, route } of ROUTES) {
    await page.evaluate((hash) => (window.location.hash = hash), route);
    await page.locator(route.startsWith('#/print') ? '.print-main' : '.present').first().waitFor();
    await drawn(page);
    report[`${name}, ${colorScheme}`] = await axeViolations(page);
  }
  await close();
}

describe('slides, slide overview, presenter view and print documents', () => {
  it(`finds no violation on any of the ${SLIDE_COUNT} slides, the overview, the presenter view, a black screen, the audience window or the print documents, light and dark`, async () => {
    const report: Record<string, AxeViolation[]> = {};
    for (const colorScheme of THEMES) await reportTheme(colorScheme, report);
    const dir = join(PROJECT_ROOT, 'test-results', 'accessibility');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'axe-slides-and-print.json'), JSON.stringify(report, null, 2));
    const summary = Object.entries(report)
      .filter(([, violations]) => violations.length)
      .map(([where, violations]) => `${where}: ${violations.map((v) => `${v.rule} ×${v.nodes.length}`).join(', ')}`);
    expect(Object.keys(report)).toHaveLength((SLIDE_COUNT + LAYERS.length + ROUTES.length) * THEMES.length);
    expect(summary).toEqual([]);
  }, 300_000);
});

describe('the print pages written at build time', () => {
  it("find no violation: the bundled briefing's summary on A4 and Letter, light and dark", async () => {
    const found: Record<string, string[]> = {};
    for (const colorScheme of THEMES) {
      for (const [paper, path] of Object.entries(PRINT_PAGES.summary!)) {
        const view = await openWithAxe({ colorScheme, path, viewport: { width: 1100, height: 1400 } });
        try {
          await view.page.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
          found[`${paper}, ${colorScheme}`] = describeViolations(await axeViolations(view.page));
          expect(view.problems).toEqual([]);
        } finally {
          await view.close();
        }
      }
    }
    expect(Object.keys(found)).toHaveLength(2 * THEMES.length);
    expect(Object.values(found).flat()).toEqual([]);
  });
});
