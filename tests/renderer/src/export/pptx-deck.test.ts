/**
 * The PowerPoint file of a briefing, opened as the zip of XML it is: a slide per slide of the deck
 * in its order and with its titles, the text as text in Arial and Chinese in an East Asian font,
 * every chart a native bar chart with the spec's numbers, labels and colours, the speaker notes,
 * the file's properties, both slide sizes, and nothing too small or outside the slide.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../../../electron/main/briefing-files';
import { axisTitle } from '../../../../renderer/src/charts/chart-config';
import { buildPptx, buildPptxWithReport, pptxFileName } from '../../../../renderer/src/export/pptx-deck';
import { buildBriefingModel, type BriefingModel } from '../../../../renderer/src/model/briefing-model';
import { POWERPOINT_COLOURS, POWERPOINT_TYPE_PT, sequentialColours } from '../../../../renderer/src/styles/palette';
import { listedZonesModel, longBriefingModel } from '../../../support/briefing-variants';
import { bundledModel, PROJECT_ROOT } from '../../../support/load-bundled';
import { readPptx, type PptxFile } from '../../../support/pptx-file';
import { BUNDLED_DECK_TITLES } from '../../../support/bundled-deck';

const EMU = 914400;
const SMALLEST_PT = 0.03 * 7.5 * 72;

async function harbourModel(): Promise<BriefingModel> {
  const result = await readBriefingFile(join(PROJECT_ROOT, 'assets/briefings/harbour-town-2024.json'), { kind: 'bundled' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return buildBriefingModel(result.payload);
}

/** What every exported deck must be, whatever the briefing and size. */
async function checkDeck(model: BriefingModel, aspect: '16:9' | '4:3', acceptedProblem?: RegExp): Promise<PptxFile> {
  const { bytes, problems } = await buildPptxWithReport(model, { aspect });
  expect(problems.filter((p) => !acceptedProblem?.test(p))).toEqual([]);
  const file = await readPptx(bytes);
  expect(file.slides).toHaveLength(model.deck.length);
  expect(file.slides.map((s) => s.title)).toEqual(model.deck.map((s) => s.title));
  expect(file.size).toEqual(aspect === '16:9' ? { cx: 12192000, cy: 6858000 } : { cx: 9144000, cy: 6858000 });
  file.slides.forEach((slide, i) => {
    const where = `slide ${i + 1} (${model.deck[i]!.id})`;
    expect(slide.notes.split('\n'), where).toEqual(model.deck[i]!.notes);
    for (const shape of slide.shapes) {
      expect(shape.x, `${where}: ${shape.name}`).toBeGreaterThanOrEqual(0);
      expect(shape.y, `${where}: ${shape.name}`).toBeGreaterThanOrEqual(0);
      expect(shape.x + shape.cx, `${where}: ${shape.name}`).toBeLessThanOrEqual(file.size.cx);
      expect(shape.y + shape.cy, `${where}: ${shape.name}`).toBeLessThanOrEqual(file.size.cy);
      for (const run of shape.runs) {
        expect(run.size, `${where}: "${run.text}"`).toBeGreaterThanOrEqual(SMALLEST_PT);
        // Latin text in Arial; Chinese in an East Asian font, marked as Chinese.
        if (/[\u4e00-\u9fff]/.test(run.text)) expect([run.latin, run.eastAsian, run.lang], `${where}: "${run.text}"`).toEqual(['Microsoft YaHei', 'Microsoft YaHei', 'zh-CN']);
        else expect(run.latin, `${where}: "${run.text}"`).toBe('Arial');
      }
    }
    // One set of paragraph properties a paragraph, first (PowerPoint repairs files with more).
    for (const [, inner] of slide.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) expect(inner!.match(/<a:pPr\b/g)?.length ?? 0, where).toBeLessThanOrEqual(1);
    if (slide.chart) for (const size of slide.chart.fontSizes) expect(size, `${where}: chart text`).toBeGreaterThanOrEqual(SMALLEST_PT);
  });
  return file;
}

/** Every chart slide is a native chart with the spec's numbers, labels, names and colours. */
function checkCharts(model: BriefingModel, file: PptxFile): void {
  model.deck.forEach((s, i) => {
    const chart = file.slides[i]!.chart;
    if (s.kind !== 'chart') return expect(chart, s.id).toBeUndefined();
    expect(chart, s.id).toBeDefined();
    expect(chart!.barDir).toBe(s.spec.horizontal ? 'bar' : 'col');
    expect(chart!.grouping).toBe(s.spec.stacked ? 'stacked' : 'clustered');
    expect(chart!.showsValues).toBe(true);
    expect(chart!.valueAxisTitle).toBe(axisTitle(s.spec.format));
    expect(chart!.series.map((x) => x.name)).toEqual(s.spec.series.map((x) => (x.derived ? `${x.label} (derived)` : x.label)));
    chart!.series.forEach((series, n) => {
      const spec = s.spec.series[n]!;
      expect(series.categories).toEqual(s.spec.categories);
      expect(series.values).toHaveLength(spec.values.length);
      series.values.forEach((v, k) => expect(v).toBeCloseTo(spec.values[k]!, 6));
      expect(series.colour).toBe(spec.derived ? POWERPOINT_COLOURS.chartDerived : n === 0 ? POWERPOINT_COLOURS.chartSubject : POWERPOINT_COLOURS.chartSecond);
    });
    expect(file.slides[i]!.shapes.some((sh) => sh.paragraphs.join(' ') === s.spec.takeaway)).toBe(true);
  });
}

describe('the PowerPoint file of the bundled briefing', () => {
  let model: BriefingModel;
  let wide: PptxFile;
  beforeAll(async () => {
    model = await bundledModel();
    wide = await checkDeck(model, '16:9');
  });

  it('has every slide of the deck, in order, each with its title as the slide’s title, and its notes', () => {
    expect(wide.slides.map((s) => s.title)).toEqual([...BUNDLED_DECK_TITLES]);
    expect(wide.slides[1]!.notes.split('\n')[0]).toBe('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
  });

  it('names the briefing, its speaker, event and organiser in the file’s properties', () => {
    expect(wide.core).toEqual({ title: "China's Pilot Free Trade Zones in 2022", creator: 'Guo Tingting', subject: 'Press conference on business work and operations in 2022' });
    expect(wide.company).toBe('State Council Information Office');
  });

  it('writes the headline figures and the points as text boxes, in the screen’s order', () => {
    const texts = (i: number) => wide.slides[i]!.shapes.flatMap((sh) => sh.paragraphs);
    expect(texts(1)).toEqual(expect.arrayContaining(['222.52', 'billion yuan', 'Foreign capital actually used', '18.1% of the national total', '2022', '86.34', '+53.2% year on year', '7.5', 'trillion yuan']));
    expect(texts(2)).toEqual(expect.arrayContaining(['more than', '5,400', 'items', 'as of the end of 2022']));
    const points = wide.slides[4]!.shapes.find((sh) => sh.name === 'Points')!;
    expect(points.paragraphs).toEqual([
      'New models for trade between border residents\nGuangxi 广西 · Yunnan 云南 · Heilongjiang 黑龙江',
      '“Declare first, then pack” for cross-border e-commerce\n2–3 days\nShaanxi 陕西',
      'Imports and exports\n7.5 trillion yuan · 17.8% of the national total · +14.5% year on year',
    ]);
    expect(wide.slides[13]!.shapes.find((sh) => sh.name === 'Tasks')!.paragraphs).toEqual(['Align with high-standard international trade rules', 'Let each zone explore in its own direction', 'Spread what works']);
  });

  it('draws the zones map as shapes: a tile per zone, in its year’s colour, with both names, the named ones marked', () => {
    const slide = wide.slides[8]!;
    const layout = model.zoneMap!;
    const colours = sequentialColours(layout.years.length).map((c) => c.slice(1).toUpperCase());
    for (const t of layout.tiles) {
      const tile = slide.shapes.find((sh) => sh.name === `Zone ${t.zone.nameEn}`);
      expect(tile, t.zone.nameEn).toBeDefined();
      expect(tile!.paragraphs).toEqual([t.zone.nameEn, t.zone.nameZh]);
      expect(tile!.fill).toBe(colours[t.yearIndex]);
      expect(slide.shapes.some((sh) => sh.name === `Zone ${t.zone.nameEn} named`), t.zone.nameEn).toBe(t.mentions > 0);
    }
    // Tiles keep the map's arrangement: Heilongjiang (row 1) above Beijing (row 2), Beijing left of Tianjin.
    const at = (name: string) => slide.shapes.find((sh) => sh.name === `Zone ${name}`)!;
    expect(at('Heilongjiang').y).toBeLessThan(at('Beijing').y);
    expect(at('Beijing').x).toBeLessThan(at('Tianjin').x);
    expect(slide.shapes.filter((sh) => /^Legend \d+$/.test(sh.name)).map((sh) => sh.paragraphs[0])).toEqual([...layout.years.map(String), 'named in the briefing']);
  });

  it('makes each chart a native bar chart with the spec’s categories, values, series names and colours', () => {
    checkCharts(model, wide);
    const share = wide.slides[9]!.chart!;
    expect(share.series.map((s) => [s.name, s.values, s.labelColour])).toEqual([
      ['The pilot free trade zones', [18.1, 17.8], 'FFFFFF'],
      ['Rest of the country (derived)', [81.9, 82.2], '000000'],
    ]);
    expect(share.series[0]!.categories).toEqual(['Foreign capital actually used (2022)', 'Imports and exports (2022)']);
    expect(wide.slides[11]!.chart!.series[1]!.values).toEqual([136.18]);
  });

  it('comes in 4:3 too, with the same slides', async () => {
    const standard = await checkDeck(model, '4:3');
    checkCharts(model, standard);
  });

  it('suggests a file name from the briefing’s id', () => {
    expect(pptxFileName(model, '16:9')).toBe('pilot-ftz-2022-slides.pptx');
    expect(pptxFileName(model, '4:3')).toBe('pilot-ftz-2022-slides-4x3.pptx');
  });
});

describe('the PowerPoint file of other briefings', () => {
  it('exports the second sample briefing with no change to the code', async () => {
    const model = await harbourModel();
    for (const aspect of ['16:9', '4:3'] as const) {
      const file = await checkDeck(model, aspect);
      checkCharts(model, file);
      expect(file.core.title).toBe('Harbour Town Port Zones in 2024 (sample)');
      expect(file.slides[4]!.shapes.find((sh) => sh.name === 'Zone North Quay')!.paragraphs).toEqual(['North Quay', '北码头']);
    }
  });

  it('lists the zones, a page at a time, when they have no tiles', async () => {
    const model = listedZonesModel();
    const lists = model.deck.filter((s) => s.kind === 'zone-list');
    // Every zone once, over more than one slide.
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.flatMap((s) => s.zones.map((z) => z.id)).sort()).toEqual(model.briefing.zones.map((z) => z.id).sort());
    for (const aspect of ['16:9', '4:3'] as const) {
      const file = await checkDeck(model, aspect);
      model.deck.forEach((s, i) => {
        if (s.kind !== 'zone-list') return;
        const names = file.slides[i]!.shapes.filter((sh) => /^Zone .*[^r]$/.test(sh.name) && sh.paragraphs.length === 2);
        expect(names.map((sh) => sh.paragraphs)).toEqual(s.zones.map((z) => [z.nameEn, `${z.nameZh} · ${z.established}${z.named ? ' · named in the briefing' : ''}`]));
      });
    }
  });

  it('exports a briefing at the format’s limits: every slide and text on it, long titles written smaller', async () => {
    const model = longBriefingModel();
    for (const aspect of ['16:9', '4:3'] as const) {
      // A long takeaway leaves a 4:3 chart less than half the slide's body, as it does on screen; the export reports it.
      const file = await checkDeck(model, aspect, /^chart-[\w-]+ \(4:3\): the chart has only/);
      checkCharts(model, file);
      const titleSize = (i: number) => file.slides[i]!.shapes.find((sh) => sh.placeholder === 'title')!.runs[0]!.size;
      // The deck's 200-character title one size down from the title size, as on screen; 200-character slide titles at the base size.
      expect(titleSize(0)).toBe(POWERPOINT_TYPE_PT.lg);
      model.deck.forEach((s, i) => s.kind !== 'title' && s.title.length > 130 && expect(titleSize(i), s.id).toBe(POWERPOINT_TYPE_PT.base));
    }
  });

  it('is a complete PowerPoint package, small, built in the time a person waits for a dialog', async () => {
    const model = await bundledModel();
    const started = performance.now();
    const bytes = await buildPptx(model, { aspect: '16:9' });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(bytes.length).toBeLessThan(500 * 1024);
    const file = await readPptx(bytes);
    expect(file.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'ppt/presentation.xml', 'docProps/core.xml', 'docProps/app.xml', 'ppt/slides/slide15.xml', 'ppt/notesSlides/notesSlide15.xml']));
    // Each chart with its worksheet, so PowerPoint's Edit Data opens the numbers.
    expect(file.files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(4);
    expect(file.files.filter((f) => /^ppt\/embeddings\/Microsoft_Excel_Worksheet\d+\.xlsx$/.test(f))).toHaveLength(4);
  });
});
