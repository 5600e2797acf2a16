/**
 * Where a print window opens a print document. The bundled briefing's summary is a page written
 * at build time (scripts/build-print-pages.ts), its markup and styles in the page as a static
 * page's, so the window has only its charts left to draw; every other document, and every
 * briefing opened from a file, is the app's print route, which renders any briefing. Paths are
 * relative to the renderer's root. Pure data, no Electron, no DOM.
 */
import type { BriefingOrigin, PaperSize, PrintContent } from './ipc-contract';

/** The print pages written at build time: the bundled briefing's summary, on each paper. */
export const PRINT_PAGES: Readonly<Partial<Record<PrintContent, Readonly<Record<PaperSize, string>>>>> = {
  summary: { a4: 'print-summary-a4.html', letter: 'print-summary-letter.html' },
};

/** Every print page's file, whatever its document and paper. */
export const PRINT_PAGE_FILES: readonly string[] = Object.values(PRINT_PAGES).flatMap((papers) => Object.values(papers));

/** Whether a page at `pathname` ("/print-summary-a4.html") is one of the print pages written at build time: a page that asks for no briefing. */
export function isPrintPage(pathname: string): boolean {
  return PRINT_PAGE_FILES.includes(pathname.slice(pathname.lastIndexOf('/') + 1));
}

/** The app's print route for a document: renders whatever briefing is open. */
export function printRoutePath(request: { content: PrintContent; paper: PaperSize }): string {
  return `index.html#/print/${request.content}?paper=${request.paper}`;
}

/**
 * The page written at build time when the briefing is the bundled one and there is a page for the
 * document (and `hasPage` finds its file: a build without it, say `electron-vite build` alone,
 * prints from the route), else the app's print route.
 */
export function printDocumentPath(request: { content: PrintContent; paper: PaperSize }, origin: BriefingOrigin, hasPage: (file: string) => boolean = () => true): string {
  const page = origin.kind === 'bundled' ? PRINT_PAGES[request.content]?.[request.paper] : undefined;
  return page && hasPage(page) ? page : printRoutePath(request);
}
