/**
 * An incremental update of a PDF (ISO 32000-1, 7.5.6): the objects a change needs are read where
 * the cross-reference table says they are, the changed and new objects are appended after the
 * original bytes with their own cross-reference section, and nothing already written is touched.
 * So what Chromium wrote (the structure tree, the fonts, the text, the images) is kept byte for
 * byte, and the change costs milliseconds rather than a full parse and rewrite of the file.
 *
 * It reads classic cross-reference tables (what Chromium writes). A file with cross-reference
 * streams is refused with `UnsupportedPdfError`; the caller decides what to do then.
 */
import { PDFContext, PDFDict, PDFName, PDFNumber, PDFObject, PDFObjectParser, PDFRef } from 'pdf-lib';

export class UnsupportedPdfError extends Error {}

/** Bytes as text, one character per byte (ISO 8859-1; TextDecoder's 'latin1' is windows-1252). */
const latin1 = { decode: (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
const encoder = new TextEncoder();

interface XrefSection {
  offsets: Map<number, number>;
  trailer: PDFDict;
}

export class PdfUpdate {
  readonly context = PDFContext.create();
  readonly trailer: PDFDict;
  private readonly offsets: Map<number, number>;
  private readonly startxref: number;
  private readonly cache = new Map<number, PDFObject>();
  private readonly changed = new Map<number, PDFObject>();
  private nextNumber: number;

  private constructor(
    private readonly original: Uint8Array,
    startxref: number,
  ) {
    this.startxref = startxref;
    const { offsets, trailer } = readAllSections(original, startxref, this.context);
    this.offsets = offsets;
    this.trailer = trailer;
    this.nextNumber = Math.max(this.numberOf(trailer.get(PDFName.of('Size'))), ...offsets.keys()) + 1;
  }

  static read(bytes: Uint8Array): PdfUpdate {
    return new PdfUpdate(bytes, findStartxref(bytes));
  }

  /** The object a reference points to (an object that is not a reference is given back as it is). */
  resolve(value: PDFObject | undefined): PDFObject | undefined {
    if (!(value instanceof PDFRef)) return value;
    const number = value.objectNumber;
    if (this.changed.has(number)) return this.changed.get(number);
    if (!this.cache.has(number)) {
      const offset = this.offsets.get(number);
      if (offset === undefined) return undefined;
      this.cache.set(number, parseIndirectObject(this.original, offset, number, this.context));
    }
    return this.cache.get(number);
  }

  dict(value: PDFObject | undefined): PDFDict | undefined {
    const resolved = this.resolve(value);
    return resolved instanceof PDFDict ? resolved : undefined;
  }

  /** Replaces the object `ref` points to. */
  set(ref: PDFRef, object: PDFObject): void {
    this.changed.set(ref.objectNumber, object);
  }

  /** Adds a new object and gives its reference. */
  add(object: PDFObject): PDFRef {
    const ref = PDFRef.of(this.nextNumber++);
    this.changed.set(ref.objectNumber, object);
    return ref;
  }

  get hasChanges(): boolean {
    return this.changed.size > 0;
  }

  /** The original bytes followed by the update: the changed objects, their cross-references and a new trailer. */
  bytes(): Uint8Array {
    if (!this.hasChanges) return this.original;
    const parts: Uint8Array[] = [this.original, encoder.encode('\n')];
    let offset = this.original.length + 1;
    const entries: string[] = [];
    for (const [number, object] of [...this.changed].sort(([a], [b]) => a - b)) {
      const body = serialise(number, object);
      entries.push(`${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
      parts.push(body);
      offset += body.length;
    }
    const trailer = this.trailer.clone(this.context);
    trailer.set(PDFName.of('Size'), PDFNumber.of(this.nextNumber));
    trailer.set(PDFName.of('Prev'), PDFNumber.of(this.startxref));
    parts.push(encoder.encode(`xref\n${entries.join('')}trailer\n${trailer.toString()}\nstartxref\n${offset}\n%%EOF\n`));
    return concat(parts);
  }

  private numberOf(value: PDFObject | undefined): number {
    const resolved = this.resolve(value);
    return resolved instanceof PDFNumber ? resolved.asNumber() : 0;
  }
}

function findStartxref(bytes: Uint8Array): number {
  const tail = latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new UnsupportedPdfError('the file does not end with a cross-reference offset');
  return Number(match[1]);
}

/** Every section of the cross-reference table, newest first; a newer entry hides an older one. */
function readAllSections(bytes: Uint8Array, startxref: number, context: PDFContext): XrefSection {
  const offsets = new Map<number, number>();
  let trailer: PDFDict | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = startxref; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const section = readSection(bytes, at, context);
    for (const [number, offset] of section.offsets) if (!offsets.has(number)) offsets.set(number, offset);
    trailer ??= section.trailer;
    const prev = section.trailer.get(PDFName.of('Prev'));
    at = prev instanceof PDFNumber ? prev.asNumber() : undefined;
  }
  return { offsets, trailer: trailer! };
}

function readSection(bytes: Uint8Array, at: number, context: PDFContext): XrefSection {
  const head = latin1.decode(bytes.subarray(at, Math.min(bytes.length, at + 4)));
  if (head !== 'xref') throw new UnsupportedPdfError('the file uses a cross-reference stream, not a table');
  const end = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf('trailer', at, 'latin1');
  if (end < 0) throw new UnsupportedPdfError('the cross-reference table has no trailer');
  const text = latin1.decode(bytes.subarray(at, end));
  const trailerAt = end - at;
  const offsets = new Map<number, number>();
  const lines = text.slice(4, trailerAt).trim().split(/\r\n|\r|\n/);
  let number = 0;
  for (const line of lines) {
    const subsection = /^(\d+)\s+(\d+)\s*$/.exec(line);
    const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(line);
    if (subsection) number = Number(subsection[1]);
    else if (entry) {
      if (entry[3] === 'n') offsets.set(number, Number(entry[1]));
      number++;
    }
  }
  const parser = PDFObjectParser.forBytes(bytes.subarray(at + trailerAt + 'trailer'.length), context);
  const trailer = parser.parseObject();
  if (!(trailer instanceof PDFDict)) throw new UnsupportedPdfError('the trailer is not a dictionary');
  return { offsets, trailer };
}

function parseIndirectObject(bytes: Uint8Array, offset: number, number: number, context: PDFContext): PDFObject {
  const head = latin1.decode(bytes.subarray(offset, Math.min(bytes.length, offset + 40)));
  const match = /^\s*(\d+)\s+(\d+)\s+obj/.exec(head);
  if (!match || Number(match[1]) !== number) throw new UnsupportedPdfError(`object ${number} is not where the cross-reference table says`);
  return PDFObjectParser.forBytes(bytes.subarray(offset + match[0].length), context).parseObject();
}

function serialise(number: number, object: PDFObject): Uint8Array {
  const head = encoder.encode(`${number} 0 obj\n`);
  const tail = encoder.encode('\nendobj\n');
  const out = new Uint8Array(head.length + object.sizeInBytes() + tail.length);
  out.set(head, 0);
  object.copyBytesInto(out, head.length);
  out.set(tail, head.length + object.sizeInBytes());
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
