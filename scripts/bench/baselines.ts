/**
 * The baselines, made from the app in the same run, and the checks that they show the same thing:
 * - the overview saved as static HTML: same headline text, and a screenshot that differs from the
 *   app's in (almost) no pixel;
 * - each print document saved as static HTML: printed with the same set-up, the same number of
 *   pages and the same text;
 * - the deck in reveal.js: each slide's text the same and its screenshot compared with the app's;
 *   its `?print-pdf` handout the same number of pages, each page holding its slide's words.
 */
import type { Browser, Page } from 'playwright-core';
import { appUrl, newPage } from './browser';
import { extractDeck, type ExtractedDeck } from './deck-extract';
import { imageDifference } from './image-diff';
import { HEADLINE_SELECTOR, OVERVIEW_VIEWPORT } from './overview';
import { pdfPages, PRINT_READY_SELECTOR, PRINT_VIEWPORT, timePdf, wordCoverage, type PrintContent } from './pdf-timing';
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
  appPages: number;
  copyPages: number;
  sameText: boolean;
}

const squash = (pages: string[]): string => pages.join('').replace(/\s+/g, '');

export async function makePrintCopy(browser: Browser, server: BenchServer, content: PrintContent): Promise<PrintCopy> {
  const route = appUrl(server.url, `#/print/${content}?paper=a4`);
  const opened = await newPage(browser, { viewport: PRINT_VIEWPORT }, true);
  let copy: StaticCopy;
  try {
    await opened.page.goto(route);
    await opened.page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached' });
    await complete(opened.page);
    copy = await saveStaticCopy(opened.page, server, content);
  } finally {
    await opened.close();
  }
  const print = (url: string, app: boolean) => timePdf(browser, { url, app, content, title: PDF_TITLE }, 120_000);
  const app = await pdfPages((await print(route, true))!.bytes);
  const saved = await pdfPages((await print(`${server.url}${copy.path}`, false))!.bytes);
  return { copy, appPages: app.length, copyPages: saved.length, sameText: squash(app) === squash(saved) };
}

/** How the app's handout scales a slide: its printed width over the slide's own (0.6 today). */
async function handoutSlideScale(browser: Browser, server: BenchServer, deckWidth: number): Promise<number> {
  const opened = await newPage(browser, { viewport: PRINT_VIEWPORT }, true);
  try {
    await opened.page.goto(appUrl(server.url, '#/print/handout?paper=a4'));
    await opened.page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached' });
    const width = await opened.page.evaluate(() => document.querySelector('[data-slide]')?.getBoundingClientRect().width ?? 0);
    if (!(width > 0)) throw new Error('The handout page shows no [data-slide] element to take the slide size from.');
    return Math.round((width / deckWidth) * 1000) / 1000;
  } finally {
    await opened.close();
  }
}

export interface RevealCopy {
  deck: ExtractedDeck;
  path: string;
  /** The handout's slide scale, which the reveal.js print layout copies. */
  printScale: number;
  sameText: boolean;
  /** Largest share of differing pixels between the app's slide and reveal.js's, per slide type. */
  pixelDifference: { text: number; chart: number };
  handoutPages: { app: number; reveal: number };
  /** The smallest share of a slide's words found on its page of reveal.js's handout. */
  handoutWordCoverage: number;
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

export async function makeRevealCopy(browser: Browser, server: BenchServer): Promise<RevealCopy> {
  const deck = await extractDeck(browser, server.url, DECK_VIEWPORT);
  const printScale = await handoutSlideScale(browser, server, deck.width);
  const path = serveRevealDeck(server, deck, printScale);
  const shown = await revealShots(browser, `${server.url}${path}`, deck);
  const pixelDifference = { text: 0, chart: 0 };
  for (const [i, slide] of deck.slides.entries()) {
    const diff = await imageDifference(browser, slide.screenshot, shown[i]!.shot);
    pixelDifference[slide.kind] = Math.max(pixelDifference[slide.kind], diff);
  }
  const print = (url: string, app: boolean) => timePdf(browser, { url, app, content: 'handout', title: PDF_TITLE }, 120_000);
  const app = await pdfPages((await print(appUrl(server.url, '#/print/handout?paper=a4'), true))!.bytes);
  const reveal = await pdfPages((await print(`${server.url}${path}?print-pdf`, false))!.bytes);
  const coverage = deck.slides.map((s, i) => wordCoverage(s.text, reveal[i] ?? ''));
  return {
    deck,
    path,
    printScale,
    sameText: deck.slides.every((s, i) => s.text === shown[i]!.text),
    pixelDifference,
    handoutPages: { app: app.length, reveal: reveal.length },
    handoutWordCoverage: Math.min(...coverage),
  };
}
