/**
 * A briefing at the format's limits: a 200-character title, 200-character area and point titles
 * and figure labels, 120-character zone names, and 300 zones. Every view, every slide and the
 * summary PDF must show it all: long text wraps (nothing runs off sideways), many zones scroll in
 * lists and continue over slides, and nothing is silently cut. Screenshots go to
 * test-results/screenshots/long-briefing-*.png for a person to look at.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LONG_BRIEFING_ZONES as ZONES, longBriefing } from '../support/briefing-variants';
import { PROJECT_ROOT } from '../support/load-bundled';
import { startHarness, type Harness } from './fixtures/harness';
import { measureSlide, slideShown } from './fixtures/slide-measures';

let harness: Harness;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bv-long-'));
  await writeFile(join(dir, 'long.json'), JSON.stringify(longBriefing()));
  await copyFile(join(PROJECT_ROOT, 'assets', 'briefings', 'pilot-ftz-2022-briefing.txt'), join(dir, 'pilot-ftz-2022-briefing.txt'));
  harness = await startHarness({ briefingPath: join(dir, 'long.json') });
});
afterAll(async () => {
  await harness?.close();
});

/** Elements whose box runs off the page's width: anything a reader would have to scroll sideways to see. */
async function sideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('[data-scroll-region], .tiles'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

describe('a briefing at the format’s limits', () => {
  for (const [route, name] of [
    ['#/', 'overview'],
    ['#/zones', 'zones'],
    ['#/zones/zone-1', 'zone'],
    ['#/areas/opening-up', 'area'],
    ['#/charts', 'charts'],
  ] as const) {
    it(`wraps long text on the ${name} view, nothing running off sideways`, async () => {
      const view = await harness.open({ route, viewport: { width: 1024, height: 768 } });
      expect(await view.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await sideways(view.page)).toEqual([]);
      if (name === 'zones') expect(await view.page.locator('[data-zone-row]').count()).toBe(ZONES);
      await harness.screenshot(view.page, `long-briefing-${name}`, { fullPage: name !== 'zones' });
      expect(view.problems).toEqual([]);
      await view.close();
    });
  }

  it('shows every zone and every point on slides, continued where they do not fit, nothing cut off', async () => {
    const view = await harness.open({ route: '#/present/1', viewport: { width: 1024, height: 768 } });
    const count = Number((await view.page.locator('.audience .current .slide-number').innerText()).split(' / ')[1]);
    const zones = new Set<string>();
    for (let i = 1; i <= count; i++) {
      await slideShown(view.page, i, count);
      const m = await measureSlide(view.page);
      expect(m.overflowing, `slide ${i} (${m.title.slice(0, 40)}…) overflows`).toEqual([]);
      expect(m.smallestTextPx, `slide ${i}`).toBeGreaterThanOrEqual(0.03 * 768);
      for (const z of await view.page.locator('.audience .current .zone-list .name').allInnerTexts()) zones.add(z);
      if (i <= 4 || i % 5 === 0) await harness.screenshot(view.page, `long-briefing-slide-${String(i).padStart(2, '0')}`);
      await view.page.keyboard.press('ArrowRight');
    }
    expect(zones.size).toBe(ZONES);
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
