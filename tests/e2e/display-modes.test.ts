/**
 * Windows high contrast and reduced motion, emulated in Chromium.
 *
 * Forced colours (`forced-colors: active`): the system's colours replace the page's, and
 * backgrounds are dropped. Every control, tile, focus ring and chart must stay visible: tiles and
 * buttons keep a border, the current view keeps its mark, the 'named' dot and the Derived badge
 * are drawn with borders, and the charts' canvas (which the system does not recolour) is drawn in
 * the system's colours. Screenshots in both system palettes go to
 * test-results/screenshots/forced-colors-*.png, to be looked at.
 *
 * Reduced motion: nothing animates and nothing transitions, charts included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './fixtures/harness';
import { routeSlug } from './fixtures/routes';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SHOWN = ['#/', '#/zones', '#/zones/shaanxi', '#/areas/opening-up', '#/charts', '#/source?quote=customs-clearance-days-saved'];

async function show(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), route);
  await page.waitForFunction((hash) => window.location.hash === hash, route);
  await page.locator('main h1').first().waitFor();
  await page.locator('[data-chart-canvas]:not([data-drawn])').first().waitFor({ state: 'detached' });
}

/** Elements whose border is missing or drawn in their own background colour. */
function borderless(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        const s = getComputedStyle(el);
        return s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) < 1 || s.borderTopColor === s.backgroundColor || s.borderTopColor === 'rgba(0, 0, 0, 0)';
      })
      .map((el) => `${el.className}: ${el.textContent?.trim().slice(0, 30)}`),
  );
}

/** A system colour as Chromium resolves it (read where forcing cannot change it). */
function systemColour(page: Page, keyword: string): Promise<string> {
  return page.evaluate((k) => {
    const probe = document.createElement('span');
    probe.style.cssText = `color:${k};forced-color-adjust:none`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, keyword);
}

/** How many pixels of a canvas are drawn in a colour (any opacity; ±2 per channel for rounding). */
function pixelsOf(page: Page, selector: string, colour: string): Promise<number> {
  const [r, g, b] = colour.replace(/^rgba?\(|\)$/g, '').split(',').map(Number);
  return page.locator(selector).evaluate(
    (canvas: HTMLCanvasElement, [cr, cg, cb]) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 0 && Math.abs(data[i]! - cr!) <= 2 && Math.abs(data[i + 1]! - cg!) <= 2 && Math.abs(data[i + 2]! - cb!) <= 2) count++;
      }
      return count;
    },
    [r, g, b],
  );
}

describe('Windows high contrast (forced colours)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`keeps tiles, buttons, the current view, the badge and the focus ring visible, ${colorScheme} system palette`, async () => {
      const view = await harness.open({ forcedColors: 'active', colorScheme });
      const { page } = view;
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      for (const route of SHOWN) {
        await show(page, route);
        await harness.screenshot(page, `forced-colors-${routeSlug(route)}-${colorScheme}`, { fullPage: true });
      }
      await show(page, '#/zones');
      expect(await borderless(page, '.tile')).toEqual([]);
      expect(await borderless(page, '.tile-dot')).toEqual([]);
      expect(await borderless(page, '.btn')).toEqual([]);
      expect(await borderless(page, '.controls input[type="search"], .controls select')).toEqual([]);
      // The current view loses its fill: a frame and an underline mark it, and no other item.
      const marks = await page.locator('nav a').evaluateAll((links) =>
        links.map((a) => {
          const s = getComputedStyle(a);
          return `${a.textContent}: ${s.borderTopStyle} ${s.textDecorationLine}`;
        }),
      );
      expect(marks.filter((m) => !m.endsWith('none none'))).toEqual(['Zones: solid underline']);
      await show(page, '#/');
      expect(await borderless(page, '.badge')).toEqual([]);
      // The focus ring: the first control after the skip link.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
      });
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(ring.colour).not.toBe(await systemColour(page, 'Canvas'));
      await harness.screenshot(page, `forced-colors-focus-ring-${colorScheme}`);
      expect(view.problems).toEqual([]);
      await view.close();
    }, 180_000);

    it(`draws the charts in the system's colours, ${colorScheme} system palette`, async () => {
      const view = await harness.open({ forcedColors: 'active', colorScheme, route: '#/charts' });
      const { page } = view;
      await show(page, '#/charts');
      const highlight = await systemColour(page, 'Highlight');
      const text = await systemColour(page, 'CanvasText');
      for (const id of ['share-of-national', 'high-tech-foreign-capital-within-foreign-capital']) {
        const canvas = `[data-chart="${id}"] canvas`;
        // The subject's bars in Highlight, labels in CanvasText; none of the page's own teal (#0b5d6b / #6cc4d2).
        expect(await pixelsOf(page, canvas, highlight), `${id}: Highlight`).toBeGreaterThan(500);
        expect(await pixelsOf(page, canvas, text), `${id}: CanvasText`).toBeGreaterThan(50);
        expect(await pixelsOf(page, canvas, 'rgb(11, 93, 107)')).toBe(0);
        expect(await pixelsOf(page, canvas, 'rgb(108, 196, 210)')).toBe(0);
      }
      for (const id of ['share-of-national', 'high-tech-foreign-capital-within-foreign-capital']) {
        await page.locator(`[data-chart="${id}"]`).scrollIntoViewIfNeeded();
        await harness.screenshot(page, `forced-colors-chart-${id}-${colorScheme}`);
      }
      expect(view.problems).toEqual([]);
      await view.close();
    }, 120_000);
  }

  it('shows the search and export dialogs, and the slides and presenter view (for the redesign), in high contrast', async () => {
    const view = await harness.open({ forcedColors: 'active' });
    const { page } = view;
    await page.keyboard.press('Control+k');
    await page.getByRole('combobox').fill('hubei');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('[role="option"][aria-selected="true"]').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(active).toBe('solid');
    await harness.screenshot(page, 'forced-colors-search');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+e');
    await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
    await harness.screenshot(page, 'forced-colors-export');
    await page.keyboard.press('Escape');
    // The slides and the presenter view, for the redesign to look at: a figures slide, a chart slide, the presenter view.
    await page.evaluate(() => (window.location.hash = '#/present/2'));
    await page.locator('.present').waitFor();
    await harness.screenshot(page, 'forced-colors-slide-2');
    await page.keyboard.press('1');
    await page.keyboard.press('0');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/present/10');
    await page.locator('.audience .current [data-chart-canvas][data-drawn]').waitFor();
    await harness.screenshot(page, 'forced-colors-slide-10');
    await page.keyboard.press('s');
    await page.locator('.presenter').waitFor();
    await harness.screenshot(page, 'forced-colors-presenter-view');
    await view.close();
  }, 120_000);
});

describe('reduced motion', () => {
  it('turns off every animation and transition, whoever adds one', async () => {
    const view = await harness.open({ reducedMotion: 'reduce' });
    const durations = await view.page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.transition = 'opacity 10s ease 1s';
      probe.style.animationName = 'none';
      probe.style.animationDuration = '10s';
      document.body.append(probe);
      const s = getComputedStyle(probe);
      const found = { transition: s.transitionDuration, delay: s.transitionDelay, animation: s.animationDuration };
      probe.remove();
      return found;
    });
    expect(durations).toEqual({ transition: '0s', delay: '0s', animation: '0s' });
    await view.close();
  });

  it('draws the charts at once, without animating them', async () => {
    const view = await harness.open({ reducedMotion: 'reduce' });
    // Frames from the charts view being asked for to every chart drawn: one or two, not an animation's worth.
    const frames = await view.page.evaluate(async () => {
      window.location.hash = '#/charts';
      let count = 0;
      while (document.querySelectorAll('[data-chart-canvas]').length < 4) await new Promise(requestAnimationFrame);
      while (document.querySelectorAll('[data-chart-canvas][data-drawn]').length < 4) {
        count += 1;
        await new Promise(requestAnimationFrame);
      }
      return count;
    });
    expect(frames).toBeLessThanOrEqual(2);
    expect(await view.page.evaluate(() => document.getAnimations().length)).toBe(0);
    await view.close();
  });
});
