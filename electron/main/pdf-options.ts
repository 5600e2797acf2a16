/**
 * The one place PDF page set-up is decided: paper, orientation, margins, header and footer,
 * background, tagging and outline. Electron's `webContents.printToPDF` gets `electronPdfOptions`;
 * the tests give Chromium's DevTools `Page.printToPDF` the same set-up as `devtoolsPdfParams`.
 */
import type { PaperSize, PrintContent } from '../shared/ipc-contract';

/** Paper sizes in inches, portrait. */
export const PAPER_INCHES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  a4: { width: 8.27, height: 11.69 },
  letter: { width: 8.5, height: 11 },
};

export interface PdfJob {
  paper: PaperSize;
  content: PrintContent;
  /** The briefing's title, for the running header. */
  title: string;
}

export interface PageSetup {
  landscape: boolean;
  /** The sheet as it is printed on, in inches. */
  widthInches: number;
  heightInches: number;
  margins: { top: number; bottom: number; left: number; right: number };
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
  printBackground: true;
  generateTaggedPDF: true;
  generateDocumentOutline: true;
  preferCSSPageSize: false;
}

/** Text for an HTML template: Chromium renders header and footer templates as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Header and footer templates need their own font size and colour: they inherit nothing.
const TEMPLATE_STYLE = "font-family: 'Inter Variable', 'Noto Sans SC', sans-serif; font-size: 8px; color: #555; width: 100%; margin: 0 0.6in; display: flex; justify-content: space-between;";

export function pageSetup(job: PdfJob): PageSetup {
  const portrait = PAPER_INCHES[job.paper];
  const landscape = job.content === 'handout';
  const what = job.content === 'handout' ? 'Slides' : 'Summary';
  return {
    landscape,
    widthInches: landscape ? portrait.height : portrait.width,
    heightInches: landscape ? portrait.width : portrait.height,
    margins: landscape ? { top: 0.55, bottom: 0.55, left: 0.5, right: 0.5 } : { top: 0.8, bottom: 0.8, left: 0.75, right: 0.75 },
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(job.title)}</span><span>${what}</span></div>`,
    footerTemplate: `<div style="${TEMPLATE_STYLE} justify-content: flex-end;"><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
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
    headerTemplate: s.headerTemplate,
    footerTemplate: s.footerTemplate,
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
