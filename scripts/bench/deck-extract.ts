/**
 * The app's deck as shown, taken from outside so reveal.js can be given the same deck: the app is
 * opened at `#/present/1` and stepped through with ArrowRight; each slide's rendered stage (the
 * `[data-slide]` element's parent, the fixed-size box the slide is laid out in) is saved as HTML,
 * with each chart canvas emptied and its Chart.js configuration exported as JSON. Chart.js is a
 * module inside the app's bundle, not a global, so an init script notes every chart it constructs
 * (through a setter for a property Chart.js's constructor assigns, `$proxies`); functions
 * (callbacks, plugins) cannot be exported and are left out, and a hatched (pattern) fill is marked
 * for reveal.js to hatch again.
 */
import type { Browser, Page } from 'playwright-core';
import { appUrl, newPage } from './browser';

/** Every slide carries `data-slide` (the slide's id). */
export const SLIDE_SELECTOR = '[data-slide]';

/**
 * The slide the audience sees while presenting: its neighbours are kept built (hidden) beside it,
 * so the one shown is the one in the current layer.
 */
export const SHOWN_SLIDE_SELECTOR = `.audience .current ${SLIDE_SELECTOR}`;

export interface ExtractedSlide {
  index: number;
  id: string;
  /** The slide's text as rendered, white space collapsed. */
  text: string;
  /** The stage holding the slide, as HTML, canvases emptied (`data-bench-chart="k"`). */
  html: string;
  /** Chart.js configurations (JSON) of this slide's charts, by `data-bench-chart` key. */
  charts: Record<string, string>;
  kind: 'text' | 'chart';
  /** The slide as the app shows it at the deck's size (PNG), for checking the copy. */
  screenshot: Buffer;
}

export interface ExtractedDeck {
  slides: ExtractedSlide[];
  /** The app's stylesheets while presenting (paths), in order. */
  stylesheets: string[];
  /** The slide's own size in CSS pixels (the stage it is laid out on). */
  width: number;
  height: number;
  htmlAttributes: Record<string, string>;
}

/** Init script: keeps every Chart.js chart the page constructs in `window.__benchCharts`. */
export const CHART_CAPTURE = `Object.defineProperty(Object.prototype, '$proxies', { configurable: true, set(value) {
  Object.defineProperty(this, '$proxies', { value, writable: true, configurable: true, enumerable: false });
  if (this.canvas && this.config) (window.__benchCharts ||= []).push(this);
} });`;

/** Inherited properties a host page may set differently (reveal.js sets several on its viewport). */
const INHERITED = [
  'color', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant-numeric', 'font-feature-settings',
  'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'text-rendering', 'white-space',
  'direction', 'hyphens', 'overflow-wrap', 'word-break', 'list-style-type', 'visibility',
] as const;

/** Runs in the page: the shown slide's stage and charts. Must not reference anything outside its body. */
function readSlide(args: { selector: string; keyOffset: number; inherited: readonly string[] }): Omit<ExtractedSlide, 'index' | 'kind' | 'screenshot'> {
  const slide = document.querySelector(args.selector)!;
  // The stage the slide is laid out on (the projector's scale of the design tokens is on it).
  const stage = (slide.closest('.stage') ?? slide.parentElement)!;
  const charts = (window as unknown as { __benchCharts?: { canvas: HTMLCanvasElement | null; config: { _config: unknown } }[] }).__benchCharts ?? [];
  const clone = stage.cloneNode(true) as HTMLElement;
  const live = [...stage.querySelectorAll('canvas')];
  const exported: Record<string, string> = {};
  [...clone.querySelectorAll('canvas')].forEach((copy, i) => {
    const key = String(args.keyOffset + i);
    const chart = charts.filter((c) => c.canvas === live[i]).at(-1);
    const json = JSON.stringify(chart?.config._config ?? null, (name, value: unknown) => {
      if (typeof value === 'function' || (name === 'plugins' && Array.isArray(value))) return undefined;
      if (typeof CanvasPattern !== 'undefined' && value instanceof CanvasPattern) return { benchPattern: true };
      return value;
    });
    const empty = document.createElement('canvas');
    empty.dataset['benchChart'] = key;
    if (copy.hasAttribute('aria-hidden')) empty.setAttribute('aria-hidden', 'true');
    copy.replaceWith(empty);
    exported[key] = json;
  });
  // reveal.js styles every <section> under its slides as one of its own (in print, with
  // !important); the app's sections become <div>s, which the app's stylesheets do not tell apart.
  clone.querySelectorAll('section').forEach((section) => {
    const div = document.createElement('div');
    for (const attr of section.attributes) div.setAttribute(attr.name, attr.value);
    div.append(...section.childNodes);
    section.replaceWith(div);
  });
  // What the stage inherits in the app (the page's font, colour, line height, alignment), so
  // reveal.js's own page styles do not reach the slide.
  const inherited = getComputedStyle(stage);
  for (const name of args.inherited) clone.style.setProperty(name, inherited.getPropertyValue(name));
  // A line height is inherited as a factor of each element's font size (the computed value is in px).
  const lineHeight = parseFloat(inherited.lineHeight) / parseFloat(inherited.fontSize);
  if (Number.isFinite(lineHeight)) clone.style.setProperty('line-height', String(Math.round(lineHeight * 1000) / 1000));
  clone.style.removeProperty('transform');
  clone.classList.add('bench-stage');
  return { id: slide.getAttribute('data-slide') ?? '', text: (slide as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), html: clone.outerHTML, charts: exported };
}

/** Waits until the app shows slide `n` (its route) and has drawn it (fonts, two frames). */
async function settle(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    ([hash, selector]) => location.hash === hash && document.querySelector(selector!) !== null,
    [`#/present/${n}`, SHOWN_SLIDE_SELECTOR] as const,
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function deckFacts(page: Page): Promise<Pick<ExtractedDeck, 'stylesheets' | 'width' | 'height' | 'htmlAttributes'>> {
  return page.evaluate((selector) => {
    const slide = document.querySelector(selector) as HTMLElement;
    return {
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
      width: slide.offsetWidth,
      height: slide.offsetHeight,
      htmlAttributes: Object.fromEntries([...document.documentElement.attributes].map((a) => [a.name, a.value])),
    };
  }, SHOWN_SLIDE_SELECTOR);
}

/** Steps through the app's deck at `viewport` (the deck's own size, so the stage is not scaled). */
export async function extractDeck(browser: Browser, baseUrl: string, viewport: { width: number; height: number }): Promise<ExtractedDeck> {
  const opened = await newPage(browser, { viewport, initScripts: [CHART_CAPTURE] }, true);
  try {
    const { page } = opened;
    await page.goto(appUrl(baseUrl, '#/present/1'));
    await settle(page, 1);
    await page.keyboard.press('End');
    // End shows the last slide: its number in the route is the deck's length.
    const last = await page.waitForFunction(() => {
      const n = /^#\/present\/(\d+)$/.exec(location.hash)?.[1];
      return n !== undefined && n !== '1' ? n : undefined;
    });
    const count = Number(await last.jsonValue());
    await page.keyboard.press('Home');
    const slides: ExtractedSlide[] = [];
    let keys = 0;
    for (let n = 1; n <= count; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight');
      await settle(page, n);
      const read = await page.evaluate(readSlide, { selector: SHOWN_SLIDE_SELECTOR, keyOffset: keys, inherited: INHERITED });
      keys += Object.keys(read.charts).length;
      const kind = Object.keys(read.charts).length > 0 ? 'chart' : 'text';
      slides.push({ ...read, index: n, kind, screenshot: await page.screenshot() });
    }
    return { slides, ...(await deckFacts(page)) };
  } finally {
    await opened.close();
  }
}
