/**
 * Presenting in Chromium: the whole deck stepped through with the keys clickers send, every slide
 * measured for overflow at a projector's 1024×768 and at 1920×1080, and the screens and layers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './fixtures/harness';
import { dispatchMenuCommand } from './fixtures/browser-contract';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TITLES = [
  "China's Pilot Free Trade Zones in 2022",
  'Promote high-level opening up',
  'Deepen reform and innovation',
  'Promote high-level opening up',
  'Deepen reform and innovation',
  'Promote high-quality development',
  'Serve the major national strategies',
  '21 pilot free trade zones',
  "The pilot free trade zones' share of the national totals",
  'Year-on-year growth',
  'Foreign capital used in high-tech industries, within foreign capital actually used',
  'Pilot free trade zones by the year they were set up',
  'The work for 2023',
  'Source',
];

/** Waits for the location's hash: slides are shown with replaceState, which is not a navigation. */
async function hashIs(page: Page, hash: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe(hash);
}

async function shown(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.audience .slide') as HTMLElement;
    const box = slide.getBoundingClientRect();
    // Every element of the slide lies within the slide (1px for rounding), and nothing scrolls.
    const outside = [...slide.querySelectorAll('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
      })
      .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 30)}`);
    const body = parseFloat(getComputedStyle(slide.querySelector('li, .line, .figure-label, .takeaway, dd') ?? slide).fontSize) * (box.width / slide.offsetWidth);
    return {
      title: slide.querySelector('h2')?.textContent ?? '',
      number: slide.querySelector('.slide-number')?.textContent ?? '',
      outside,
      scrolls: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
      bodyPx: body,
      url: location.hash,
    };
  });
}

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  describe(`the deck at ${width}×${height}`, () => {
    it('steps through every slide with the keys, and every slide fits with big type', async () => {
      const view = await harness.open({ route: '#/present/1', viewport: { width, height } });
      const keys = ['ArrowRight', ' ', 'PageDown', 'ArrowDown'];
      for (let i = 0; i < TITLES.length; i++) {
        await hashIs(view.page, `#/present/${i + 1}`);
        await view.page.locator('.audience .slide-number', { hasText: `${i + 1} / ${TITLES.length}` }).waitFor();
        const s = await shown(view.page);
        expect(s.title, `slide ${i + 1}`).toBe(TITLES[i]);
        expect(s.number).toBe(`${i + 1} / ${TITLES.length}`);
        expect(s.url).toBe(`#/present/${i + 1}`);
        expect(s.outside, `slide ${i + 1} overflows`).toEqual([]);
        expect(s.scrolls).toBe(false);
        expect(s.bodyPx, `slide ${i + 1} body text`).toBeGreaterThanOrEqual(width === 1024 ? 22 : 28);
        await harness.screenshot(view.page, `present-${width}x${height}-${String(i + 1).padStart(2, '0')}`);
        await view.page.keyboard.press(keys[i % keys.length]!);
      }
      // Past the end it stays on the last slide.
      expect((await shown(view.page)).number).toBe(`${TITLES.length} / ${TITLES.length}`);
      for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) await view.page.keyboard.press(key);
      expect((await shown(view.page)).number).toBe(`${TITLES.length - 3} / ${TITLES.length}`);
      await view.page.keyboard.press('Shift+Space');
      expect((await shown(view.page)).number).toBe(`${TITLES.length - 4} / ${TITLES.length}`);
      await view.page.keyboard.press('Home');
      expect((await shown(view.page)).number).toBe(`1 / ${TITLES.length}`);
      await view.page.keyboard.press('End');
      expect((await shown(view.page)).number).toBe(`${TITLES.length} / ${TITLES.length}`);
      await view.page.keyboard.press('3');
      await view.page.keyboard.press('Enter');
      expect((await shown(view.page)).title).toBe(TITLES[2]);
      await view.page.keyboard.press('1');
      await view.page.keyboard.press('2');
      await view.page.keyboard.press('Enter');
      expect((await shown(view.page)).title).toBe(TITLES[11]);
      expect(view.problems).toEqual([]);
      await view.close();
    });
  });
}

describe('presenting', () => {
  it('blacks and whites the screen, shows the overview, and Escape closes each', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1024, height: 768 } });
    const { page } = view;
    await page.keyboard.press('b');
    expect(await page.getByTestId('blank-screen').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    expect(await page.getByTestId('blank-screen').count()).toBe(0);
    await page.keyboard.press('.');
    expect(await page.getByTestId('blank-screen').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('blank-screen').count()).toBe(0);
    await page.keyboard.press('w');
    expect(await page.getByTestId('blank-screen').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'All slides' });
    expect(await overview.getByRole('button').count()).toBe(TITLES.length);
    await harness.screenshot(page, 'present-overview');
    await overview.getByRole('button', { name: 'Slide 10: Year-on-year growth' }).click();
    expect((await shown(page)).title).toBe('Year-on-year growth');
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await hashIs(page, '#/present/10');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('advances on a click', async () => {
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1024, height: 768 } });
    await view.page.locator('.audience').click();
    expect((await shown(view.page)).number).toBe(`2 / ${TITLES.length}`);
    await view.close();
  });

  it('does not race through the deck while a key is held', async () => {
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1024, height: 768 } });
    await view.page.evaluate(() => {
      for (let i = 0; i < 20; i++) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', repeat: i > 0 }));
    });
    expect((await shown(view.page)).number).toBe(`2 / ${TITLES.length}`);
    await view.close();
  });

  it('shows the presenter view with the next slide, notes, clock and a timer that pauses and resets', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1440, height: 900 }, clock: true });
    const { page } = view;
    await page.keyboard.press('s');
    expect(await page.locator('.pv-current .slide h2').innerText()).toBe(TITLES[1]);
    expect(await page.locator('.pv-next .slide h2').innerText()).toBe(TITLES[2]);
    const notes = await page.getByRole('region', { name: 'Speaker notes' }).innerText();
    expect(notes).toContain('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
    await page.getByRole('button', { name: 'Pause timer' }).click();
    const paused = await page.getByTestId('elapsed').innerText();
    await page.clock.runFor(5_000);
    expect(await page.getByTestId('elapsed').innerText()).toBe(paused);
    await page.getByRole('button', { name: 'Reset timer' }).click();
    expect(await page.getByTestId('elapsed').innerText()).toBe('0:00');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.pv-current .slide h2').innerText()).toBe(TITLES[2]);
    await harness.screenshot(page, 'present-presenter-view');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('starts from the toolbar, F5 or the menu, leaves with Escape, and remembers the slide', async () => {
    const view = await harness.open({ route: '#/zones', viewport: { width: 1280, height: 800 } });
    const { page } = view;
    await page.getByRole('button', { name: /Present/ }).click();
    await hashIs(page, '#/present/1');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await hashIs(page, '#/zones');
    await page.keyboard.press('F5');
    await hashIs(page, '#/present/3');
    await page.keyboard.press('Escape');
    await dispatchMenuCommand(page, 'present');
    await hashIs(page, '#/present/3');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('has a dark projector theme with high contrast', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1920, height: 1080 }, colorScheme: 'dark' });
    const colours = await view.page.locator('.audience .slide').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await harness.screenshot(view.page, 'present-dark-02');
    await view.close();
  });
});
