/**
 * Time to the overview's first headline figure painted, cold (a fresh browser context: no HTTP
 * cache, no code cache), measured the same way in the app and in its static copy with Chromium's
 * Element Timing: an init script marks the first `[data-figure]` element and everything in it with
 * an `elementtiming` attribute as soon as it enters the DOM (before it can be painted), and the
 * time is the latest paint time Chromium reports for those elements — when the figure card is on
 * screen, text included. Times count from navigation start.
 */
import type { Browser } from 'playwright-core';
import { mainWindowUrl } from '../../electron/shared/first-view';
import type { BriefingOrigin } from '../../electron/shared/ipc-contract';
import { appUrl, newPage, within } from './browser';

export const OVERVIEW_VIEWPORT = { width: 1280, height: 800 };
/** The app's headline figure cards carry `data-figure` (their figure's id). */
export const HEADLINE_SELECTOR = '[data-figure]';

/** Element Timing's entry (not in TypeScript's DOM library yet). */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

/** Runs in the page before its own scripts; must not reference anything outside its body. */
function paintProbe(selector: string): void {
  const w = window as unknown as { __benchPaints: number[] };
  w.__benchPaints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTiming[]) if (entry.identifier === 'bench-headline') w.__benchPaints.push(entry.renderTime || entry.loadTime);
  }).observe({ type: 'element', buffered: true });
  const mark = (el: Element): void => {
    for (const node of [el, ...el.querySelectorAll('*')]) node.setAttribute('elementtiming', 'bench-headline');
  };
  let card: Element | null = null;
  const observer = new MutationObserver((records) => {
    if (w.__benchPaints.length > 0) return observer.disconnect();
    // A card taken out before it was painted (the app mounted in place of a first view written
    // into the page and never shown) does not count: the next one does.
    if (card && !card.isConnected) card = null;
    if (card) {
      for (const r of records) r.addedNodes.forEach((n) => n instanceof Element && card!.contains(n) && mark(n));
      return;
    }
    card = document.querySelector(selector);
    if (card) mark(card);
  });
  observer.observe(document, { childList: true, subtree: true });
}

export const PAINT_PROBE = `(${paintProbe.toString()})(${JSON.stringify(HEADLINE_SELECTOR)});`;

export interface OverviewRun {
  /** Navigation start to the first headline figure card painted (its last part), ms. */
  ms: number;
  /** Elements in the page once it is complete (the DOM's size). */
  elements: number;
}

/**
 * Opens `url` (the app when `app`, else a static page) in a fresh context and times it. Gives
 * undefined if the figure is not on screen within `timeoutMs`.
 */
export async function timeOverview(browser: Browser, url: string, app: boolean, timeoutMs: number): Promise<OverviewRun | undefined> {
  const opened = await newPage(browser, { viewport: OVERVIEW_VIEWPORT, initScripts: [PAINT_PROBE] }, app);
  try {
    const run = async (): Promise<OverviewRun> => {
      await opened.page.goto(url, { waitUntil: 'commit' });
      const painted = () => (window as unknown as { __benchPaints: number[] }).__benchPaints.length > 0;
      await opened.page.waitForFunction(painted, undefined, { timeout: 0, polling: 50 });
      // Parts of the card painted in a later frame are reported a frame or two later.
      await opened.page.waitForTimeout(150);
      return opened.page.evaluate(() => ({
        ms: Math.max(...(window as unknown as { __benchPaints: number[] }).__benchPaints),
        elements: document.getElementsByTagName('*').length,
      }));
    };
    return await within(run(), timeoutMs);
  } finally {
    await opened.close();
  }
}

/**
 * The app's overview. `origin` is where the window's briefing comes from, as main tells the page:
 * a briefing opened from a file (every briefing the growth measurements generate) is shown without
 * the bundled briefing's first view written into the page.
 */
export function overviewUrl(baseUrl: string, origin: BriefingOrigin['kind'] = 'bundled'): string {
  return `${mainWindowUrl(appUrl(baseUrl, ''), { kind: origin })}#/`;
}
