/**
 * A print document timed from navigation to the PDF's bytes, in a fresh browser context, the same
 * way for the app and its baselines: open the URL, wait for `body[data-print-ready="true"]` (the app
 * sets it when its fonts and charts are ready; a static copy carries it from the app; the reveal.js
 * deck sets it after its `pdf-ready` event and its charts), wait for the fonts, then print with
 * DevTools' `Page.printToPDF` and the app's own page set-up (`devtoolsPdfParams`).
 */
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { devtoolsPdfParams } from '../../electron/main/pdf-options';
import { newPage, within } from './browser';

export const PRINT_VIEWPORT = { width: 1100, height: 1400 };
export const PRINT_READY_SELECTOR = 'body[data-print-ready="true"]';

export type PrintContent = 'summary' | 'handout';

export interface PdfRun {
  /** Navigation start to the PDF's bytes. */
  ms: number;
  /** Navigation start to the document ready to print (the rest is Chromium printing it). */
  readyMs: number;
  bytes: Buffer;
  /** With `charts`: the tallest `[data-chart-canvas]` box in the printed layout, in CSS px. */
  tallestChartPx?: number;
}

async function printPdf(page: Page, content: PrintContent, title: string): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const params = devtoolsPdfParams({ paper: 'a4', content, title });
    const { data } = (await cdp.send('Page.printToPDF', params)) as { data: string };
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The tallest chart box (the app's `[data-chart-canvas]`) laid out for print, in CSS px. */
async function tallestChart(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('[data-chart-canvas]')].map((el) => el.getBoundingClientRect().height)));
}

/** Opens `url` and prints it; undefined if that takes more than `timeoutMs`. */
export async function timePdf(
  browser: Browser,
  target: { url: string; app: boolean; content: PrintContent; title: string; charts?: boolean },
  timeoutMs: number,
): Promise<PdfRun | undefined> {
  const opened = await newPage(browser, { viewport: PRINT_VIEWPORT }, target.app);
  try {
    const run = async (): Promise<PdfRun> => {
      const start = performance.now();
      await opened.page.goto(target.url, { timeout: 0 });
      await opened.page.waitForSelector(PRINT_READY_SELECTOR, { state: 'attached', timeout: 0 });
      await opened.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const readyMs = performance.now() - start;
      const bytes = await printPdf(opened.page, target.content, target.title);
      const ms = performance.now() - start;
      return { ms, readyMs, bytes, ...(target.charts ? { tallestChartPx: await tallestChart(opened.page) } : {}) };
    };
    return await within(run(), timeoutMs);
  } finally {
    await opened.close();
  }
}

/**
 * The PDF's pages as text (pdf.js), for checking that two documents are the same. With
 * `figures: false`, the text drawn inside tagged Figures is left out: the app prints its charts as
 * paths and text, a static copy holds them as pictures (renderer/src/charts/print-as-vector.ts).
 */
export async function pdfPages(bytes: Buffer, { figures = true }: { figures?: boolean } = {}): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent({ includeMarkedContent: !figures });
    const marks: boolean[] = []; // for each open marked content, whether it is a Figure
    const text: string[] = [];
    for (const item of content.items) {
      if ('str' in item) {
        if (!marks.includes(true)) text.push(`${item.str}${item.hasEOL ? ' ' : ''}`);
      } else if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') marks.push('tag' in item && item.tag === 'Figure');
      else if (item.type === 'endMarkedContent') marks.pop();
    }
    pages.push(text.join(' '));
  }
  await pdf.destroy();
  return pages;
}

/** The number of pages, without reading their text (for very large PDFs). */
export async function pdfPageCount(bytes: Buffer): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const count = pdf.numPages;
  await pdf.destroy();
  return count;
}

/** Words (letters and digits) of a text, for comparisons that ignore layout and order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of `expected`'s words that occur in `actual` (1 when all do). */
export function wordCoverage(expected: string, actual: string): number {
  const have = new Set(words(actual));
  const want = words(expected);
  return want.length === 0 ? 1 : want.filter((w) => have.has(w)).length / want.length;
}
