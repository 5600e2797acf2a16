/**
 * Presenting in Chromium, judged as a presenter in a large room would: every slide stepped
 * through at a projector's 1024×768 (4:3) and at 1920×1080 (16:9), in the light and dark
 * projector themes, and measured — the smallest text (chart labels included) at least 3 % of the
 * screen's height, nothing overflowing or cut off, no slide between the title and the closing
 * more than 40 % empty, no two slides with the same title. Screenshots of every slide go to
 * test-results/screenshots/. Then the layers: blank screens, the overview (its thumbnails
 * compared with the slides, pixel by pixel), the presenter view on a laptop, the laser pointer
 * and the zoom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { startHarness, type Harness } from './fixtures/harness';
import { dispatchMenuCommand, sentStates } from './fixtures/browser-contract';
import { measureSlide, slideShown } from './fixtures/slide-measures';
import { BUNDLED_DECK_TITLES } from '../support/bundled-deck';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The deck of the bundled briefing, in order. */
const TITLES = BUNDLED_DECK_TITLES;
const COUNT = TITLES.length;

/** Waits for the location's hash: slides are shown with replaceState, which is not a navigation. */
async function hashIs(page: Page, hash: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe(hash);
}

const shownNumber = (page: Page) => page.locator('.audience .current .slide-number').innerText();

for (const [width, height] of [
  [1024, 768],
  [1920, 1080],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    describe(`the deck at ${width}×${height}, ${theme}`, () => {
      it('reads from the back of the room: big type, nothing cut off, no slide mostly empty, no title twice', async () => {
        const view = await harness.open({ route: '#/present/1', viewport: { width, height }, colorScheme: theme });
        const keys = ['ArrowRight', ' ', 'PageDown', 'ArrowDown', 'Enter', 'n'];
        const report: string[] = [];
        for (let i = 1; i <= COUNT; i++) {
          await slideShown(view.page, i, COUNT);
          const m = await measureSlide(view.page);
          report.push(`${i} ${m.smallestTextPx.toFixed(1)}px ${(m.emptyShare * 100).toFixed(0)}% empty`);
          expect(m.title, `slide ${i}`).toBe(TITLES[i - 1]);
          expect(m.overflowing, `slide ${i} overflows`).toEqual([]);
          expect(m.smallestTextPx, `slide ${i}: ${m.smallestText}`).toBeGreaterThanOrEqual(0.03 * height);
          if (i > 1 && i < COUNT) expect(m.emptyShare, `slide ${i} is mostly empty`).toBeLessThanOrEqual(0.4);
          await harness.screenshot(view.page, `present-${width}x${height}-${theme}-${String(i).padStart(2, '0')}`);
          await view.page.keyboard.press(keys[i % keys.length]!);
        }
        console.log(`${width}×${height} ${theme}: ${report.join('; ')}`);
        expect(new Set(TITLES).size).toBe(COUNT);
        expect(view.problems).toEqual([]);
        await view.close();
      });
    });
  }

  it(`moves with every clicker key and jumps by number at ${width}×${height}`, async () => {
    const view = await harness.open({ route: `#/present/${COUNT}`, viewport: { width, height } });
    const { page } = view;
    await page.keyboard.press('ArrowRight');
    expect(await shownNumber(page)).toBe(`${COUNT} / ${COUNT}`);
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowUp']) await page.keyboard.press(key);
    expect(await shownNumber(page)).toBe(`${COUNT - 3} / ${COUNT}`);
    await page.keyboard.press('Shift+Space');
    expect(await shownNumber(page)).toBe(`${COUNT - 4} / ${COUNT}`);
    await page.keyboard.press('Home');
    expect(await shownNumber(page)).toBe(`1 / ${COUNT}`);
    await page.keyboard.press('End');
    expect(await shownNumber(page)).toBe(`${COUNT} / ${COUNT}`);
    for (const key of ['1', '2', 'Enter']) await page.keyboard.press(key);
    await slideShown(page, 12, COUNT);
    await hashIs(page, '#/present/12');
    expect(await page.getByTestId('slide-announcement').innerText()).toBe(`Slide 12 of ${COUNT}: ${TITLES[11]}`);
    expect(view.problems).toEqual([]);
    await view.close();
  });
}

/** Decodes a PNG screenshot. */
const png = (bytes: Buffer) => PNG.sync.read(bytes);

/** An image averaged down to a grid of `columns` × `rows` cells: its layout, not its anti-aliasing. */
function cells(image: PNG, columns: number, rows: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const [x0, x1] = [Math.floor((c * image.width) / columns), Math.floor(((c + 1) * image.width) / columns)];
      const [y0, y1] = [Math.floor((r * image.height) / rows), Math.floor(((r + 1) * image.height) / rows)];
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) for (let k = 0; k < 3; k++) sum += image.data[(y * image.width + x) * 4 + k]!;
      out.push(sum / (3 * (x1 - x0) * (y1 - y0)));
    }
  }
  return out;
}

/**
 * The mean difference (0–255) between a thumbnail and its slide, both averaged to a 64×48 grid;
 * the outermost cells are left out (a screenshot of a scaled element may take a pixel of what
 * surrounds it).
 */
function meanDifference(thumb: PNG, slide: PNG): number {
  const a = cells(thumb, 64, 48);
  const b = cells(slide, 64, 48);
  const inner = a.map((_, i) => i).filter((i) => i % 64 > 0 && i % 64 < 63 && i >= 64 && i < 64 * 47);
  return inner.reduce((sum, i) => sum + Math.abs(a[i]! - b[i]!), 0) / inner.length;
}

describe('the slide overview', () => {
  it('is the deck: every thumbnail the real slide scaled down, charts drawn, on an opaque backdrop', async () => {
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1024, height: 768 } });
    const { page } = view;
    const slides: Buffer[] = [];
    for (let i = 1; i <= COUNT; i++) {
      await slideShown(page, i, COUNT);
      slides.push(await page.locator('.audience .current .stage').screenshot());
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('o');
    const overview = page.getByRole('dialog', { name: 'All slides' });
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.overview [data-chart-canvas]')].every((c) => c.dataset['drawn'] === 'true'));
    expect(await overview.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await harness.screenshot(page, 'present-overview');
    const thumbs = await Promise.all(TITLES.map((_, i) => page.locator(`[data-thumbnail="${i + 1}"] .stage`).screenshot()));
    for (let i = 0; i < COUNT; i++) {
      const thumb = png(thumbs[i]!);
      const own = meanDifference(thumb, png(slides[i]!));
      // Matches its own slide closely, and far better than the slides beside it.
      const others = [i - 1, i + 1].filter((j) => j >= 0 && j < COUNT).map((j) => meanDifference(thumb, png(slides[j]!)));
      expect(own, `thumbnail ${i + 1} differs from its slide`).toBeLessThan(10);
      for (const other of others) expect(own, `thumbnail ${i + 1} looks like another slide`).toBeLessThan(other / 2.5);
    }
    expect(await page.locator('[data-thumbnail][aria-current="true"]').getAttribute('data-thumbnail')).toBe(String(COUNT));
    await view.close();
  });

  it('picks a slide with the arrow keys and Enter, or a click, and closes with Escape', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1920, height: 1080 } });
    const { page } = view;
    await page.keyboard.press('o');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-thumbnail'))).toBe('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const columns = await page.locator('.overview > ol').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
    const expected = 4 + columns;
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-thumbnail'))).toBe(String(expected));
    await page.keyboard.press('Enter');
    await slideShown(page, expected, COUNT);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('o');
    await page.locator('[data-thumbnail="10"]').click();
    await slideShown(page, 10, COUNT);
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await hashIs(page, '#/present/10');
    expect(view.problems).toEqual([]);
    await view.close();
  });
});

describe('presenting', () => {
  it('blacks and whites the screen, and Escape closes each', async () => {
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
    await hashIs(page, '#/present/2');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('keeps the next slide built, its chart drawn, before the key is pressed', async () => {
    const view = await harness.open({ route: '#/present/9', viewport: { width: 1920, height: 1080 } });
    const next = view.page.locator('.audience .slide-layer:not(.current) [data-slide="chart-share-of-national"] [data-chart-canvas]');
    await next.and(view.page.locator('[data-drawn="true"]')).waitFor({ state: 'attached' });
    const before = await next.elementHandle();
    await view.page.keyboard.press('ArrowRight');
    await slideShown(view.page, 10, COUNT);
    // The same, already drawn chart is now the one shown: nothing was built in the key's frame.
    const shown = await view.page.locator('.audience .current [data-chart-canvas]').elementHandle();
    expect(await view.page.evaluate(([a, b]) => a === b, [before, shown])).toBe(true);
    await view.close();
  });

  it('advances on a click', async () => {
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1024, height: 768 } });
    await view.page.locator('.audience').click();
    await slideShown(view.page, 2, COUNT);
    await view.close();
  });

  it('points with a laser (L) and zooms into the slide under the pointer (Z), shared with the other window; Escape undoes both', async () => {
    const view = await harness.open({ route: '#/present/9', viewport: { width: 1600, height: 900 } });
    const { page } = view;
    await slideShown(page, 9, COUNT);
    const stage = (await page.locator('.audience .current .stage').boundingBox())!;
    await page.keyboard.press('l');
    await page.mouse.move(stage.x + stage.width * 0.25, stage.y + stage.height * 0.5);
    const dot = page.getByTestId('laser');
    await dot.waitFor();
    const at = (await dot.boundingBox())!;
    expect(Math.abs(at.x + at.width / 2 - (stage.x + stage.width * 0.25))).toBeLessThan(4);
    await expect.poll(async () => (await sentStates(page)).at(-1)?.pointer?.x).toBeCloseTo(0.25, 2);
    expect((await sentStates(page)).at(-1)?.laser).toBe(true);
    await page.keyboard.press('z');
    await expect.poll(() => page.locator('.audience .current .zoom-layer').evaluate((el) => getComputedStyle(el).transform)).toBe('matrix(2, 0, 0, 2, 0, 0)');
    expect((await sentStates(page)).at(-1)?.zoom?.x).toBeCloseTo(0.25, 2);
    await harness.screenshot(page, 'present-laser-zoom');
    await page.keyboard.press('Escape');
    expect(await dot.count()).toBe(0);
    await expect.poll(() => page.locator('.audience .current .zoom-layer').evaluate((el) => getComputedStyle(el).transform)).toBe('none');
    expect((await sentStates(page)).at(-1)).toMatchObject({ laser: false, zoom: null });
    await hashIs(page, '#/present/9');
    expect(view.problems).toEqual([]);
    await view.close();
  });

  it('starts from the toolbar, F5 or the menu, leaves with Escape, and remembers the slide', async () => {
    const view = await harness.open({ route: '#/zones', viewport: { width: 1280, height: 800 } });
    const { page } = view;
    await page.getByRole('button', { name: /Present/ }).click();
    await hashIs(page, '#/present/1');
    // The slides' code loads on first use; the keys go to them once the first slide is shown.
    await page.locator('.audience .current [data-slide]').waitFor();
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
});

describe('the presenter view on a 1366×768 laptop', () => {
  it('shows the current and next slides, notes at a glance, clock, timer and slide number, nothing overlapping', async () => {
    const view = await harness.open({ route: '#/present/2', viewport: { width: 1366, height: 768 }, clock: true });
    const { page } = view;
    await page.keyboard.press('s');
    expect(await page.locator('.pv-current .slide h2').innerText()).toBe(TITLES[1]);
    expect(await page.locator('.pv-next .slide h2').innerText()).toBe(TITLES[2]);
    expect(await page.getByTestId('presenter-slide-number').textContent()).toBe(`2 of ${COUNT}`);
    const notes = page.getByRole('region', { name: 'Speaker notes' });
    expect(await notes.innerText()).toContain('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
    expect(await notes.locator('p:not(.pv-label)').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    const boxes = await page.locator('.presenter > section').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return { name: el.getAttribute('aria-label'), left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }));
    for (const a of boxes) {
      expect(a.right, `${a.name} off the screen`).toBeLessThanOrEqual(1366);
      expect(a.bottom, `${a.name} off the screen`).toBeLessThanOrEqual(768);
      for (const b of boxes) if (a !== b) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.name} overlaps ${b.name}`).toBe(true);
    }
    await page.getByRole('button', { name: 'Pause timer' }).click();
    const paused = await page.getByTestId('elapsed').innerText();
    await page.clock.runFor(5_000);
    expect(await page.getByTestId('elapsed').innerText()).toBe(paused);
    await page.getByRole('button', { name: 'Reset timer' }).click();
    expect(await page.getByTestId('elapsed').innerText()).toBe('0:00');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.pv-current .slide h2').innerText()).toBe(TITLES[2]);
    await harness.screenshot(page, 'present-presenter-view-1366x768');
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
