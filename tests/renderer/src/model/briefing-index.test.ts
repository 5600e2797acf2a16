import { describe, expect, it } from 'vitest';
import { indexBriefing } from '../../../../renderer/src/model/briefing-index';
import { loadBundled } from '../../../support/load-bundled';

const bundledIndex = async () => indexBriefing((await loadBundled()).briefing);

describe('the briefing index', () => {
  it('finds what the briefing says of each zone from the points that name it', async () => {
    const index = await bundledIndex();
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
    const index = await bundledIndex();
    expect(index.points).toHaveLength(14 + 3);
    expect(index.points.at(-1)?.placeLabel).toBe('Outlook for 2023');
    expect(index.points.at(-1)?.area).toBeUndefined();
  });

  it('finds the quote of any figure, point, area, the outlook and the event by id', async () => {
    const index = await bundledIndex();
    expect(index.quoted('supporting-documents')?.quote).toMatch(/^In 2022, the Ministry of Commerce/);
    expect(index.quoted('replicate-innovations')?.quote).toMatch(/^The third is to replicate/);
    expect(index.quoted('opening-up')?.quote).toBe('The first is to promote high-level opening up.');
    expect(index.quoted('outlook')?.quote).toBe(index.briefing.outlook?.quote);
    expect(index.quoted('event')?.quote).toBe(index.briefing.event.quote);
    expect(index.quoted('trade-volume')?.plainMeaning).toMatch(/^In 2022 the 21 zones’ imports and exports/);
    expect(index.quoted('nothing')).toBeUndefined();
  });

  it('groups zones by year set up, and figures and named zones by area', async () => {
    const index = await bundledIndex();
    expect(index.zonesByYear.map((g) => [g.year, g.zones.length])).toEqual([
      [2013, 1],
      [2015, 3],
      [2017, 7],
      [2018, 1],
      [2019, 6],
      [2020, 3],
    ]);
    expect(index.figuresOfArea('opening-up').map((f) => f.id)).toEqual(['foreign-capital', 'high-tech-foreign-capital', 'trade-volume', 'customs-clearance-days-saved']);
    expect(index.zonesNamedInArea('national-strategies').map((z) => z.id)).toEqual(['henan', 'sichuan', 'shaanxi', 'shandong']);
    expect(index.headlineFigures.map((f) => f.id)).toEqual(['foreign-capital', 'high-tech-foreign-capital', 'trade-volume', 'supporting-documents', 'delegated-authority']);
    expect(index.zoneLabel).toBe('pilot free trade zones');
  });
});
