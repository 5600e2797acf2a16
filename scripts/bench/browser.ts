/**
 * Chromium as the e2e tests run it (Debian's binary, the same flags), and the two ways the bench
 * opens a page: the app, with the browser implementation of the IPC contract installed before its
 * script runs, or any other page (a static copy, the reveal.js deck) with no contract. Every page
 * gets its own browser context, so nothing is cached between runs unless a run reuses its page.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { API_GLOBAL, type BriefingOrigin, type PrintContent } from '../../electron/shared/ipc-contract';
import { printDocumentPath } from '../../electron/shared/print-documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/fixtures/harness';
import { installBrowserContract } from '../../tests/e2e/fixtures/browser-contract';
import { CONTRACT_BRIEFING_PATH } from './server';

export interface PageOptions {
  viewport: { width: number; height: number };
  /** Scripts to run in the page before its own (instrumentation, the same on both sides). */
  initScripts?: string[];
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh context and page, not navigated yet. Scripts compiled by tsx name their functions with an
 * `__name` helper the page lacks; every page gets one, so functions can be evaluated in it.
 */
export async function newPage(browser: Browser, options: PageOptions, app: boolean): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: options.viewport, colorScheme: 'light', deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (app) await installBrowserContract(page, { globalName: API_GLOBAL, briefingPath: CONTRACT_BRIEFING_PATH });
  else await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  for (const content of options.initScripts ?? []) await page.addInitScript({ content });
  return { page, context, close: () => context.close() };
}

/** The app's page at a hash route ("#/present/1"), under `baseUrl`. */
export function appUrl(baseUrl: string, route: string): string {
  return `${baseUrl}/index.html${route}`;
}

/**
 * Where the app's print window opens print document `content` (A4) of a briefing from `origin`
 * (main's own choice, `printDocumentPath`): the bundled briefing's summary is a page written at
 * build time, anything else the app's print route.
 */
export function appPrintUrl(baseUrl: string, content: PrintContent, origin: BriefingOrigin): string {
  return `${baseUrl}/${printDocumentPath({ content, paper: 'a4' }, origin)}`;
}

/**
 * Resolves with the promise's value, or with `undefined` once `ms` have passed (the promise may
 * still reject later, when its page is closed: that rejection is expected and dropped).
 */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
