import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../../../electron/main/briefing-files';
import type { Briefing } from '../../../../electron/shared/briefing-schema';
import { buildBriefingModel } from '../../../../renderer/src/model/briefing-model';
import { figureSentence, SLIDE_CAPACITY, slideFigureText, type Slide } from '../../../../renderer/src/model/deck';
import { loadBundled, PROJECT_ROOT } from '../../../support/load-bundled';
import { BUNDLED_DECK_TITLES } from '../../../support/bundled-deck';

async function deck() {
  return buildBriefingModel(await loadBundled()).deck;
}

/** The deck of the bundled briefing changed by `change` (which may go beyond what a file could hold). */
async function deckOf(change: (b: Briefing) => Briefing): Promise<Slide[]> {
  const payload = await loadBundled();
  return buildBriefingModel({ ...payload, briefing: change(structuredClone(payload.briefing)) }).deck;
}

describe('the deck of the bundled briefing', () => {
  it('tells the briefing in order: title, headline figures, the areas, the zones, the charts, the outlook, the source', async () => {
    const slides = await deck();
    expect(slides.map((s) => s.kind)).toEqual(['title', 'figures', 'figures', 'area', 'area', 'area', 'area', 'area', 'zone-map', 'chart', 'chart', 'chart', 'chart', 'outlook', 'closing']);
    expect(slides.map((s) => s.title)).toEqual([...BUNDLED_DECK_TITLES]);
  });

  it('gives no two slides the same title or id', async () => {
    const slides = await deck();
    expect(new Set(slides.map((s) => s.title)).size).toBe(slides.length);
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('puts the headline figures on balanced slides of at most three', async () => {
    const figures = (await deck()).filter((s) => s.kind === 'figures');
    expect(figures.map((s) => (s.kind === 'figures' ? s.figures.map((f) => f.id) : []))).toEqual([
      ['foreign-capital', 'high-tech-foreign-capital', 'trade-volume'],
      ['supporting-documents', 'delegated-authority'],
    ]);
  });

  it('shows each area’s points with the figures they cite and the zones they name, over balanced continued slides', async () => {
    const areas = (await deck()).filter((s): s is Extract<Slide, { kind: 'area' }> => s.kind === 'area');
    expect(areas.map((s) => s.points.map((p) => p.id))).toEqual([
      ['negative-list-2022', 'foreign-capital-used', 'high-tech-foreign-capital-growth', 'trade-facilitation'],
      ['border-residents-trade', 'declare-first-then-pack', 'imports-and-exports'],
      ['supporting-documents-issued', 'provincial-authority-delegated', 'negative-list-delegation'],
      ['chongqing-smart-terminals', 'wuhan-optoelectronics'],
      ['yellow-river-alliance', 'alliances-lead-regional-strategies'],
    ]);
    expect(areas.map((s) => [s.eyebrow, s.page])).toEqual([
      ['Area 1 of 4', { number: 1, of: 2 }],
      ['Area 1 of 4', { number: 2, of: 2 }],
      ['Area 2 of 4', undefined],
      ['Area 3 of 4', undefined],
      ['Area 4 of 4', undefined],
    ]);
    const border = areas[1]!.points[0]!;
    expect(border.zones.map((z) => `${z.nameEn} ${z.nameZh}`)).toEqual(['Guangxi 广西', 'Yunnan 云南', 'Heilongjiang 黑龙江']);
    expect(areas[3]!.points[0]!.figures.map((f) => f.id)).toEqual(['smart-terminal-cluster-scale', 'smart-terminal-output']);
  });

  it('writes a figure under its point with its context, and its label where the point cites several', async () => {
    const model = buildBriefingModel(await loadBundled());
    expect(slideFigureText(model.figure('foreign-capital')!, false)).toEqual({ value: '222.52 billion yuan', detail: '18.1% of the national total' });
    expect(slideFigureText(model.figure('smart-terminal-output')!, true)).toEqual({ value: 'more than 100 million units', detail: 'Smart terminals made a year in Chongqing’s Xiyong area' });
  });

  it('shows the zones on their tile map', async () => {
    const map = (await deck()).find((s) => s.kind === 'zone-map')!;
    expect(map.kind === 'zone-map' && [map.layout.tiles.length, map.namedCount]).toEqual([21, 9]);
  });

  it('writes speaker notes from the quotes and figures', async () => {
    const slides = await deck();
    const figures = slides[1]!;
    expect(figures.notes[0]).toBe('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
    expect(figures.notes[1]).toBe("“Throughout the year, the 21 pilot free trade zones actually used 222.52 billion yuan of foreign capital, accounting for 18.1% of the country's total.”");
    const area3 = slides.find((s) => s.id === 'area-high-quality-development')!;
    expect(area3.notes).toContain('Smart terminals made a year in Chongqing’s Xiyong area: more than 100 million units (a year).');
    expect(slides.find((s) => s.kind === 'zone-map')!.notes).toEqual([
      '21 pilot free trade zones, set up between 2013 and 2020.',
      'The briefing names 9: Henan, Hubei, Chongqing, Sichuan, Shaanxi, Shandong, Guangxi, Yunnan, Heilongjiang.',
    ]);
  });

  it('ends with the source', async () => {
    const closing = (await deck()).at(-1)!;
    expect(closing.kind === 'closing' && closing.lines[0]).toBe('China New Finance and Economics');
  });

  it('writes a figure with its context in one sentence', async () => {
    const { briefing } = await loadBundled();
    expect(figureSentence(briefing.figures.find((f) => f.id === 'trade-volume')!)).toBe(
      'Imports and exports: 7.5 trillion yuan (2022), 17.8% of the national total, +14.5% year on year.',
    );
  });
});

describe('a briefing with more than a slide holds', () => {
  it('lists 300 zones over continued slides, every zone once, none cut', async () => {
    const slides = await deckOf((b) => ({
      ...b,
      zones: Array.from({ length: 300 }, (_, i) => ({ id: `zone-${i + 1}`, nameEn: `Zone ${i + 1}`, nameZh: '区', established: 2000 + (i % 20) })),
      areas: b.areas.map((a) => ({ ...a, points: a.points.map((p) => ({ ...p, zones: [] })) })),
    }));
    const lists = slides.filter((s): s is Extract<Slide, { kind: 'zone-list' }> => s.kind === 'zone-list');
    // "Zone 123" takes a line, its Chinese name and year another: 19 zones to a slide's 39 lines.
    expect(lists).toHaveLength(Math.ceil(300 / Math.floor(SLIDE_CAPACITY.zoneListLines / 2)));
    expect(lists.flatMap((s) => s.zones.map((z) => z.id)).sort()).toEqual(Array.from({ length: 300 }, (_, i) => `zone-${i + 1}`).sort());
    expect(lists[1]!.title).toBe(`300 pilot free trade zones (2 of ${lists.length})`);
    expect(lists.every((s) => s.zones.length * 2 <= SLIDE_CAPACITY.zoneListLines)).toBe(true);
  });

  it('continues an area with many points, and a chart with many bars', async () => {
    const slides = await deckOf((b) => ({
      ...b,
      areas: [{ ...b.areas[0]!, points: Array.from({ length: 30 }, (_, i) => ({ ...b.areas[0]!.points[3]!, id: `p-${i}`, title: `Point number ${i + 1}` })) }, ...b.areas.slice(1)],
      figures: [...b.figures, ...Array.from({ length: 20 }, (_, i) => ({ ...b.figures[2]!, id: `grown-${i}`, label: `Growing thing ${i}`, headline: false }))],
    }));
    const area = slides.filter((s): s is Extract<Slide, { kind: 'area' }> => s.kind === 'area' && s.id.startsWith('area-opening-up'));
    expect(area.length).toBeGreaterThan(2);
    expect(area.flatMap((s) => s.points)).toHaveLength(30);
    const growth = slides.filter((s): s is Extract<Slide, { kind: 'chart' }> => s.kind === 'chart' && s.id.startsWith('chart-year-on-year-growth'));
    expect(growth.flatMap((s) => s.spec.categories)).toHaveLength(22);
    expect(growth.every((s) => s.spec.categories.length <= SLIDE_CAPACITY.chartCategories)).toBe(true);
    expect(growth[0]!.title).toBe(`Year-on-year growth (1 of ${growth.length})`);
    expect(new Set(slides.map((s) => s.title)).size).toBe(slides.length);
  });
});

describe('the deck of another briefing', () => {
  it('comes from its own data, with no code changes', async () => {
    const result = await readBriefingFile(join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json'), { kind: 'bundled' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const slides = buildBriefingModel(result.payload).deck;
    expect(slides[0]!.title).toBe(result.payload.briefing.title);
    expect(slides.filter((s) => s.kind === 'area').map((s) => s.title)).toEqual(result.payload.briefing.areas.map((a) => a.title));
    expect(slides.find((s) => s.kind === 'zone-map')!.title).toBe(`${result.payload.briefing.zones.length} ${result.payload.briefing.zoneCountLabel ?? 'zones'}`);
    expect(slides.at(-1)!.kind).toBe('closing');
    expect(JSON.stringify(slides)).not.toMatch(/222\.52|Guo Tingting|Shaanxi/);
  });
});
