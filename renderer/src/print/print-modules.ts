/**
 * The code of the print documents, loaded on first use — and, when the page opens on a print
 * route (the hidden window that prints a PDF), at once, from `main.ts`, while the briefing is
 * still on its way: the document, its content's own code (Chart.js comes with the summary and the
 * handout) and the Chinese font's rules for the summary's zone names are asked for together,
 * not one after the other as each finds it needs the next. The text font's Latin files (every
 * weight the documents print in) are preloaded at once too, before the document's rules for them
 * arrive with its code; those rules then find them fetched.
 */
import type { PrintContent } from '../../../electron/shared/ipc-contract';
import { loadChineseFont } from '../lib/chinese-font';
import { parseRoute } from '../lib/routes';
import { loadPrintFonts } from './print-ready';
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import inter500 from '@fontsource/inter/files/inter-latin-500-normal.woff2?url';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import inter700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import inter800 from '@fontsource/inter/files/inter-latin-800-normal.woff2?url';

/** The print faces' Latin files (PrintDocument's @fontsource/inter rules point at the same files). */
const PRINT_TEXT_FONT_FILES = [inter400, inter500, inter600, inter700, inter800];

function preloadFont(href: string, doc: Document): void {
  const link = doc.createElement('link');
  link.rel = 'preload';
  link.as = 'font';
  link.type = 'font/woff2';
  link.crossOrigin = ''; // fonts are fetched in CORS mode: the preload must be too, or it is not used
  link.href = href;
  doc.head.append(link);
}

export const loadPrintDocument = () => import('./PrintDocument.svelte');

export const PRINT_CONTENT_MODULES = {
  summary: () => import('./PrintSummary.svelte'),
  handout: () => import('./PrintHandout.svelte'),
  brief: () => import('./PrintBrief.svelte'),
} satisfies Record<PrintContent, () => Promise<unknown>>;

/** Starts loading everything a print route needs, if `hash` is one; does nothing otherwise. */
export function prefetchPrint(hash: string): void {
  const route = parseRoute(hash);
  if (route.name !== 'print') return;
  for (const file of PRINT_TEXT_FONT_FILES) preloadFont(file, document);
  // The document's code brings the text font's rules; its faces are asked for as soon as they are in.
  void loadPrintDocument().then(() => loadPrintFonts(''));
  void PRINT_CONTENT_MODULES[route.content]();
  void loadChineseFont();
}
