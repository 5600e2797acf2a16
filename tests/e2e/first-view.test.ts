/**
 * The bundled briefing's first view, written into the page at build time
 * (scripts/build-first-view.ts): painted by the page alone, in the remembered theme; hydrated by the
 * app (the same elements, made live, none replaced); never shown in a window with another route;
 * replaced, not hydrated, when the briefing is another one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAINT_WAIT_MS, FIRST_VIEW_ATTRIBUTE } from '../../electron/shared/first-view';
import { bundledModel } from '../support/load-bundled';
import { PROJECT_ROOT, RENDERER_DIR, startHarness, type Harness } from './fixtures/harness';

const model = await bundledModel();
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Counts, from before the page's own script, the headline cards removed from the page, and keeps every console message about hydration. */
const WATCH = `(() => {
  window.__removedCards = 0;
  window.__hydrationMessages = [];
  for (const level of ['log', 'info', 'warn', 'error']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      const text = args.map(String).join(' ');
      if (/hydrat/i.test(text)) window.__hydrationMessages.push(text);
      original(...args);
    };
  }
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.removedNodes) if (n.nodeType === 1 && (n.matches('[data-figure]') || n.querySelector('[data-figure]'))) window.__removedCards++;
  }).observe(document, { childList: true, subtree: true });
})();`;

describe('the first view written into the page', () => {
  it('is in the built page: the overview of the bundled briefing, with its headline figures', () => {
    const page = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
    expect(page).toContain(`<div id="app" ${FIRST_VIEW_ATTRIBUTE}="${model.briefing.id}">`);
    expect(page).toContain(`>${model.briefing.title}</h1>`);
    for (const figure of model.headlineFigures) expect(page).toContain(`data-figure="${figure.id}"`);
  });

  it('is painted by the page alone, in the theme the reader chose last time', async () => {
    const context = await harness.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    try {
      await context.addInitScript("localStorage.setItem('briefing-viewer:theme', 'dark');");
      const page = await context.newPage();
      // No script of the app's: what is on screen is the page's own.
      await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
      await page.goto(`${harness.baseUrl}/index.html#/`);
      await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
      const cards = page.locator('[data-figure]');
      await expect(cards.count()).resolves.toBe(model.headlineFigures.length);
      const box = await cards.first().boundingBox();
      expect(box && box.width > 100 && box.height > 50).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(model.briefing.title);
    } finally {
      await context.close();
    }
  });

  it('paints exactly what the app then shows, pixel for pixel, at 1024×768 light and 1920×1080 dark', async () => {
    for (const [width, height, colorScheme] of [[1024, 768, 'light'], [1920, 1080, 'dark']] as const) {
      const context = await harness.browser.newContext({ viewport: { width, height }, colorScheme });
      let alone: Buffer;
      try {
        const page = await context.newPage();
        await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
        await page.goto(`${harness.baseUrl}/index.html#/`);
        await page.evaluate(() => document.fonts.ready);
        alone = await page.screenshot();
      } finally {
        await context.close();
      }
      const view = await harness.open({ route: '#/', viewport: { width, height }, colorScheme });
      const live = await view.page.screenshot();
      await view.close();
      expect(live.equals(alone), `${width}×${height} ${colorScheme}`).toBe(true);
    }
  });

  it('is hydrated by the app: the same cards made live, none replaced, nothing said about it', async () => {
    const view = await harness.open({ route: '#/', initScripts: [WATCH] });
    await expect(view.page.evaluate(() => (window as unknown as { __removedCards: number }).__removedCards)).resolves.toBe(0);
    await expect(view.page.locator('h1').count()).resolves.toBe(1);
    await expect(view.page.locator('.app-bar').count()).resolves.toBe(1);
    // Live: the theme button works.
    const theme = () => view.page.locator('html').getAttribute('data-theme');
    const before = await theme();
    await view.page.getByRole('button', { name: /^Theme:/ }).click();
    await expect(theme()).resolves.not.toBe(before);
    await expect(view.page.evaluate(() => (window as unknown as { __hydrationMessages: string[] }).__hydrationMessages)).resolves.toEqual([]);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('asks for the app’s scripts and runs them only once its first frame is on screen, so that frame is not held back', async () => {
    // The head's script falls back to starting the app FIRST_PAINT_WAIT_MS after the page is
    // parsed; on a busy machine the paint can come later, so the fallback is taken out here (the
    // unit tests cover it): only the paint entry may start the app.
    const watch = `(() => {
      const setTimeoutBefore = window.setTimeout;
      window.setTimeout = function (fn, ms, ...rest) {
        if (ms === ${FIRST_PAINT_WAIT_MS}) return (window.setTimeout = setTimeoutBefore), 0;
        return setTimeoutBefore.call(window, fn, ms, ...rest);
      };
      window.__paintSeen = [];
      window.__scriptsAdded = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__paintSeen.push({ name: e.name, at: performance.now() });
      }).observe({ type: 'paint' });
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'SCRIPT' && n.type === 'module') window.__scriptsAdded.push({ src: n.src, at: performance.now() });
      }).observe(document, { childList: true, subtree: true });
    })();`;
    const view = await harness.open({ route: '#/', initScripts: [watch] });
    const seen = await view.page.evaluate(() => {
      const w = window as unknown as { __paintSeen: { name: string; at: number }[]; __scriptsAdded: { src: string; at: number }[] };
      return { paints: w.__paintSeen, scripts: w.__scriptsAdded };
    });
    expect(seen.scripts).toHaveLength(1);
    expect(seen.scripts[0]!.src).toMatch(/\/assets\/index-[\w-]+\.js$/);
    const firstPaint = seen.paints.find((p) => p.name === 'first-paint');
    expect(firstPaint, 'Chromium reported the first paint').toBeDefined();
    expect(seen.scripts[0]!.at).toBeGreaterThanOrEqual(firstPaint!.at);
    // Not even asked for before: fetching and compiling them does not compete with that frame.
    const timing = await view.page.evaluate(() => ({
      firstPaint: performance.getEntriesByName('first-paint')[0]!.startTime,
      scripts: performance.getEntriesByType('resource').filter((e) => /\/assets\/[^/]+\.js$/.test(e.name)).map((e) => e.startTime),
    }));
    expect(timing.scripts.length).toBeGreaterThanOrEqual(1);
    expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.firstPaint);
    // And the app is live: the view hydrated.
    await expect(view.page.locator(`[${FIRST_VIEW_ATTRIBUTE}]`).count()).resolves.toBe(0);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('is never shown in a window with another route: the app is mounted in its place', async () => {
    const view = await harness.open({ route: '#/zones', initScripts: [WATCH] });
    await expect(view.page.locator('html').evaluate((root) => root.classList.contains('no-first-view'))).resolves.toBe(true);
    await expect(view.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Zones');
    await expect(view.page.locator('[data-figure]').count()).resolves.toBe(0);
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('is not hydrated with another briefing: the app is mounted in its place, showing that one', async () => {
    const other = await startHarness({ briefingPath: join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json') });
    try {
      const view = await other.open({ route: '#/', initScripts: [WATCH] });
      await expect(view.page.evaluate(() => (window as unknown as { __removedCards: number }).__removedCards)).resolves.toBeGreaterThan(0);
      await expect(view.page.locator('h1').allTextContents()).resolves.toEqual(['Harbour Town Port Zones in 2024 (sample)']);
      await expect(view.page.locator('.app-bar').count()).resolves.toBe(1);
      expect(view.problems).toEqual([]);
      await view.close();
    } finally {
      await other.close();
    }
  });
});
