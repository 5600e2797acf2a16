/**
 * Slide switching, measured the same way in the app and in reveal.js: one page per side, kept
 * open, stepped through the deck with real ArrowRight key presses (DevTools input events). A
 * capturing keydown listener on the window notes the event's time stamp; from then on, at each
 * animation frame, it looks for a new slide shown (a different `data-slide` under the side's
 * "current slide" selector, its charts sized by Chart.js); once there, the time is taken just after
 * that frame is produced. Results are kept per destination slide, so text and chart slides are
 * reported apart.
 */
import type { Browser, Page } from 'playwright-core';
import { newPage, type OpenPage } from './browser';

export interface SwitchSample {
  /** The slide arrived at (1-based). */
  index: number;
  ms: number;
}

interface SwitchResult {
  ms: number;
  id: string | null;
}

/** Runs in the page: must not reference anything outside its body. */
function installSwitchProbe(currentSelector: string): void {
  const w = window as unknown as { __benchSwitch?: Promise<SwitchResult> };
  const shownId = (): string | null => {
    const slide = document.querySelector(currentSelector);
    if (!slide) return null;
    // A chart counts as shown once Chart.js has sized its canvas (it sets the canvas's CSS size).
    const charts = [...slide.querySelectorAll('canvas')];
    return charts.every((c) => c.style.width !== '') ? slide.getAttribute('data-slide') : null;
  };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight') return;
      const start = event.timeStamp;
      const before = document.querySelector(currentSelector)?.getAttribute('data-slide') ?? null;
      w.__benchSwitch = new Promise<SwitchResult>((resolve) => {
        const onFrame = (): void => {
          const id = shownId();
          if (id === null || id === before) {
            if (performance.now() - start > 5000) resolve({ ms: Number.NaN, id });
            else requestAnimationFrame(onFrame);
            return;
          }
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ ms: performance.now() - start, id });
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(onFrame);
      });
    },
    true,
  );
}

export interface SwitchSide {
  page: Page;
  close(): Promise<void>;
}

/** Opens `url` for switching: waits until `ready` holds, installs the probe under `currentSelector`. */
export async function openSwitchSide(
  browser: Browser,
  target: { url: string; app: boolean; ready: string; currentSelector: string; viewport: { width: number; height: number } },
): Promise<SwitchSide> {
  const opened: OpenPage = await newPage(browser, { viewport: target.viewport }, target.app);
  await opened.page.goto(target.url);
  await opened.page.waitForSelector(target.ready, { state: 'attached' });
  await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await opened.page.evaluate(installSwitchProbe, target.currentSelector);
  return opened;
}

/** The pause after each switch, so a chart's late work (resizing) does not fall into the next. */
const SETTLE_MS = 100;

/** One pass: Home, then ArrowRight to the last slide, timing each switch; `ids` are the deck's slides. */
export async function switchPass(side: SwitchSide, ids: readonly string[]): Promise<SwitchSample[]> {
  const { page } = side;
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  const samples: SwitchSample[] = [];
  for (let index = 2; index <= ids.length; index++) {
    await page.keyboard.press('ArrowRight');
    const result = await page.evaluate(() => (window as unknown as { __benchSwitch: Promise<SwitchResult> }).__benchSwitch);
    if (!Number.isFinite(result.ms)) throw new Error(`Slide ${index} was not shown within 5 s of ArrowRight (${page.url()}).`);
    if (result.id !== ids[index - 1]) throw new Error(`ArrowRight showed slide "${result.id}", not slide ${index} "${ids[index - 1]}" (${page.url()}).`);
    samples.push({ index, ms: result.ms });
    await page.waitForTimeout(SETTLE_MS);
  }
  return samples;
}
