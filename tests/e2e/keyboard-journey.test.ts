/**
 * The whole journey with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11): skip link,
 * every view from the navigation, a zone opened from the map, search, a chart's table, Save PNG
 * and Save CSV, the export dialog from the toolbar and from Ctrl+E, presenting (F5), stepping
 * slides, the presenter view (S) and leaving (Escape). Only `page.keyboard` is used: no click and
 * no focus() from the test. At every Tab stop the focus ring must show and not be covered; each
 * new view must be announced once by the live region, with the focus at its start.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedFiles } from './fixtures/browser-contract';
import { startHarness, type Harness } from './fixtures/harness';
import { focusStop, named, tabTo } from './fixtures/keyboard';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TITLE = "China's Pilot Free Trade Zones in 2022";

/** What the live region says (the same news twice in a row carries a no-break space, so that it is said again). */
const announced = async (page: Page) => (await page.getByTestId('announcer').innerText()).trim();

/** After Enter on a link or a result: the view is shown, said once by the live region, and the focus is at its start. */
async function arrivedAt(page: Page, hash: string, announcement: string, heading: string): Promise<void> {
  await page.waitForFunction((h) => window.location.hash === h, hash);
  await expect.poll(() => announced(page)).toBe(announcement);
  expect(await page.locator('main h1').innerText()).toBe(heading);
  expect(await page.evaluate(() => document.activeElement?.className.includes('view-start'))).toBe(true);
  expect(await page.getByRole('dialog').count()).toBe(0);
}

/** Goes to a view from the navigation: back (Shift+Tab) from the start of the view into the app bar. */
async function viaNavigation(page: Page, link: string): Promise<void> {
  await tabTo(page, named(link), { backwards: true });
  await page.keyboard.press('Enter');
}

describe('the keyboard journey', () => {
  it('reads every view, opens a zone, searches, shows a table, saves PNG and CSV, exports and presents without a mouse', async () => {
    const view = await harness.open({ viewport: { width: 1280, height: 800 } });
    const { page } = view;

    // The skip link is the first stop, shows when focused, and moves the focus to the view's heading.
    await tabTo(page, named('Skip to content'), { max: 1 });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent)).toBe(`H1 ${TITLE}`);

    // Every item of the navigation.
    const tour: [link: string, hash: string, announcement: string, heading: string][] = [
      ['Zones', '#/zones', 'Zones, 21 pilot free trade zones', 'Zones'],
      ['Area 1: Promote high-level opening up', '#/areas/opening-up', 'Area 1 of 4, Promote high-level opening up, 7 points', 'Promote high-level opening up'],
      ['Area 2: Deepen reform and innovation', '#/areas/reform-innovation', 'Area 2 of 4, Deepen reform and innovation, 3 points', 'Deepen reform and innovation'],
      ['Area 3: Promote high-quality development', '#/areas/high-quality-development', 'Area 3 of 4, Promote high-quality development, 2 points', 'Promote high-quality development'],
      ['Area 4: Serve the major national strategies', '#/areas/national-strategies', 'Area 4 of 4, Serve the major national strategies, 2 points', 'Serve the major national strategies'],
      ['Outlook', '#/outlook', 'Outlook for 2023, The work for 2023, 3 tasks', 'The work for 2023'],
      ['Charts', '#/charts', 'Charts, 4 charts', 'Charts'],
      ['Source', '#/source', 'Source text', 'The briefing as published'],
      ['Overview', '#/', `Overview, ${TITLE}`, TITLE],
    ];
    for (const [link, hash, announcement, heading] of tour) {
      await viaNavigation(page, link);
      await arrivedAt(page, hash, announcement, heading);
    }

    // A zone from the map: Tab on from the start of the zones view to its tile.
    await viaNavigation(page, 'Zones');
    await arrivedAt(page, '#/zones', 'Zones, 21 pilot free trade zones', 'Zones');
    await tabTo(page, (stop) => stop.zone === 'hubei');
    await page.keyboard.press('Enter');
    await arrivedAt(page, '#/zones/hubei', 'Hubei, set up in 2017, named in 1 point of the briefing', 'Hubei 湖北');

    // Search: Ctrl+K, type, the arrow keys, Enter.
    await page.keyboard.press('Control+k');
    const field = page.getByRole('combobox', { name: 'Search the briefing' });
    await field.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('optoelectronic');
    await page.getByRole('dialog').getByRole('status').filter({ hasText: '3 results' }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-activedescendant')).toBe('search-result-1');
    await page.keyboard.press('Enter');
    await arrivedAt(page, '#/areas/high-quality-development', 'Area 3 of 4, Promote high-quality development, 2 points', 'Promote high-quality development');

    // A chart's table, then Save PNG and Save CSV.
    await viaNavigation(page, 'Charts');
    await arrivedAt(page, '#/charts', 'Charts, 4 charts', 'Charts');
    const panel = page.locator('[data-chart="share-of-national"]');
    await panel.locator('[data-drawn]').waitFor();
    await tabTo(page, named('Show table'));
    await page.keyboard.press('Enter');
    await panel.locator('table').waitFor();
    expect((await focusStop(page)).name).toBe('Show chart');
    await page.keyboard.press('Enter');
    await panel.locator('[data-drawn]').waitFor();
    await tabTo(page, named('Save PNG'), { max: 1 });
    await page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Saved to /saved/pilot-ftz-2022-share-of-national.png' }).waitFor();
    await tabTo(page, named('Save CSV'), { max: 1 });
    await page.keyboard.press('Enter');
    await panel.getByRole('status').filter({ hasText: 'Saved to /saved/pilot-ftz-2022-share-of-national.csv' }).waitFor();
    expect((await savedFiles(page)).map((f) => f.suggestedName)).toEqual(['pilot-ftz-2022-share-of-national.png', 'pilot-ftz-2022-share-of-national.csv']);

    // Export PDF from the toolbar: a modal dialog, its options by arrow keys, Escape back to the button.
    await tabTo(page, named('Export PDF'), { backwards: true });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.waitFor();
    expect((await focusStop(page)).inDialog).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: /Slide handouts/ }).isChecked()).toBe(true);
    await tabTo(page, named('Export…'));
    await page.keyboard.press('Enter');
    expect(await dialog.getByRole('alert').innerText()).toBe('Exporting a PDF needs the desktop app.');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect((await focusStop(page)).name).toBe('Export PDF');
    // …and from Ctrl+E.
    await page.keyboard.press('Control+e');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Present (F5), step the slides, the presenter view (S), and leave (Escape) back where we were.
    await page.keyboard.press('F5');
    await page.waitForFunction(() => window.location.hash === '#/present/1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => window.location.hash === '#/present/3');
    await page.keyboard.press('s');
    await page.locator('.presenter').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => window.location.hash === '#/present/2');
    await page.keyboard.press('Escape');
    await arrivedAt(page, '#/charts', 'Charts, 4 charts', 'Charts');

    expect(view.problems).toEqual([]);
    await view.close();
  }, 240_000);

  it('has no keyboard trap: Tab goes through every control of a view and comes back round to the skip link', async () => {
    for (const route of ['#/', '#/zones', '#/charts']) {
      const view = await harness.open({ route, viewport: { width: 1280, height: 800 } });
      await view.page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
      const first = await tabTo(view.page, named('Skip to content'), { max: 1 });
      const round = await tabTo(view.page, named('Skip to content'), { max: 200 });
      const controls = round.filter((s) => s.tag !== 'BODY');
      expect(controls.length, route).toBeGreaterThan(15);
      expect(first).toHaveLength(1);
      await view.close();
    }
  }, 180_000);

  it('reaches every item of the folded menu at 320 px (400 % zoom), and Escape folds it back', async () => {
    const view = await harness.open({ viewport: { width: 320, height: 256 } });
    const { page } = view;
    await tabTo(page, named('Menu'), { max: 5 });
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('true');
    const stops = await tabTo(page, (stop) => stop.name.startsWith('Theme:'));
    expect(stops.map((s) => s.name)).toEqual([
      'Overview',
      'Zones',
      'Area 1: Promote high-level opening up',
      'Area 2: Deepen reform and innovation',
      'Area 3: Promote high-quality development',
      'Area 4: Serve the major national strategies',
      'Outlook',
      'Charts',
      'Source',
      'Search Ctrl K',
      'Export PDF',
      'Present',
      'Theme: system. Change theme',
    ]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect((await focusStop(page)).name).toBe('Menu');
    await page.keyboard.press('Enter');
    await tabTo(page, named('Zones'));
    await page.keyboard.press('Enter');
    await arrivedAt(page, '#/zones', 'Zones, 21 pilot free trade zones', 'Zones');
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    await view.close();
  }, 120_000);

  it('presses the presenter view’s timer buttons with Enter and Space, without stepping the slides', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1366, height: 768 } });
    const { page } = view;
    await page.keyboard.press('s');
    await tabTo(page, named('Pause timer'));
    await page.keyboard.press('Enter');
    expect((await focusStop(page)).name).toBe('Resume timer');
    await tabTo(page, named('Reset timer'));
    await page.keyboard.press(' ');
    expect(await page.getByTestId('elapsed').innerText()).toBe('0:00');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/present/2');
    // The notes scroll, so Tab reaches them too (and the arrow keys then scroll them).
    await tabTo(page, (stop) => stop.name === 'Speaker notes');
    await view.close();
  });

  it('opens the slide whose thumbnail has the focus, in the slide overview, with Enter', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1280, height: 800 } });
    const { page } = view;
    await page.keyboard.press('o');
    await page.getByRole('dialog', { name: 'All slides' }).waitFor();
    await tabTo(page, (stop) => /\bSlide 5 ?: /.test(stop.name));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/present/5');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await view.close();
  });
});
