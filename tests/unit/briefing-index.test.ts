import { describe, expect, it } from 'vitest';
import { indexBriefing } from '../../renderer/src/lib/briefing-index';
import { searchBriefing, sourceParagraphs } from '../../renderer/src/lib/search';
import { sequentialColours, textOn } from '../../renderer/src/lib/palette';
import { loadBundled } from './load-bundled';

describe('the briefing index', () => {
  it('finds what the briefing says of each zone from the points that name it', async () => {
    const index = indexBriefing((await loadBundled()).briefing);
    expect(index.pointsNamingZone('shaanxi').map((p) => p.point.id)).toEqual(['declare-first-then-pack', 'yellow-river-alliance']);
    expect(index.pointsNamingZone('guangxi').map((p) => p.placeLabel)).toEqual([
      'Area 1 · Promote high-level opening up',
      'Area 2 · Deepen reform and innovation',
    ]);
    expect(index.pointsNamingZone('shanghai')).toEqual([]);
    const named = index.briefing.zones.filter((z) => index.pointsNamingZone(z.id).length > 0).map((z) => z.id);
    expect(named.sort()).toEqual(['chongqing', 'guangxi', 'heilongjiang', 'henan', 'hubei', 'shaanxi', 'shandong', 'sichuan', 'yunnan']);
  });

  it('places outlook tasks after the areas’ points', async () => {
    const index = indexBriefing((await loadBundled()).briefing);
    expect(index.points).toHaveLength(14 + 3);
    expect(index.points.at(-1)?.placeLabel).toBe('Outlook for 2023');
    expect(index.points.at(-1)?.area).toBeUndefined();
  });

  it('finds the quote of any figure, point or area by id', async () => {
    const index = indexBriefing((await loadBundled()).briefing);
    expect(index.quoteOf('supporting-documents')).toMatch(/^In 2022, the Ministry of Commerce/);
    expect(index.quoteOf('replicate-innovations')).toMatch(/^The third is to replicate/);
    expect(index.quoteOf('opening-up')).toBe('The first is to promote high-level opening up.');
    expect(index.quoteOf('nothing')).toBeUndefined();
  });

  it('groups zones by year set up', async () => {
    const index = indexBriefing((await loadBundled()).briefing);
    expect(index.zonesByYear.map((g) => [g.year, g.zones.length])).toEqual([
      [2013, 1],
      [2015, 3],
      [2017, 7],
      [2018, 1],
      [2019, 6],
      [2020, 3],
    ]);
  });
});

describe('search', () => {
  it('finds figures by their words and values, and opens their quote', async () => {
    const payload = await loadBundled();
    const results = searchBriefing(indexBriefing(payload.briefing), payload.sourceText, 'high-tech');
    expect(results[0]).toMatchObject({ kind: 'figure', id: 'high-tech-foreign-capital', route: { name: 'source', quote: 'high-tech-foreign-capital' } });
    expect(results[0]?.title).toBe('Foreign capital used in high-tech industries: 86.34 billion yuan');
  });

  it('finds zones by English or Chinese name', async () => {
    const payload = await loadBundled();
    const index = indexBriefing(payload.briefing);
    const zh = searchBriefing(index, payload.sourceText, '湖北').find((r) => r.kind === 'zone');
    expect(zh).toMatchObject({ id: 'hubei', route: { name: 'zone', id: 'hubei' }, excerpt: 'Set up in 2017 · named in 1 point' });
    expect(searchBriefing(index, payload.sourceText, 'hainan').find((r) => r.kind === 'zone')?.excerpt).toBe('Set up in 2018 · not mentioned in the briefing');
  });

  it('needs every word, in any order, and finds source paragraphs', async () => {
    const payload = await loadBundled();
    const index = indexBriefing(payload.briefing);
    const results = searchBriefing(index, payload.sourceText, 'yellow alliance');
    expect(results.map((r) => r.kind)).toEqual(['figure', 'point', 'source']);
    expect(results.find((r) => r.kind === 'source')?.route).toEqual({ name: 'source', paragraph: 21 });
    expect(sourceParagraphs(payload.sourceText)[20]).toMatch(/^In 2022, Shandong, Henan, Sichuan, and Shaanxi/);
    expect(searchBriefing(index, payload.sourceText, 'yellow zebra')).toEqual([]);
    expect(searchBriefing(index, payload.sourceText, '   ')).toEqual([]);
  });
});

describe('palette', () => {
  it('spreads colours from light to dark, so grey print keeps them apart', () => {
    const colours = sequentialColours(6);
    expect(colours).toHaveLength(6);
    expect(new Set(colours).size).toBe(6);
    const lightness = colours.map((c) => {
      const n = parseInt(c.slice(1), 16);
      return 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
    });
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]!).toBeLessThan(lightness[i - 1]! - 10);
  });

  it('picks readable text on each colour', () => {
    expect(textOn('#fde725')).toBe('#000000');
    expect(textOn('#440154')).toBe('#ffffff');
  });
});
