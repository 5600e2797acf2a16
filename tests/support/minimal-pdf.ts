/**
 * A small PDF written the way Chromium (Skia) writes one: a classic cross-reference table, an
 * Info dictionary, a tagged catalogue with a structure tree, an outline built from headings, and
 * Flate-compressed page content in which the text is marked content and the rules and running
 * footer are not. For the tests of what main does to printed PDFs, and as the fake printer's output.
 */
import { deflateSync } from 'node:zlib';

export interface MinimalPdfOptions {
  /** Bookmark titles, one level (default: two headings). */
  bookmarks?: string[];
  /** One page per entry: the heading drawn as marked content. */
  pages?: string[];
}

const pdfText = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

function pageContent(heading: string, n: number): Buffer {
  return deflateSync(
    Buffer.from(
      [
        'q 0.8 0.8 0.8 rg 72 700 468 2 re f Q',
        `/H1 <</MCID 0 >>BDC BT /F1 18 Tf 72 720 Td ${pdfText(heading)} Tj ET EMC`,
        `BT /F1 9 Tf 480 40 Td (Page ${n}) Tj ET`,
      ].join('\n'),
      'latin1',
    ),
  );
}

/** Objects by number; each is the text between `N 0 obj` and `endobj` (streams as bytes). */
function objects(options: Required<MinimalPdfOptions>): (string | Buffer)[] {
  const { bookmarks, pages } = options;
  const pageBase = 10;
  const outlineBase = pageBase + pages.length * 2;
  const objs: (string | Buffer)[] = [];
  objs[1] = '<</Title (Briefing Viewer)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20230202000000+00\'00\')\n/ModDate (D:20230202000000+00\'00\')>>';
  objs[2] = `<</Type /Catalog\n/Pages 3 0 R\n/MarkInfo <</Marked true>>\n/StructTreeRoot 4 0 R\n/Outlines ${outlineBase} 0 R>>`;
  objs[3] = `<</Type /Pages\n/Count ${pages.length}\n/Kids [${pages.map((_, i) => `${pageBase + i * 2} 0 R`).join(' ')}]>>`;
  objs[4] = `<</Type /StructTreeRoot\n/K [5 0 R]\n/ParentTree 6 0 R>>`;
  objs[5] = `<</Type /StructElem\n/S /Document\n/P 4 0 R\n/K [${pages.map((_, i) => `<</Type /MCR /Pg ${pageBase + i * 2} 0 R /MCID 0>>`).join(' ')}]>>`;
  objs[6] = `<</Nums [${pages.map((_, i) => `${i} [5 0 R]`).join(' ')}]>>`;
  objs[7] = '<</Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica>>';
  pages.forEach((heading, i) => {
    objs[pageBase + i * 2] = `<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 612 792]\n/StructParents ${i}\n/Resources <</Font <</F1 7 0 R>>>>\n/Contents ${pageBase + i * 2 + 1} 0 R>>`;
    const content = pageContent(heading, i + 1);
    objs[pageBase + i * 2 + 1] = Buffer.concat([Buffer.from(`<</Filter /FlateDecode\n/Length ${content.length}>> stream\n`), content, Buffer.from('\nendstream')]);
  });
  const items = bookmarks.map((_, i) => outlineBase + 1 + i);
  objs[outlineBase] = `<</Type /Outlines\n/Count ${bookmarks.length}\n/First ${items[0]} 0 R\n/Last ${items.at(-1)} 0 R>>`;
  bookmarks.forEach((title, i) => {
    const links = [i > 0 ? `/Prev ${items[i - 1]} 0 R` : '', i < items.length - 1 ? `/Next ${items[i + 1]} 0 R` : ''].filter(Boolean).join('\n');
    objs[items[i]!] = `<</Title ${pdfText(title)}\n/Parent ${outlineBase} 0 R\n${links}\n/Dest [${pageBase + Math.min(i, pages.length - 1) * 2} 0 R /XYZ 0 792 0]>>`;
  });
  return objs;
}

export function minimalPdf(options: MinimalPdfOptions = {}): Uint8Array {
  const objs = objects({ bookmarks: options.bookmarks ?? ['Title', 'Headline figures'], pages: options.pages ?? ['Title', 'Headline figures'] });
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xd3\xeb\xe9\xe1\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objs.forEach((body, n) => {
    if (body === undefined) return;
    offsets[n] = at;
    const chunk = Buffer.concat([Buffer.from(`${n} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    at += chunk.length;
  });
  const entries = Array.from({ length: objs.length }, (_, n) => (offsets[n] === undefined ? '0000000000 65535 f \n' : `${String(offsets[n]).padStart(10, '0')} 00000 n \n`));
  parts.push(Buffer.from(`xref\n0 ${objs.length}\n${entries.join('')}trailer\n<</Size ${objs.length}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${at}\n%%EOF`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}
