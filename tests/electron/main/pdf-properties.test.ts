import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { finishPdf, pdfProperties } from '../../../electron/main/pdf-properties';
import { loadBundled } from '../../support/load-bundled';
import { minimalPdf } from '../../support/minimal-pdf';

const properties = pdfProperties({
  title: 'Harbour Town (“ports”) & zones',
  language: 'en-GB',
  event: { name: 'Press conference', organiser: 'Harbour Town Council', date: '2024-03-09', quote: 'x' },
  speakers: [
    { name: 'A. Person', role: 'Mayor' },
    { name: 'B. Person', role: 'Treasurer' },
  ],
});

const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

async function read(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, standardFontDataUrl }).promise;
  type Node = { title: string; items: Node[] };
  const flatten = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.title, ...flatten(n.items)]);
  const page = await pdf.getPage(1);
  const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).filter(Boolean).join('|');
  return { pdf, info: (await pdf.getMetadata()).info as Record<string, unknown>, outline: flatten(((await pdf.getOutline()) ?? []) as Node[]), tree: await page.getStructTree(), text };
}

describe('the properties a PDF gets from its briefing', () => {
  it('takes title, event, organiser, date, speakers and language from the briefing', () => {
    expect(properties).toEqual({
      title: 'Harbour Town (“ports”) & zones',
      subject: 'Press conference, Harbour Town Council, 9 March 2024',
      author: 'A. Person, Mayor; B. Person, Treasurer',
      language: 'en-GB',
      creator: 'Briefing Viewer',
    });
  });

  it('for the bundled briefing', async () => {
    const { briefing } = await loadBundled();
    expect(pdfProperties(briefing)).toEqual({
      title: "China's Pilot Free Trade Zones in 2022",
      subject: 'Press conference on business work and operations in 2022, State Council Information Office, 2 February 2023',
      author: 'Guo Tingting, Vice Minister of Commerce',
      language: 'en',
      creator: 'Briefing Viewer',
    });
  });
});

describe('finishing a printed PDF', () => {
  it('sets Title, Subject, Author, Creator and the language, and keeps Producer and dates', async () => {
    const { pdf, info } = await read(finishPdf(minimalPdf(), properties));
    expect(info).toMatchObject({
      Title: 'Harbour Town (“ports”) & zones',
      Subject: 'Press conference, Harbour Town Council, 9 March 2024',
      Author: 'A. Person, Mayor; B. Person, Treasurer',
      Creator: 'Briefing Viewer',
      Producer: 'Skia/PDF m156',
      Language: 'en-GB',
      CreationDate: "D:20230202000000+00'00'",
    });
    const catalog = await pdf.getViewerPreferences?.();
    expect(catalog).toMatchObject({ DisplayDocTitle: true });
  });

  it('keeps the original bytes and appends the change (an incremental update)', () => {
    const original = minimalPdf();
    const finished = finishPdf(original, properties);
    expect(Buffer.from(finished.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const update = Buffer.from(finished.subarray(original.length)).toString('latin1');
    expect(update).toMatch(/\/Prev \d+/);
    expect(update.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('keeps the structure tree, the text and the outline', async () => {
    const before = await read(minimalPdf());
    const after = await read(finishPdf(minimalPdf(), properties));
    expect(after.tree).toEqual(before.tree);
    expect(after.tree).toMatchObject({ role: 'Root', children: [{ role: 'Document' }] });
    expect(after.text).toBe(before.text);
    expect(after.text).toBe('Title|Page 1');
    expect(after.outline).toEqual(['Title', 'Headline figures']);
  });

  it('gives each bookmark once, in the document’s order, and keeps the rest linked', async () => {
    const bookmarks = ['Title', 'Opening up', 'Reform', 'Opening up', 'Reform', 'Zones'];
    const pdf = minimalPdf({ bookmarks, pages: bookmarks });
    const { outline } = await read(finishPdf(pdf, properties));
    expect(outline).toEqual(['Title', 'Opening up', 'Reform', 'Zones']);
  });

  it('marks what is drawn outside the structure tree (rules, running footer) as artifacts, and nothing else', () => {
    const original = minimalPdf();
    const finished = Buffer.from(finishPdf(original, properties).subarray(original.length)).toString('latin1');
    const streams = [...finished.matchAll(/\/Length (\d+)\s*\/Filter \/FlateDecode\s*>>\s*stream\n/g)].map((m) => Buffer.from(finished.slice(m.index + m[0].length, m.index + m[0].length + Number(m[1])), 'latin1'));
    const pages = streams.map((s) => inflateSync(s).toString('latin1'));
    const marked = pages.filter((p) => p.includes('/Artifact BMC'));
    expect(marked).toHaveLength(2);
    expect(marked[0]).toBe(
      [
        'q\n/Artifact BMC\n 0.8 0.8 0.8 rg 72 700 468 2 re f\nEMC Q',
        '/H1 <</MCID 0 >>BDC BT /F1 18 Tf 72 720 Td (Title) Tj ET EMC',
        'BT\n/Artifact BMC\n /F1 9 Tf 480 40 Td (Page 1) Tj\nEMC ET',
      ].join('\n'),
    );
  });

  it('changes nothing it does not need to when there is nothing to mark or remove', () => {
    const finished = finishPdf(minimalPdf({ bookmarks: ['Only'], pages: ['Only'] }), properties);
    expect(Buffer.from(finished).toString('latin1')).toContain('/Lang (en-GB)');
  });
});
