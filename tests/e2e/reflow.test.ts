/**
 * WCAG 1.4.10 (Reflow): a 1280-pixel window zoomed to 400 % is 320 CSS pixels wide. At 320×256,
 * on every reading view, with the menu open and in every dialog, the page must not scroll
 * sideways and nothing may be cut off; a table wider than the window scrolls inside its own box,
 * which is then a named region in the tab order. Screenshots (at 4 device pixels per CSS pixel,
 * as the zoomed window shows them) go to test-results/screenshots/reflow-320-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SCREENSHOT_DIR, startHarness, type Harness } from './fixtures/harness';
import { reflowReport, type ReflowReport } from './fixtures/reflow';
import { READING_ROUTES, routeSlug } from './fixtures/routes';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const NARROW = { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 };
const FINE: ReflowReport = { pageOverflow: 0, outside: [], clipped: [] };

async function show(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
  await page.waitForFunction((hash) => window.location.hash === hash, route);
  await page.locator('main h1').first().waitFor();
  await page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
}

describe('reflow at 320 CSS pixels (400 % zoom of a 1280-pixel window)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`needs no sideways scrolling and cuts nothing off on any reading view, ${colorScheme} theme`, async () => {
      const view = await harness.open({ ...NARROW, colorScheme });
      const found: Record<string, ReflowReport> = {};
      for (const route of READING_ROUTES) {
        await show(view.page, route);
        found[route] = await reflowReport(view.page);
        if (colorScheme === 'light') await harness.screenshot(view.page, `reflow-320-${routeSlug(route)}`);
      }
      expect(found).toEqual(Object.fromEntries(READING_ROUTES.map((r) => [r, FINE])));
      expect(view.problems).toEqual([]);
      await view.close();
    }, 180_000);
  }

  it('keeps every item of the app bar reachable behind the Menu button', async () => {
    const view = await harness.open(NARROW);
    const menu = view.page.getByRole('button', { name: 'Menu' });
    expect(await view.page.getByRole('navigation', { name: 'Briefing' }).isVisible()).toBe(false);
    await menu.click();
    const items = view.page.locator('#app-bar-menu a, #app-bar-menu button');
    expect(await items.count()).toBe(13);
    for (const item of await items.all()) expect(await item.isVisible(), await item.innerText()).toBe(true);
    expect(await reflowReport(view.page)).toEqual(FINE);
    await harness.screenshot(view.page, 'reflow-320-menu-open');
    await view.close();
  });

  it('lays out the dialogs and the alert within the window', async () => {
    const view = await harness.open(NARROW);
    const { page } = view;
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('zone');
    await page.getByRole('option').first().waitFor();
    expect(await reflowReport(page), 'search').toEqual(FINE);
    await harness.screenshot(page, 'reflow-320-search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
    expect(await reflowReport(page), 'export').toEqual(FINE);
    await harness.screenshot(page, 'reflow-320-export');
    await page.keyboard.press('Escape');
    const transfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['{}'], 'a-briefing-with-a-rather-long-file-name-2024.json', { type: 'application/json' }));
      return dt;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.getByRole('alert').waitFor();
    expect(await reflowReport(page), 'open failure').toEqual(FINE);
    await harness.screenshot(page, 'reflow-320-open-failure');
    await view.close();
  });

  it('scrolls a wide table inside its own named, focusable box, never the page', async () => {
    const view = await harness.open({ ...NARROW, route: '#/charts' });
    await show(view.page, '#/charts');
    const showTable = view.page.getByRole('button', { name: 'Show table' });
    while ((await showTable.count()) > 0) await showTable.first().click();
    expect(await reflowReport(view.page)).toEqual(FINE);
    const boxes = await view.page.locator('.table-scroll').evaluateAll((els) =>
      els.map((el) => ({
        scrolls: el.scrollWidth > el.clientWidth + 1,
        role: el.getAttribute('role'),
        name: el.getAttribute('aria-label'),
        tabindex: el.getAttribute('tabindex'),
      })),
    );
    expect(boxes).toHaveLength(4);
    for (const box of boxes.filter((b) => b.scrolls)) expect(box).toMatchObject({ role: 'region', tabindex: '0', name: expect.stringMatching(/, table$/) });
    for (const box of boxes.filter((b) => !b.scrolls)) expect(box).toEqual({ scrolls: false, role: null, name: null, tabindex: null });
    for (const id of ['year-on-year-growth', 'high-tech-foreign-capital-within-foreign-capital']) {
      await view.page.locator(`[data-chart="${id}"]`).screenshot({ path: join(SCREENSHOT_DIR, `reflow-320-chart-table-${id}.png`) });
    }
    await view.close();
  });
});

describe('the sticky app bar', () => {
  for (const viewport of [{ width: 1280, height: 800 }, NARROW.viewport]) {
    it(`keeps what gets the focus clear of the bar at ${viewport.width} px`, async () => {
      const view = await harness.open({ route: '#/zones', viewport });
      const { page } = view;
      await page.locator('main h1').first().waitFor();
      const measure = () =>
        page.evaluate(() => {
          const bar = document.querySelector<HTMLElement>('.app-bar')!;
          const sticky = getComputedStyle(bar).position === 'sticky';
          return { expected: sticky ? Math.ceil(bar.getBoundingClientRect().height) + 8 : 0, set: getComputedStyle(document.documentElement).getPropertyValue('--app-bar-height').trim() };
        });
      await expect.poll(async () => { const m = await measure(); return m.set === `${m.expected}px`; }).toBe(true);
      // From the foot of the page, a link near its top, focused from the keyboard, scrolls into
      // view below the bar, not under it.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const last = page.locator('main a[href]').nth(1);
      await last.focus();
      const [linkTop, barBottom] = await Promise.all([last.evaluate((el) => el.getBoundingClientRect().top), page.locator('.app-bar').evaluate((el) => el.getBoundingClientRect().bottom)]);
      expect(linkTop).toBeGreaterThanOrEqual(barBottom);
      expect(view.problems).toEqual([]);
      await view.close();
    });
  }
});
