/**
 * Time to the overview's first headline figure on screen, cold (a fresh browser context: no HTTP
 * cache, no code cache), measured the same way in the app and in its static copy: an init script
 * watches the DOM for the first `[data-figure]` element with text, waits for the next frame, and
 * notes the time just after that frame (a message posted from the frame's animation callback is
 * handled once the frame has been produced). Times count from navigation start.
 */
import type { Browser } from 'playwright-core';
import { appUrl, newPage, within } from './browser';

export const OVERVIEW_VIEWPORT = { width: 1280, height: 800 };
/** The app's headline figure cards carry `data-figure` (their figure's id). */
export const HEADLINE_SELECTOR = '[data-figure]';

/** Runs in the page before its own scripts; must not reference anything outside its body. */
function paintProbe(selector: string): void {
  const w = window as unknown as { __benchPainted?: number };
  const afterNextFrame = (): void => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__benchPainted ??= performance.now());
      channel.port2.postMessage(null);
    });
  };
  const found = (): boolean => (document.querySelector(selector)?.textContent ?? '').trim() !== '';
  const observer = new MutationObserver(() => {
    if (!found()) return;
    observer.disconnect();
    afterNextFrame();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

export const PAINT_PROBE = `(${paintProbe.toString()})(${JSON.stringify(HEADLINE_SELECTOR)});`;

export interface OverviewRun {
  /** Navigation start to just after the frame that first showed the headline figure, ms. */
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
      await opened.page.waitForFunction(() => (window as unknown as { __benchPainted?: number }).__benchPainted !== undefined, undefined, { timeout: 0, polling: 50 });
      return opened.page.evaluate(() => ({
        ms: (window as unknown as { __benchPainted: number }).__benchPainted,
        elements: document.getElementsByTagName('*').length,
      }));
    };
    return await within(run(), timeoutMs);
  } finally {
    await opened.close();
  }
}

export function overviewUrl(baseUrl: string): string {
  return appUrl(baseUrl, '#/');
}
