/**
 * The PDFs as Chromium prints them with the app's own page set-up (the same options Electron's
 * printToPDF gets), read back with pdf.js: pages, text, page numbers, outline, paper size. Page
 * images go to test-results/pdf/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { devtoolsPdfParams, PAPER_INCHES } from '../../electron/main/pdf-options';
import { PROJECT_ROOT, startHarness, type Harness } from './fixtures/harness';

const OUT = join(PROJECT_ROOT, 'test-results', 'pdf');
const TITLE = "China's Pilot Free Trade Zones in 2022";
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

async function makePdf(content: 'summary' | 'handout', paper: 'a4' | 'letter') {
  const view = await harness.open({ route: `#/print/${content}?paper=${paper}`, viewport: { width: 1100, height: 1400 } });
  await view.page.waitForSelector('body[data-print-ready="true"]');
  const started = performance.now();
  const bytes = await harness.printPdf(view.page, devtoolsPdfParams({ paper, content, title: TITLE }));
  const ms = performance.now() - started;
  expect(view.problems).toEqual([]);
  await view.close();
  const file = join(OUT, `${content}-${paper}.pdf`);
  writeFileSync(file, bytes);
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const text = await page.getTextContent();
    // pdf.js gives words and the spaces between them as items; a line's end is marked hasEOL.
    pages.push(text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('').replace(/\s+/g, ' '));
  }
  const firstPage = await pdf.getPage(1);
  const [, , width, height] = firstPage.view as [number, number, number, number];
  // The outline nests sections under the title; flatten it. Chromium drops the space at a line
  // break inside a heading ("in2022"), so titles are compared without white space.
  type Node = { title: string; items: Node[] };
  const flatten = (nodes: Node[]): string[] => nodes.flatMap((n) => [n.title.replace(/\s+/g, ''), ...flatten(n.items)]);
  const outline = flatten(((await pdf.getOutline()) ?? []) as Node[]);
  return { file, pages, text: pages.join(' '), size: { width: width / 72, height: height / 72 }, outline, ms };
}

describe('the summary PDF', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: every figure, area and zone as text, page numbers, outline`, async () => {
      const pdf = await makePdf('summary', paper);
      expect(pdf.pages.length).toBeGreaterThanOrEqual(6);
      expect(pdf.pages.length).toBeLessThanOrEqual(18);
      expect(pdf.size.width).toBeCloseTo(PAPER_INCHES[paper].width, 1);
      expect(pdf.size.height).toBeCloseTo(PAPER_INCHES[paper].height, 1);
      for (const value of ['222.52 billion yuan', '86.34 billion yuan', '7.5 trillion yuan', '56 documents', 'more than 5,400 items', '18.1%', '+53.2%', '17.8%', '+14.5%']) {
        expect(pdf.text, value).toContain(value);
      }
      for (const area of ['Promote high-level opening up', 'Deepen reform and innovation', 'Promote high-quality development', 'Serve the major national strategies']) {
        expect(pdf.text, area).toContain(area);
      }
      for (const zone of ['Shanghai', 'Guangdong', 'Tianjin', 'Fujian', 'Liaoning', 'Zhejiang', 'Henan', 'Hubei', 'Chongqing', 'Sichuan', 'Shaanxi', 'Hainan', 'Shandong', 'Jiangsu', 'Guangxi', 'Hebei', 'Yunnan', 'Heilongjiang', 'Beijing', 'Hunan', 'Anhui']) {
        expect(pdf.text, zone).toContain(zone);
      }
      // Charts print their numbers as text beside them.
      expect(pdf.text).toContain('136.18 billion yuan');
      pdf.pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
      expect(pdf.pages[1]).toContain(TITLE);
      expect(pdf.outline).toEqual(
        expect.arrayContaining([TITLE, 'Headline figures', '1. Promote high-level opening up', '4. Serve the major national strategies', 'The work for 2023', 'Charts', 'Source text'].map((t) => t.replace(/\s+/g, ''))),
      );
      execFileSync('pdftoppm', ['-r', '60', '-png', pdf.file, join(OUT, `summary-${paper}`)]);
    });
  }
});

describe('the slide handouts PDF', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: one slide to each landscape page`, async () => {
      const pdf = await makePdf('handout', paper);
      expect(pdf.pages).toHaveLength(15);
      expect(pdf.size.width).toBeCloseTo(PAPER_INCHES[paper].height, 1);
      expect(pdf.size.height).toBeCloseTo(PAPER_INCHES[paper].width, 1);
      expect(pdf.pages[0]).toContain(TITLE);
      expect(pdf.pages[1]).toContain('222.52');
      expect(pdf.pages[13]).toContain('The work for 2023');
      pdf.pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of 15`));
      execFileSync('pdftoppm', ['-r', '40', '-png', pdf.file, join(OUT, `handout-${paper}`)]);
    });
  }
});

describe('the export dialog', () => {
  it('opens from File ▸ Export PDF…, offers content and paper, and shows what went wrong', async () => {
    const { dispatchMenuCommand } = await import('./fixtures/browser-contract');
    const view = await harness.open();
    await dispatchMenuCommand(view.page, 'export-pdf');
    const dialog = view.page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByLabel(/Slide handouts/).check();
    await dialog.getByLabel('A4').check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    // The browser stand-in cannot write files; the dialog shows its sentence, and nothing is lost.
    expect(await dialog.getByRole('alert').innerText()).toBe('Exporting a PDF needs the desktop app.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await view.page.getByRole('dialog').count()).toBe(0);
    expect(await view.page.locator('h1').innerText()).toBe(TITLE);
    expect(view.problems).toEqual([]);
    await view.close();
  });
});
