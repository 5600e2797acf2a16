/**
 * What main adds to every PDF after Chromium prints it, so that the file describes itself:
 *
 * - document properties from the briefing: Title (the briefing's title, which viewers show in
 *   their title bar), Subject (the event, its organiser and date), Author (the speakers), the
 *   Creator (this app) and the document language;
 * - an outline with each bookmark once (a heading repeated later in the document, e.g. two
 *   slides with one title, keeps its first bookmark);
 * - the page content that is no part of the structure tree (running header and footer, rules,
 *   backgrounds, the cover's decoration) marked as artifacts (`pdf-artifacts.ts`).
 *
 * Done as an incremental update (`pdf-update.ts`): Chromium's bytes are kept as they are and the
 * changes appended. The same function runs in the app (`pdf-export.ts`) and in the tests and the
 * bench, so what they read is what people get.
 */
import { PDFBool, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { Briefing } from '../shared/briefing-schema';
import { markArtifacts } from './pdf-artifacts';
import { PdfUpdate } from './pdf-update';

export interface PdfProperties {
  title: string;
  subject: string;
  author: string;
  /** A language tag such as "en". */
  language: string;
  creator: string;
}

/** What the properties are made from: the briefing's title, language, event and speakers. */
export type PropertiesSource = Pick<Briefing, 'title' | 'language' | 'event' | 'speakers'>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-02-02" as "2 February 2023". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

export function pdfProperties(briefing: PropertiesSource, creator = 'Briefing Viewer'): PdfProperties {
  const { event } = briefing;
  return {
    title: briefing.title,
    subject: `${event.name}, ${event.organiser}, ${longDate(event.date)}`,
    author: briefing.speakers.map((s) => `${s.name}, ${s.role}`).join('; '),
    language: briefing.language,
    creator,
  };
}

const name = (n: string) => PDFName.of(n);

function setInfo(pdf: PdfUpdate, p: PdfProperties): void {
  const old = pdf.dict(pdf.trailer.get(name('Info')));
  const info = PDFDict.withContext(pdf.context);
  info.set(name('Title'), PDFHexString.fromText(p.title));
  info.set(name('Subject'), PDFHexString.fromText(p.subject));
  info.set(name('Author'), PDFHexString.fromText(p.author));
  info.set(name('Creator'), PDFHexString.fromText(p.creator));
  // Chromium's own entries that still hold: what wrote the PDF, and when.
  for (const key of ['Producer', 'CreationDate', 'ModDate']) {
    const value = old?.get(name(key));
    if (value) info.set(name(key), value);
  }
  const ref = pdf.trailer.get(name('Info'));
  if (ref instanceof PDFRef) pdf.set(ref, info);
  else pdf.trailer.set(name('Info'), pdf.add(info));
}

function setCatalog(pdf: PdfUpdate, p: PdfProperties): { ref: PDFRef; catalog: PDFDict } {
  const ref = pdf.trailer.get(name('Root'));
  const catalog = pdf.dict(ref);
  if (!(ref instanceof PDFRef) || !catalog) throw new Error('the PDF has no document catalogue');
  catalog.set(name('Lang'), PDFString.of(p.language));
  const prefs = pdf.dict(catalog.get(name('ViewerPreferences'))) ?? PDFDict.withContext(pdf.context);
  prefs.set(name('DisplayDocTitle'), PDFBool.True);
  catalog.set(name('ViewerPreferences'), prefs);
  pdf.set(ref, catalog);
  return { ref, catalog };
}

interface OutlineNode {
  ref: PDFRef;
  dict: PDFDict;
  children: OutlineNode[];
}

function readOutline(pdf: PdfUpdate, parent: PDFDict, depth = 0): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const seen = new Set<number>();
  for (let ref = parent.get(name('First')); ref instanceof PDFRef && !seen.has(ref.objectNumber) && depth < 32; ref = pdf.dict(ref)?.get(name('Next'))) {
    seen.add(ref.objectNumber);
    const dict = pdf.dict(ref);
    if (!dict) break;
    nodes.push({ ref, dict, children: readOutline(pdf, dict, depth + 1) });
  }
  return nodes;
}

export function textOf(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

/** The outline in document order with each title once: a repeat gives way to its own children. */
function withoutRepeats(nodes: OutlineNode[], seen: Set<string>): OutlineNode[] {
  return nodes.flatMap((node) => {
    const title = textOf(node.dict.get(name('Title')));
    const repeat = seen.has(title);
    seen.add(title);
    const children = withoutRepeats(node.children, seen);
    return repeat ? children : [{ ...node, children }];
  });
}

/** Links a level of the outline under `parent` again, and gives the number of items shown open. */
function relink(pdf: PdfUpdate, parentRef: PDFRef, parent: PDFDict, nodes: OutlineNode[]): number {
  nodes.forEach((node, i) => {
    const d = node.dict;
    d.set(name('Parent'), parentRef);
    for (const [key, sibling] of [['Prev', nodes[i - 1]], ['Next', nodes[i + 1]]] as const) {
      if (sibling) d.set(name(key), sibling.ref);
      else d.delete(name(key));
    }
    const shown = relink(pdf, node.ref, d, node.children);
    const count = d.get(name('Count'));
    const closed = count instanceof PDFNumber && count.asNumber() < 0;
    if (node.children.length) d.set(name('Count'), PDFNumber.of(closed ? -shown : shown));
    else d.delete(name('Count'));
    pdf.set(node.ref, d);
  });
  if (nodes.length) {
    parent.set(name('First'), nodes[0]!.ref);
    parent.set(name('Last'), nodes.at(-1)!.ref);
  } else {
    parent.delete(name('First'));
    parent.delete(name('Last'));
  }
  return nodes.reduce((n, node) => {
    const count = node.dict.get(name('Count'));
    return n + 1 + (count instanceof PDFNumber && count.asNumber() > 0 ? count.asNumber() : 0);
  }, 0);
}

function removeRepeatedBookmarks(pdf: PdfUpdate, catalog: PDFDict): void {
  const rootRef = catalog.get(name('Outlines'));
  const root = pdf.dict(rootRef);
  if (!(rootRef instanceof PDFRef) || !root) return;
  const nodes = readOutline(pdf, root);
  const count = (list: OutlineNode[]): number => list.reduce((n, node) => n + 1 + count(node.children), 0);
  const kept = withoutRepeats(nodes, new Set());
  if (count(kept) === count(nodes)) return;
  const shown = relink(pdf, rootRef, root, kept);
  root.set(name('Count'), PDFNumber.of(shown));
  pdf.set(rootRef, root);
}

/** The PDF as people get it: Chromium's bytes with the properties, outline and artifacts above. */
export function finishPdf(bytes: Uint8Array, properties: PdfProperties): Uint8Array {
  const pdf = PdfUpdate.read(bytes);
  setInfo(pdf, properties);
  const { catalog } = setCatalog(pdf, properties);
  removeRepeatedBookmarks(pdf, catalog);
  markArtifacts(pdf, catalog);
  return pdf.bytes();
}

