/**
 * The baselines, made from the app in the same run, and the checks that they show the same thing:
 * - the overview saved as static HTML: same headline text, and a screenshot that differs from the
 *   app's in (almost) no pixel;
 * - each print document saved as static HTML: printed with the same set-up, the same number of
 *   pages and the same text (checked on the PDFs of the first timed pair, `checkPrintCopy`);
 * - the deck in reveal.js: each slide's text the same and its screenshot compared with the app's;
 *   its `?print-pdf` handout the same number of pages, each page holding its slide's words
 *   (`checkRevealHandout`, on the first timed pair's PDFs too).
 */
import type { Browser, Page } from 'playwright-core';
import { FIRST_VIEW_ATTRIBUTE } from '../../electron/shared/first-view';
import { appPrintUrl, appUrl, newPage } from './browser';
import { extractDeck, type ExtractedDeck } from './deck-extract';
import { imageDifference, imageDifferences } from './image-diff';
import { HEADLINE_SELECTOR, OVERVIEW_VIEWPORT } from './overview';
import { pdfPages, PRINT_READY_SELECTOR, PRINT_VIEWPORT, wordCoverage, type PrintContent } from './pdf-timing';
import { serveRevealDeck } from './reveal-deck';
import type { BenchServer } from './server';
import { saveStaticCopy, type StaticCopy } from './static-snapshot';

export const DECK_VIEWPORT = { width: 1600, height: 900 };
export const PDF_TITLE = "China's Pilot Free Trade Zones in 2022";

/** Waits for web fonts and two frames, so what is on screen is complete. */
async function complete(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

export interface OverviewCopy {
  copy: StaticCopy;
  sameHeadline: boolean;
  /** Share of pixels that differ between the app's screenshot and the copy's. */
  pixelDifference: number;
}

async function overviewShot(browser: Browser, url: string, app: boolean, server?: BenchServer) {
  const opened = await newPage(browser, { viewport: OVERVIEW_VIEWPORT }, app);
  try {
    await opened.page.goto(url);
    await opened.page.waitForSelector(HEADLINE_SELECTOR);
    // The app once mounted, not the first view written into its page, which it replaces.
    if (app) await opened.page.waitForFunction((attribute) => !document.querySelector(`[${attribute}]`), FIRST_VIEW_ATTRIBUTE);
    await complete(opened.page);
    const headline = await opened.page.locator(HEADLINE_SELECTOR).first().textContent();
    const shot = await opened.page.screenshot();
    const copy = server ? await saveStaticCopy(opened.page, server, 'overview') : undefined;
    return { headline, shot, copy };
  } finally {
    await opened.close();
  }
}

export async function makeOverviewCopy(browser: Browser, server: BenchServer): Promise<OverviewCopy> {
  const app = await overviewShot(browser, appUrl(server.url, '#/'), true, server);
  const copy = app.copy!;
  const saved = await overviewShot(browser, `${server.url}${copy.path}`, false);
  const pixelDifference = await imageDifference(browser, app.shot, saved.shot);
  return { copy, sameHeadline: app.headline === saved.headline && !!app.headline, pixelDifference };
}

export interface PrintCopy {
  copy: StaticCopy;
  /** The width of the first slide as printed (the handout), in CSS pixels. */
  slideWidth?: number;
}

/** Saves the app's print document `content` (A4) as a static copy. */
export async function makePrintCopy(browser: Browser, server: BenchServer, content: PrintContent): Promise<PrintCopy> {
  const opened = await newPage(browser, { viewport: PRINT_VIEWPORT }, true);
  try {
    await opened.page.goto(appPrintUrl(server.url, content, { kind: 'bundled' }));
    await opened.page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached' });
    await complete(opened.page);
    const copy = await saveStaticCopy(opened.page, server, content);
    const slideWidth = await opened.page.evaluate(() => document.querySelector('[data-slide]')?.getBoundingClientRect().width);
    return slideWidth ? { copy, slideWidth } : { copy };
  } finally {
    await opened.close();
  }
}

export interface PrintCheck {
  appPages: number;
  copyPages: number;
  sameText: boolean;
}

const squash = (pages: string[]): string => pages.join('').replace(/\s+/g, '');

/** The app's PDF and its static copy's: the same pages, the same text (outside the charts, which the app prints as text and paths and the copy holds as pictures). */
export async function checkPrintCopy(app: Buffer, copy: Buffer): Promise<PrintCheck> {
  const [a, c] = [await pdfPages(app, { figures: false }), await pdfPages(copy, { figures: false })];
  return { appPages: a.length, copyPages: c.length, sameText: squash(a) === squash(c) };
}

export interface RevealCopy {
  deck: ExtractedDeck;
  path: string;
  /** The handout's slide scale, which the reveal.js print layout copies. */
  printScale: number;
  sameText: boolean;
  /** Largest share of differing pixels between the app's slide and reveal.js's, per slide type. */
  pixelDifference: { text: number; chart: number };
}

async function revealShots(browser: Browser, url: string, deck: ExtractedDeck) {
  const opened = await newPage(browser, { viewport: DECK_VIEWPORT }, false);
  try {
    await opened.page.goto(url);
    await opened.page.waitForSelector('body[data-bench-ready="true"]', { state: 'attached' });
    const shown: { text: string; shot: Buffer }[] = [];
    for (const slide of deck.slides) {
      if (slide.index > 1) await opened.page.keyboard.press('ArrowRight');
      await complete(opened.page);
      await opened.page.waitForTimeout(100);
      const text = await opened.page.evaluate(() => ((document.querySelector('.reveal .slides > section.present [data-slide]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim());
      shown.push({ text, shot: await opened.page.screenshot() });
    }
    return shown;
  } finally {
    await opened.close();
  }
}

/** The app's deck in reveal.js, its slides compared with the app's; `slideWidth` is the handout's. */
export async function makeRevealCopy(browser: Browser, server: BenchServer, slideWidth: number): Promise<RevealCopy> {
  const deck = await extractDeck(browser, server.url, DECK_VIEWPORT);
  const printScale = Math.round((slideWidth / deck.width) * 1000) / 1000;
  const path = serveRevealDeck(server, deck, printScale);
  const shown = await revealShots(browser, `${server.url}${path}`, deck);
  const diffs = await imageDifferences(browser, deck.slides.map((slide, i) => [slide.screenshot, shown[i]!.shot] as const));
  const pixelDifference = { text: 0, chart: 0 };
  deck.slides.forEach((slide, i) => (pixelDifference[slide.kind] = Math.max(pixelDifference[slide.kind], diffs[i]!)));
  return { deck, path, printScale, sameText: deck.slides.every((s, i) => s.text === shown[i]!.text), pixelDifference };
}

export interface RevealHandoutCheck {
  appPages: number;
  revealPages: number;
  /** The smallest share of a slide's words found on its page of reveal.js's handout. */
  wordCoverage: number;
}

/** The app's handout and reveal.js's: as many pages, each page holding its slide's words. */
export async function checkRevealHandout(deck: ExtractedDeck, app: Buffer, reveal: Buffer): Promise<RevealHandoutCheck> {
  const [a, r] = [await pdfPages(app), await pdfPages(reveal)];
  return { appPages: a.length, revealPages: r.length, wordCoverage: Math.min(...deck.slides.map((s, i) => wordCoverage(s.text, r[i] ?? ''))) };
}
