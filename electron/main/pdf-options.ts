/**
 * The one place the printer's page set-up is decided: paper, orientation, margins, background,
 * tagging and outline. Electron's `webContents.printToPDF` gets `electronPdfOptions`; the tests
 * and the bench give Chromium's DevTools `Page.printToPDF` the same set-up as `devtoolsPdfParams`.
 *
 * The running header and footer are not Chromium's header and footer templates: those cannot use
 * the page's fonts and print on every page. The print documents draw their own in CSS page
 * margin boxes (`renderer/src/print/print-pages.css`), in the document's font, with none on the
 * cover. So Chromium's are turned off here.
 */
import type { PaperSize, PrintContent } from '../shared/ipc-contract';
import { PAPER_INCHES, pageBox, type PageMargins } from '../shared/print-pages';

export { PAPER_INCHES };

export interface PdfJob {
  paper: PaperSize;
  content: PrintContent;
  /** The briefing's title. Not part of the page set-up (the document prints its own header); accepted so callers may pass a whole job. */
  title?: string;
}

export interface PageSetup {
  landscape: boolean;
  /** The sheet as it is printed on, in inches. */
  widthInches: number;
  heightInches: number;
  margins: PageMargins;
  displayHeaderFooter: false;
  printBackground: true;
  generateTaggedPDF: true;
  generateDocumentOutline: true;
  preferCSSPageSize: false;
}

export function pageSetup(job: PdfJob): PageSetup {
  const box = pageBox(job.paper, job.content);
  return {
    landscape: box.landscape,
    widthInches: box.width,
    heightInches: box.height,
    margins: box.margins,
    displayHeaderFooter: false,
    printBackground: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
    preferCSSPageSize: false,
  };
}

/** What both printing APIs take in the same form. */
function sharedOptions(s: PageSetup) {
  return {
    landscape: s.landscape,
    displayHeaderFooter: s.displayHeaderFooter,
    printBackground: s.printBackground,
    generateTaggedPDF: s.generateTaggedPDF,
    generateDocumentOutline: s.generateDocumentOutline,
    preferCSSPageSize: s.preferCSSPageSize,
  };
}

/** For Electron's `webContents.printToPDF` (page size and margins in inches). */
export function electronPdfOptions(job: PdfJob) {
  const s = pageSetup(job);
  const portrait = PAPER_INCHES[job.paper];
  return { ...sharedOptions(s), pageSize: { width: portrait.width, height: portrait.height }, margins: { ...s.margins } };
}

/** For Chromium's DevTools `Page.printToPDF` (the same set-up; paper and margins in inches). */
export function devtoolsPdfParams(job: PdfJob) {
  const s = pageSetup(job);
  const portrait = PAPER_INCHES[job.paper];
  return {
    ...sharedOptions(s),
    paperWidth: portrait.width,
    paperHeight: portrait.height,
    marginTop: s.margins.top,
    marginBottom: s.margins.bottom,
    marginLeft: s.margins.left,
    marginRight: s.margins.right,
  };
}
