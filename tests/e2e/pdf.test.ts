/**
 * The PDFs as people get them: printed by Chromium with the app's own page set-up (the options
 * Electron's printToPDF gets) and finished by main's own code, then read back page by page —
 * text, running header and footer (exact text, font, size, ink), bookmarks (exact text, no
 * repeats, the document's order), properties, structure tree (heading order, language, chart
 * figures with alternative text, artifacts), fonts, images and their resolution, and how much of
 * each page is filled. Page images go to test-results/pdf/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperSize, PrintContent } from '../../electron/shared/ipc-contract';
import { PAPER_INCHES } from '../../electron/shared/print-pages';
import { PRINT_PAGES } from '../../electron/shared/print-documents';
import { pdfProperties } from '../../electron/main/pdf-properties';
import { figureParts } from '../../renderer/src/lib/figure-format';
import { axisTitle } from '../../renderer/src/charts/chart-config';
import type { ChartSpec } from '../../renderer/src/model/chart-specs';
import { THEME_STORAGE_KEY } from '../../renderer/src/lib/theme.svelte';
import { bundledModel } from '../support/load-bundled';
import { PROJECT_ROOT, startHarness, type Harness } from './fixtures/harness';
import { differingPixels, flattenOutline, pageFill, pagePixels, pdfFonts, pdfImages, printDocument, readPdf, structNodes, structText, type PrintedDocument, type ReadPdf, type TextLine } from './fixtures/print-pdf';

const OUT = join(PROJECT_ROOT, 'test-results', 'pdf');
const model = await bundledModel();
const TITLE = model.briefing.title;
const LABEL: Record<PrintContent, string> = { summary: 'Summary', handout: 'Slides', brief: 'Brief' };
const timings: Record<string, PrintedDocument['timings']> = {};
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
  writeFileSync(join(OUT, 'timings.json'), JSON.stringify(timings, null, 2));
});

interface Printed {
  file: string;
  doc: PrintedDocument;
  pdf: ReadPdf;
  fill: number[];
}

async function print(content: PrintContent, paper: PaperSize): Promise<Printed> {
  const doc = await printDocument(harness, content, paper, model.briefing);
  expect(doc.problems).toEqual([]);
  const file = join(OUT, `${content}-${paper}.pdf`);
  writeFileSync(file, doc.bytes);
  timings[`${content}-${paper}`] = doc.timings;
  // For a person to look at: every page, and a contact sheet.
  execFileSync('sh', ['-c', `rm -f "${OUT}/${content}-${paper}"-*.png && pdftoppm -r 50 -png "${file}" "${OUT}/${content}-${paper}" && montage "${OUT}/${content}-${paper}"-*.png -tile 6x -geometry +4+4 -background '#888888' "${OUT}/sheet-${content}-${paper}.png"`]);
  return { file, doc, pdf: await readPdf(doc.bytes), fill: pageFill(file, paper, content) };
}

/** The bookmarks the document's headings make: each heading once, nested by level, in order. */
function expectedBookmarks(headings: PrintedDocument['headings']): { title: string; depth: number }[] {
  const seen = new Set<string>();
  return headings.filter((h) => !seen.has(h.text) && seen.add(h.text)).map((h) => ({ title: h.text, depth: h.level - 1 }));
}

/** Where a document's headings repeat themselves (its bookmarks then give the first of each). */
function repeatedHeadings(headings: PrintedDocument['headings']): string[] {
  return headings.map((h) => h.text).filter((t, i, all) => all.indexOf(t) !== i);
}

function checkProperties({ pdf }: Printed): void {
  expect(pdf.info).toMatchObject({
    Title: TITLE,
    Subject: 'Press conference on business work and operations in 2022, State Council Information Office, 2 February 2023',
    Author: 'Guo Tingting, Vice Minister of Commerce',
    Creator: 'Briefing Viewer',
    Language: 'en',
  });
  expect(pdfProperties(model.briefing).title).toBe(TITLE);
}

function checkOutline({ pdf, doc, file }: Printed): void {
  const bookmarks = flattenOutline(pdf.outline);
  expect(bookmarks).toEqual(expectedBookmarks(doc.headings));
  expect(new Set(bookmarks.map((b) => b.title)).size).toBe(bookmarks.length);
  expect(bookmarks[0]).toEqual({ title: TITLE, depth: 0 });
  // The headings as tagged (what a screen reader reads) are exactly the page's, in its order.
  const tagged = structText(file);
  let at = 0;
  for (const heading of doc.headings) {
    const found = tagged.indexOf(heading.text, at);
    expect(found, heading.text).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

function checkStructure({ pdf }: Printed, charts: string[]): void {
  const nodes = pdf.pages.flatMap((p) => structNodes(p.structTree));
  expect(nodes.find((n) => n.role === 'Document')?.lang).toBe('en');
  const levels = nodes.filter((n) => /^H[1-6]$/.test(n.role)).map((n) => Number(n.role.slice(1)));
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1));
  // Every picture is a Figure with its alternative text; every chart is one of them.
  const figures = nodes.filter((n) => n.role === 'Figure');
  expect(figures.map((f) => f.alt)).toEqual(charts);
  // The cover's decoration (and every page's running header and footer) are artifacts.
  expect(pdf.pages[0]!.hasArtifacts).toBe(true);
}

function checkRunningHeads({ pdf }: Printed, content: PrintContent): void {
  const count = pdf.pages.length;
  const cover = pdf.pages[0]!;
  expect(cover.lines.some((l) => /^Page \d+ of \d+$/.test(l.text) || l.text.startsWith(`${TITLE}\t`))).toBe(false);
  pdf.pages.slice(1).forEach((page, i) => {
    const [header, footer] = [page.lines[0]!, page.lines.at(-1)!];
    expect(header.text, `page ${i + 2} header`).toBe(`${TITLE}\t${LABEL[content]}`);
    expect(footer.text, `page ${i + 2} footer`).toBe(`Page ${i + 2} of ${count}`);
    for (const line of [header, footer]) {
      expect(line.font, `page ${i + 2}`).toMatch(/^[A-Z]{6}\+Inter-Regular$/);
      expect(line.size).toBeGreaterThanOrEqual(8);
    }
    // The page is numbered once.
    expect(page.text.match(/Page \d+ of \d+|\b\d+ \/ \d+\b/g)).toEqual([`Page ${i + 2} of ${count}`]);
  });
}

function checkFontsAndImages({ file }: Printed): void {
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.name, `${font.name} (${font.type})`).toMatch(/^[A-Z]{6}\+(Inter-|NotoSansSC)/);
  }
  for (const image of pdfImages(file).filter((i) => i.type === 'image')) {
    expect(image.xPpi, `image on page ${image.page}`).toBeGreaterThanOrEqual(250);
    expect(image.xPpi, `image on page ${image.page}`).toBeLessThanOrEqual(350);
  }
}

/**
 * The charts are printed as paths and text, not as pictures (renderer/src/charts/print-as-vector.ts):
 * no picture is placed on any page (the derived bars' hatch is a pattern of one small tile, which
 * `pdfimages` does not list), and each chart's own words — its value axis's title, drawn
 * by Chart.js and nowhere else on the page — are text in the PDF, exactly, in the chart's face and
 * at a size read on paper, on the page of the chart's tagged Figure.
 */
function checkChartsAsVectors({ file, pdf }: Printed, specs: ChartSpec[]): void {
  expect(pdfImages(file)).toEqual([]);
  const figurePages = pdf.pages.flatMap((page, i) => structNodes(page.structTree).filter((n) => n.role === 'Figure').map((f) => ({ page: i, alt: f.alt })));
  for (const spec of specs) {
    const figure = figurePages.find((f) => f.alt === `${spec.title}. ${spec.takeaway}`);
    expect(figure, spec.id).toBeDefined();
    const title = pdf.pages[figure!.page]!.lines.find((line) => line.text === axisTitle(spec.format));
    expect(title, `${spec.id}: "${axisTitle(spec.format)}" on page ${figure!.page + 1}`).toBeDefined();
    expect(title!.font, spec.id).toMatch(/^[A-Z]{6}\+Inter-Regular$/);
    expect(title!.size, spec.id).toBeGreaterThanOrEqual(8);
  }
}

/** No page but the cover and the last is less than half filled. */
function checkFill({ fill }: Printed): void {
  fill.slice(1, -1).forEach((share, i) => expect(share, `page ${i + 2} filled`).toBeGreaterThanOrEqual(0.5));
}

/** No heading is left at the foot of a page: the last line above the footer is never a heading's. */
function checkNoHeadingAtFoot({ pdf, doc }: Printed): void {
  const headings = doc.headings.map((h) => h.text);
  pdf.pages.slice(0, -1).forEach((page, i) => {
    const body = page.lines.filter((l) => !/^Page \d+ of \d+$/.test(l.text));
    const last = body.at(-1)?.text.trim() ?? '';
    expect(headings.some((h) => h === last || (h.endsWith(last) && body.at(-1)!.size > 10.5)), `page ${i + 1} ends with a heading: ${last}`).toBe(false);
  });
}

/** A card is never split: a point's title, the start of its quote and the end of it are on one page. */
function checkCardsWhole({ pdf }: Printed): void {
  const pageOf = (match: (line: TextLine) => boolean, from = 0) => pdf.pages.findIndex((p, i) => i >= from && p.lines.some(match));
  for (const point of [...model.briefing.areas.flatMap((a) => a.points), ...(model.briefing.outlook?.tasks ?? [])]) {
    const title = pageOf((l) => l.text === point.title && l.size > 10.5);
    // The quote's first and last words, as far as they fit on one line (and tell quotes apart).
    const start = pageOf((l) => `“${point.quote}`.startsWith(l.text.trim()) && l.text.trim().length > 30, title);
    const end = pageOf((l) => `${point.quote}”`.endsWith(l.text.trim()) && l.text.trim().length >= 8, title);
    expect([start, end], point.id).toEqual([title, title]);
  }
}

/** The ink of the running header and footer: dark enough to photocopy (from the page in grey). */
function darkestInMargins(file: string, paper: PaperSize, content: PrintContent): number {
  const dir = mkdtempSync(join(tmpdir(), 'bv-ink-'));
  execFileSync('pdftoppm', ['-gray', '-r', '150', '-f', '2', '-l', '2', file, join(dir, 'p')]);
  const data = readFileSync(join(dir, execFileSync('ls', [dir]).toString().trim()));
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(data.subarray(0, 64).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = data.subarray(header[0].length);
  const band = Math.floor((content === 'handout' ? 0.6 : 0.75) * 150);
  let darkest = 255;
  for (const y of [...Array(band).keys(), ...Array.from({ length: band }, (_, i) => height - 1 - i)]) {
    for (let x = 0; x < width; x++) darkest = Math.min(darkest, pixels[y * width + x]!);
  }
  void paper;
  return darkest;
}

const oneLine = (pdf: ReadPdf) => pdf.pages.map((p) => p.text).join('\n').replace(/\s+/g, ' ');

describe('the summary PDF', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: flows, says everything once, and describes itself`, async () => {
      const printed = await print('summary', paper);
      const { pdf } = printed;
      expect(pdf.pages.length).toBeLessThanOrEqual(12);
      expect(pdf.size.width).toBeCloseTo(PAPER_INCHES[paper].width, 1);
      expect(pdf.size.height).toBeCloseTo(PAPER_INCHES[paper].height, 1);
      const text = oneLine(pdf);
      for (const value of ['222.52', '86.34', '7.5', '56', '5,400', '18.1%', '+53.2%', '17.8%', '+14.5%', '136.18 billion yuan']) expect(text, value).toContain(value);
      for (const area of model.briefing.areas) expect(text).toContain(`${area.number}. ${area.title}`);
      for (const zone of model.briefing.zones) expect(text).toContain(`${zone.nameEn} ${zone.nameZh}`);
      for (const spec of model.charts) for (const cell of spec.table.rows.flat()) expect(text, `${spec.id}: ${cell}`).toContain(cell);
      // Each thing is said once: a headline figure's sentence is quoted once before the charts (which
      // cite their sources) and the source text; a point's quote and plain meaning are tagged whole.
      const beforeCharts = text.slice(0, text.indexOf(' Charts '));
      for (const figure of model.headlineFigures) expect(beforeCharts.split(figure.quote).length - 1, figure.id).toBe(1);
      const tagged = structText(printed.file);
      for (const point of model.briefing.areas.flatMap((a) => a.points)) {
        expect(tagged, point.id).toContain(`“${point.quote}”`);
        expect(tagged.filter((t) => t === `“${point.quote}”`).length, point.id).toBe(1);
      }
      // The headline figures share one page; the title is balanced (no word alone on its last line).
      const numbers = model.headlineFigures.map((f) => figureParts(f).number);
      const figurePages = numbers.map((n) => pdf.pages.findIndex((p) => p.lines.some((l) => l.text === n && l.size >= 20)));
      expect(figurePages.every((p) => p === figurePages[0] && p > 0), figurePages.join()).toBe(true);
      const titleLines = pdf.pages[0]!.lines.filter((l) => TITLE.includes(l.text.trim()) && l.size > 20);
      expect(titleLines.length).toBeGreaterThan(0);
      for (const line of titleLines) expect(line.text.trim().split(' ').length).toBeGreaterThan(1);
      checkProperties(printed);
      checkOutline(printed);
      // Every section has its bookmark: no heading of the summary repeats another.
      expect(repeatedHeadings(printed.doc.headings)).toEqual([]);
      checkStructure(printed, model.charts.map((c) => `${c.title}. ${c.takeaway}`));
      checkRunningHeads(printed, 'summary');
      checkFontsAndImages(printed);
      checkChartsAsVectors(printed, model.charts);
      checkFill(printed);
      checkNoHeadingAtFoot(printed);
      checkCardsWhole(printed);
      expect(darkestInMargins(printed.file, paper, 'summary')).toBeLessThanOrEqual(90);
    });
  }
});

describe('the summary written into a page at build time', () => {
  /** Each page's lines as drawn: exact text, size, place on the page and face (without the subset's tag). */
  const drawnLines = (pdf: ReadPdf) =>
    pdf.pages.map((p) => p.lines.map((l) => `${l.text} | ${l.size.toFixed(2)}pt at ${l.left.toFixed(1)}, ${l.top.toFixed(1)} in ${l.font.replace(/^[A-Z]{6}\+/, '')}`));
  /** A reader who chose the dark theme on screen: it must not reach the paper. */
  const darkTheme = `localStorage.setItem(${JSON.stringify(THEME_STORAGE_KEY)}, 'dark')`;
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: prints what the app's print route prints, for a reader in either theme: every line, pixel, bookmark, tag, font and picture`, async () => {
      const files = { page: join(OUT, `summary-${paper}-page.pdf`), route: join(OUT, `summary-${paper}-route-dark.pdf`) };
      const page = await printDocument(harness, 'summary', paper, model.briefing);
      const route = await printDocument(harness, 'summary', paper, model.briefing, { from: 'route', initScripts: [darkTheme] });
      expect([page.problems, route.problems]).toEqual([[], []]);
      writeFileSync(files.page, page.bytes);
      writeFileSync(files.route, route.bytes);
      const [fromPage, fromRoute] = [await readPdf(page.bytes), await readPdf(route.bytes)];
      expect(fromPage.pages.length).toBeGreaterThan(5);
      expect(drawnLines(fromPage)).toEqual(drawnLines(fromRoute));
      // What a person sees, pixel for pixel: colours (the running header and footer in the light
      // palette), places and the charts' pictures too. The app renders a space between two
      // expressions as a text node of its own, which Chromium shapes apart from the words after it;
      // the page's parser joins the two, so a glyph or two can land a fraction of a pixel away
      // (28 pixels of a page at 50 dpi, measured): at most 0.02 % of a page may differ. The running
      // header in the dark palette's grey differs in far more.
      const [pagePictures, routePictures] = [pagePixels(files.page), pagePixels(files.route)];
      expect(pagePictures).toHaveLength(fromPage.pages.length);
      const differing = pagePictures.map((pixels, i) => differingPixels(pixels, routePictures[i]!));
      differing.forEach(({ differ, of }, i) => expect(differ, `page ${i + 1}: ${differ} of ${of} pixels differ`).toBeLessThanOrEqual(of * 0.0002));
      expect(flattenOutline(fromPage.outline)).toEqual(flattenOutline(fromRoute.outline));
      // What a screen reader reads, string by string. The app renders a space between two
      // expressions as a text node of its own, which the PDF tags as a string of its own (" "); the
      // page's parser joins it to the text after it (" From 1 January…"): the same words, read the same.
      const read = (file: string) => structText(file).reduce<string[]>((all, text) => (all.length && /^\s+$/.test(all.at(-1)!) ? [...all.slice(0, -1), all.at(-1)! + text] : [...all, text]), []);
      expect(read(files.page)).toEqual(read(files.route));
      expect(page.headings).toEqual(route.headings);
      const faces = (file: string) => pdfFonts(file).map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')} ${f.type} ${f.embedded}`).sort();
      expect(faces(files.page)).toEqual(faces(files.route));
      const pictures = (file: string) => pdfImages(file).map((i) => `page ${i.page}: ${i.type} ${i.width} px at ${i.xPpi} ppi`);
      expect(pictures(files.page)).toEqual(pictures(files.route));
      // The charts are paths and text on both (no pictures): their words are among the lines compared above.
      for (const spec of model.charts) expect(drawnLines(fromPage).flat().some((line) => line.startsWith(`${axisTitle(spec.format)} | `)), spec.id).toBe(true);
    });
  }
});

describe('the slide handouts PDF', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: one slide to a landscape page, chart numbers as text, numbered once`, async () => {
      const printed = await print('handout', paper);
      const { pdf } = printed;
      expect(pdf.pages).toHaveLength(model.deck.length);
      expect(pdf.size.width).toBeCloseTo(PAPER_INCHES[paper].height, 1);
      expect(pdf.size.height).toBeCloseTo(PAPER_INCHES[paper].width, 1);
      model.deck.forEach((slide, i) => {
        const text = pdf.pages[i]!.text.replace(/\s+/g, ' ');
        expect(text, `slide ${i + 1}`).toContain(slide.title);
        if (slide.kind === 'chart') for (const cell of slide.spec.table.rows.flat()) expect(text, `slide ${i + 1}: ${cell}`).toContain(cell);
      });
      checkProperties(printed);
      checkOutline(printed);
      // The deck repeats an area's title on its figures slide and its points slide; the bookmark
      // goes to the first of them.
      expect(repeatedHeadings(printed.doc.headings)).toEqual(model.deck.map((s) => s.title).filter((t, i, all) => all.indexOf(t) !== i));
      const charts = model.deck.flatMap((s) => (s.kind === 'chart' ? [`${s.spec.title}. ${s.spec.takeaway}`] : []));
      checkStructure(printed, charts);
      checkRunningHeads(printed, 'handout');
      checkFontsAndImages(printed);
      checkChartsAsVectors(printed, model.deck.flatMap((s) => (s.kind === 'chart' ? [s.spec] : [])));
      checkFill(printed);
    });
  }
});

describe('a print document getting ready', () => {
  it('asks for each font file once, the text font’s with its first code, and says it is ready only with every chart drawn in its own face', async () => {
    const view = await harness.open({ route: '#/print/summary?paper=a4', viewport: { width: 1100, height: 1400 } });
    try {
      await view.page.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
      const state = await view.page.evaluate(() => {
        const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ file: r.name.split('/').pop()!, start: r.startTime }));
        const fonts = requests.filter((r) => /\.woff2?$/.test(r.file)).map((r) => r.file);
        const started = (pattern: RegExp) => Math.min(...requests.filter((r) => pattern.test(r.file)).map((r) => r.start));
        const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-canvas]')];
        return {
          fonts,
          textFontFirst: started(/^inter-latin-400-normal-/) <= started(/^PrintDocument-.*\.js$/),
          charts: charts.length,
          drawn: charts.filter((c) => c.dataset['drawn'] === 'true').length,
          facesLoaded: ['400', '600'].every((weight) => document.fonts.check(`${weight} 16px Inter`, 'Foreign capital 18.1%')),
        };
      });
      expect(state.fonts.filter((file, i) => state.fonts.indexOf(file) !== i)).toEqual([]);
      expect(state.fonts.some((file) => file.startsWith('inter-latin-400-normal-'))).toBe(true);
      expect(state.textFontFirst).toBe(true);
      expect(state.charts).toBeGreaterThan(0);
      expect(state.drawn).toBe(state.charts);
      expect(state.facesLoaded).toBe(true);
      expect(view.problems).toEqual([]);
    } finally {
      await view.close();
    }
  });
});

describe('the print page written at build time getting ready', () => {
  it("loads none of the app's code, asks for each font file once and before the layout finds it, and says it is ready with every chart drawn", async () => {
    const view = await harness.open({ path: PRINT_PAGES.summary!.a4, viewport: { width: 1100, height: 1400 } });
    try {
      await view.page.waitForSelector('body[data-print-ready="true"]', { state: 'attached' });
      const state = await view.page.evaluate(() => {
        const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ file: r.name.split('/').pop()!, type: r.initiatorType }));
        const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-canvas]')];
        return {
          scripts: requests.filter((r) => r.file.endsWith('.js')).map((r) => r.file.replace(/-[\w-]{8}\.js$/, '.js')),
          fonts: requests.filter((r) => /\.woff2?$/.test(r.file)),
          charts: charts.length,
          drawn: charts.filter((c) => c.dataset['drawn'] === 'true').length,
          facesLoaded: ['400', '600'].every((weight) => document.fonts.check(`${weight} 16px Inter`, 'Foreign capital 18.1%')),
          chineseLoaded: document.fonts.check('400 16px "Noto Sans SC"', '上海'),
        };
      });
      expect(state.scripts).toEqual(['print-page.js']);
      const files = state.fonts.map((f) => f.file);
      expect(files.filter((file, i) => files.indexOf(file) !== i)).toEqual([]);
      // Every font file is the head's preload (a "link"), none found later by the layout ("css").
      expect(state.fonts.filter((f) => f.type !== 'link')).toEqual([]);
      expect(files.some((file) => file.startsWith('noto-sans-sc-'))).toBe(true);
      expect(state.charts).toBe(model.charts.length);
      expect(state.drawn).toBe(state.charts);
      expect([state.facesLoaded, state.chineseLoaded]).toEqual([true, true]);
      expect(view.problems).toEqual([]);
    } finally {
      await view.close();
    }
  });
});

describe('the one-page brief PDF', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it(`on ${paper === 'a4' ? 'A4' : 'US Letter'}: title, headline figures with context, the areas, the tasks, on one page`, async () => {
      const printed = await print('brief', paper);
      const { pdf } = printed;
      expect(pdf.pages).toHaveLength(1);
      const text = oneLine(pdf);
      const tagged = structText(printed.file);
      for (const figure of model.headlineFigures) expect(tagged).toContain(figure.label);
      for (const area of model.briefing.areas) expect(tagged).toContain(`“${area.summaryQuote}”`);
      for (const value of ['222.52', '86.34', '7.5', '56', '5,400', '18.1% of the national total', '+53.2% year on year', '17.8% of the national total', '+14.5% year on year']) {
        expect(text, value).toContain(value);
      }
      for (const area of model.briefing.areas) expect(text).toContain(`${area.number}. ${area.title}`);
      for (const task of model.briefing.outlook!.tasks) expect(text).toContain(task.title);
      // One page: no running header or footer, nothing cut, no note about running over.
      expect(pdf.pages[0]!.lines.some((l) => /^Page \d/.test(l.text))).toBe(false);
      expect(text).not.toContain('runs to more than one page');
      expect(printed.fill[0]).toBeGreaterThan(0.8);
      checkProperties(printed);
      checkOutline(printed);
      expect(repeatedHeadings(printed.doc.headings)).toEqual([]);
      checkStructure(printed, []);
      checkFontsAndImages(printed);
    });
  }

  it('for a briefing longer than a page: shrinks within limits, then says so and runs on, cutting nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bv-long-'));
    const json = JSON.parse(readFileSync(join(PROJECT_ROOT, 'assets/briefings/pilot-ftz-2022.json'), 'utf8'));
    const copies = [1, 2].map((n) =>
      json.areas.map((a: { id: string; number: number; points: { id: string }[] }) => ({
        ...a,
        id: `${a.id}-again-${n}`,
        number: a.number + 4 * n,
        points: a.points.map((p) => ({ ...p, id: `${p.id}-again-${n}` })),
      })),
    );
    json.areas = [...json.areas, ...copies.flat()];
    writeFileSync(join(dir, 'long.json'), JSON.stringify(json));
    copyFileSync(join(PROJECT_ROOT, 'assets/briefings', json.source.file), join(dir, json.source.file));
    const long = await startHarness({ briefingPath: join(dir, 'long.json') });
    try {
      const doc = await printDocument(long, 'brief', 'a4', json);
      expect(doc.problems).toEqual([]);
      writeFileSync(join(OUT, 'brief-long-a4.pdf'), doc.bytes);
      const pdf = await readPdf(doc.bytes);
      expect(pdf.pages.length).toBeGreaterThan(1);
      expect(pdf.pages[0]!.text.replace(/\s+/g, ' ')).toContain('This brief runs to more than one page: the briefing holds more than one page carries at a readable size.');
      const text = oneLine(pdf);
      for (const area of json.areas as { number: number; title: string }[]) expect(text).toContain(`${area.number}. ${area.title}`);
      pdf.pages.forEach((page, i) => expect(page.lines.at(-1)!.text).toBe(`Page ${i + 1} of ${pdf.pages.length}`));
    } finally {
      await long.close();
    }
  });
});

describe('the export dialog', () => {
  it('opens from File ▸ Export PDF…, offers summary, handouts and the brief on A4 or Letter, and shows what went wrong', async () => {
    const { dispatchMenuCommand } = await import('./fixtures/browser-contract');
    const view = await harness.open();
    await dispatchMenuCommand(view.page, 'export-pdf');
    const dialog = view.page.getByRole('dialog', { name: 'Export PDF' });
    // The dialog's code loads on first use.
    await dialog.getByRole('radio').first().waitFor();
    expect(await dialog.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).value))).toEqual(['summary', 'handout', 'brief', 'a4', 'letter']);
    await dialog.getByLabel(/One-page brief/).check();
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
