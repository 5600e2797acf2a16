/**
 * The code of the print documents, loaded on first use — and, when the page opens on a print
 * route (the hidden window that prints a PDF), at once, from `main.ts`, while the briefing is
 * still on its way: the document, its content's own code (Chart.js comes with the summary and the
 * handout) and the Chinese font's rules for the summary's zone names are asked for together,
 * not one after the other as each finds it needs the next. The text font's faces follow as soon
 * as the document's rules for them are in.
 */
import type { PrintContent } from '../../../electron/shared/ipc-contract';
import { loadChineseFont } from '../lib/chinese-font';
import { parseRoute } from '../lib/routes';
import { loadPrintFonts } from './print-ready';

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
  // The document's code brings the text font's rules; its faces are asked for as soon as they are in.
  void loadPrintDocument().then(() => loadPrintFonts(''));
  void PRINT_CONTENT_MODULES[route.content]();
  void loadChineseFont();
}
