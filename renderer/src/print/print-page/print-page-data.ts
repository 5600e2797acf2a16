/**
 * What a print page written at build time (scripts/build-print-pages.ts) carries for its script
 * (`print-page.ts`), besides its markup: the charts to draw into its empty canvases, in document
 * order, and the characters the text font lacks (asked of the Chinese font at once). It travels as
 * JSON in a data block (`<script type="application/json">`, never run), written so that no text in
 * it can end the block.
 */
import type { ChartSpec } from '../../model/chart-specs';

export const PRINT_PAGE_DATA_ID = 'print-page-data';

export interface PrintPageData {
  /** One spec for each `[data-chart-canvas]` box of the page, in document order. */
  charts: ChartSpec[];
  /** Every character of the document beyond the text font's (charactersBeyondText). */
  beyondText: string;
}

/** The data block's element, its JSON safe inside HTML: no "<" (so no "</script>" and no "<!--"), no U+2028/9. */
export function printPageDataBlock(data: PrintPageData): string {
  const json = JSON.stringify(data).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" id="${PRINT_PAGE_DATA_ID}">${json}</script>`;
}

/** Reads the data block of the page; throws a sentence that says what is wrong if it is missing or unreadable. */
export function readPrintPageData(doc: Document): PrintPageData {
  const block = doc.getElementById(PRINT_PAGE_DATA_ID);
  if (!block?.textContent) throw new Error(`The print page has no #${PRINT_PAGE_DATA_ID} data: build the app again (npm run build).`);
  const data = JSON.parse(block.textContent) as PrintPageData;
  if (!Array.isArray(data.charts) || typeof data.beyondText !== 'string') throw new Error(`The print page's #${PRINT_PAGE_DATA_ID} data is not what its script reads: build the app again (npm run build).`);
  return data;
}
