/**
 * Marks what Chromium draws outside the structure tree as artifacts (ISO 32000-1, 14.8.2.2): the
 * running header and footer, rules, borders, backgrounds and the cover's decoration. Chromium
 * tags the text and figures it draws and leaves everything else unmarked, which assistive
 * technology may then read as content; wrapped in `/Artifact BMC … EMC`, it is skipped.
 *
 * Each page's content stream is read as tokens; every stretch of drawing that is outside any
 * marked content is wrapped, without crossing a `q`/`Q`, `BT`/`ET` or marked-content boundary,
 * and without splitting a path from its painting. A page with anything unexpected (an inline
 * image, a filter other than Flate, unbalanced marked content) is left as it was.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import type { PdfUpdate } from './pdf-update';

/**
 * The tokens that matter, found with one regular expression: strings and comments (skipped, so
 * nothing inside them is taken for an operator), dictionaries and names (the operands of marked
 * content), and the operators that paint, nest or mark. Numbers and other operators are not
 * matched at all, which keeps this fast on text-heavy pages (a glyph is `<0012> Tj`).
 */
const TOKENS = /\((?:[^\\()]|\\[\s\S])*\)|\(|<<|>>|<[^<>]*>|%[^\r\n]*|\/[^\s\/\[\]()<>{}%]*|\b(?:BDC|BMC|EMC|BT|ET|BI|Do|sh|Tj|TJ|[qQFSs]|[fBb]\*?)(?![\w*])|(?<=\s)['"](?=\s)/g;

const PAINTING = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh', 'Tj', 'TJ', "'", '"']);
const BOUNDARIES = new Set(['q', 'Q', 'BT', 'ET']);

function skipString(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return i;
}

/**
 * The stretches [start, end) of a content stream that draw outside any marked content, each
 * between two boundaries (`q`, `Q`, `BT`, `ET`, a form XObject, marked content), or null when
 * the stream holds what this reader does not handle (an inline image, unbalanced marked content).
 */
export function unmarkedStretches(text: string, isImage: (xobject: string) => boolean): [number, number][] | null {
  const stretches: [number, number][] = [];
  let depth = 0;
  let dictDepth = 0;
  let runStart = 0;
  let paintedTo = -1;
  let lastName = '';
  const flush = (next: number) => {
    if (paintedTo > runStart) stretches.push([runStart, paintedTo]);
    runStart = next;
    paintedTo = -1;
  };
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
    const token = m[0];
    const end = m.index + token.length;
    if (token === '(') TOKENS.lastIndex = skipString(text, m.index);
    else if (token === '<<') dictDepth++;
    else if (token === '>>') dictDepth--;
    else if (token[0] === '/' && dictDepth === 0) lastName = token;
    else if (token === 'BI') return null;
    else if (token === 'BDC' || token === 'BMC') {
      if (depth++ === 0) flush(end);
    } else if (token === 'EMC') {
      if (--depth < 0) return null;
      if (depth === 0) flush(end);
    } else if (depth > 0 || token[0] === '(' || token[0] === '<' || token[0] === '%' || token[0] === '/') continue;
    else if (BOUNDARIES.has(token) || (token === 'Do' && !isImage(lastName))) flush(end);
    else if (PAINTING.has(token) || token === 'Do') paintedTo = end;
  }
  flush(text.length);
  return depth === 0 ? stretches : null;
}

export function wrapStretches(text: string, stretches: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of stretches) {
    out += `${text.slice(at, start)}\n/Artifact BMC\n${text.slice(start, end)}\nEMC`;
    at = end;
  }
  return out + text.slice(at);
}

const name = (n: string) => PDFName.of(n);

function decoded(stream: PDFObject | undefined): string | null {
  if (!(stream instanceof PDFRawStream)) return null;
  const filter = stream.dict.get(name('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (stream.dict.has(name('DecodeParms')) || filters.length > 1) return null;
  if (filters.length === 0) return Buffer.from(stream.contents).toString('latin1');
  return filters[0] === name('FlateDecode') ? inflateSync(stream.contents).toString('latin1') : null;
}

function encoded(pdf: PdfUpdate, text: string): PDFRawStream {
  const bytes = deflateSync(Buffer.from(text, 'latin1'));
  const dict = PDFDict.withContext(pdf.context);
  dict.set(name('Length'), PDFNumber.of(bytes.length));
  dict.set(name('Filter'), name('FlateDecode'));
  return PDFRawStream.of(dict, bytes);
}

/** Which of a page's XObject names are images (drawn content) rather than forms (which may hold tags). */
function imageNames(pdf: PdfUpdate, page: PDFDict): (xobject: string) => boolean {
  const xobjects = pdf.dict(pdf.dict(page.get(name('Resources')))?.get(name('XObject')));
  return (operand) => {
    const stream = pdf.resolve(xobjects?.get(name(operand.replace(/^\//, ''))));
    return stream instanceof PDFRawStream && stream.dict.get(name('Subtype')) === name('Image');
  };
}

function markPage(pdf: PdfUpdate, pageRef: PDFRef, page: PDFDict): void {
  const contents = page.get(name('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  const texts = refs.map((r) => decoded(pdf.resolve(r)));
  if (texts.some((t) => t === null)) return;
  const text = texts.join('\n');
  const stretches = unmarkedStretches(text, imageNames(pdf, page));
  if (!stretches?.length) return;
  const stream = encoded(pdf, wrapStretches(text, stretches));
  if (refs.length === 1 && refs[0] instanceof PDFRef) pdf.set(refs[0], stream);
  else {
    page.set(name('Contents'), pdf.add(stream));
    pdf.set(pageRef, page);
  }
}

function pages(pdf: PdfUpdate, node: PDFObject | undefined, found: [PDFRef, PDFDict][] = [], depth = 0): [PDFRef, PDFDict][] {
  const dict = pdf.dict(node);
  if (!dict || depth > 32) return found;
  if (dict.get(name('Type')) === name('Page') && node instanceof PDFRef) found.push([node, dict]);
  const kids = pdf.resolve(dict.get(name('Kids')));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) pages(pdf, kid, found, depth + 1);
  return found;
}

/** Wraps every page's unmarked drawing in artifacts. */
export function markArtifacts(pdf: PdfUpdate, catalog: PDFDict): void {
  for (const [ref, page] of pages(pdf, catalog.get(name('Pages')))) markPage(pdf, ref, page);
}
