/**
 * A briefing at the format's limits: a 200-character title, 200-character area and point titles
 * and figure labels, 120-character zone names, and 300 zones. Every view, every slide and the
 * print documents (summary, handout, brief) must show it all: long text wraps (nothing runs off sideways), many zones scroll in
 * lists and continue over slides, and nothing is silently cut. Screenshots go to
 * test-results/screenshots/long-briefing-*.png for a person to look at.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LONG_BRIEFING_TITLE as TITLE, LONG_BRIEFING_ZONES as ZONES, longBriefing } from '../support/briefing-variants';
import { PROJECT_ROOT } from '../support/load-bundled';
import { startHarness, type Harness } from './fixtures/harness';
import { measureSlide, slideShown } from './fixtures/slide-measures';
import { printDocument } from './fixtures/print-pdf';
import { execFileSync } from 'node:child_process';
import { PAPER_INCHES } from '../../electron/shared/print-pages';
import type { PrintContent } from '../../electron/shared/ipc-contract';

let harness: Harness;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bv-long-'));
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

  /** Every word of a PDF with its box, in points, as `pdftotext -bbox` reads it. */
  function pdfWords(file: string): { page: number; word: string; xMin: number; xMax: number }[] {
    const html = execFileSync('pdftotext', ['-bbox', file, '-']).toString();
    const words: { page: number; word: string; xMin: number; xMax: number }[] = [];
    let page = 0;
    for (const line of html.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
      if (m) words.push({ page, word: m[3]!, xMin: Number(m[1]), xMax: Number(m[2]) });
    }
    return words;
  }

  for (const content of ['summary', 'handout', 'brief'] as const satisfies readonly PrintContent[]) {
    it(`prints the ${content} with every word on its page, none running off the paper's side`, async () => {
      const b = longBriefing();
      const printed = await printDocument(harness, content, 'a4', b);
      expect(printed.problems).toEqual([]);
      const file = join(dir, `long-${content}.pdf`);
      await writeFile(file, printed.bytes);
      const a4 = PAPER_INCHES.a4;
      const pageWidth = (content === 'handout' ? a4.height : a4.width) * 72;
      const words = pdfWords(file);
      // Inside the paper, with at least a few points of margin on either side.
      const off = words.filter((w) => w.xMin < 4 || w.xMax > pageWidth - 4).map((w) => `page ${w.page}: ${w.word}`);
      expect(off).toEqual([]);
      const text = words.map((w) => w.word).join(' ');
      // The long title whole, wrapped over lines but never cut.
      expect(text).toContain(TITLE);
      if (content === 'summary') for (const z of b.zones ?? []) expect(text, z.id).toContain(z.nameEn);
    });
  }
});
