import { describe, expect, it } from 'vitest';
import { indexBriefing } from '../../../../renderer/src/model/briefing-index';
import { zoneMapLayout, zoneSpokenName } from '../../../../renderer/src/model/zone-map';
import { loadBundled } from '../../../support/load-bundled';

describe('the zone map', () => {
  it('places every zone on a grid trimmed to the rows and columns in use', async () => {
    const index = indexBriefing((await loadBundled()).briefing);
    const layout = zoneMapLayout(index)!;
    expect(layout.tiles).toHaveLength(21);
    expect(Math.min(...layout.tiles.map((t) => t.row))).toBe(1);
    expect(Math.min(...layout.tiles.map((t) => t.col))).toBe(1);
    expect(Math.max(...layout.tiles.map((t) => t.row))).toBe(layout.rows);
    expect(Math.max(...layout.tiles.map((t) => t.col))).toBe(layout.cols);
    expect(new Set(layout.tiles.map((t) => `${t.row},${t.col}`)).size).toBe(21);
    expect(layout.years).toEqual([2013, 2015, 2017, 2018, 2019, 2020]);
    const hainan = layout.tiles.find((t) => t.zone.id === 'hainan')!;
    expect([hainan.mentions, layout.years[hainan.yearIndex]]).toEqual([0, 2018]);
    expect(layout.tiles.find((t) => t.zone.id === 'shaanxi')!.mentions).toBe(2);
  });

  it('is absent when no zone has a tile', async () => {
    const { briefing } = await loadBundled();
    expect(zoneMapLayout(indexBriefing({ ...briefing, zones: briefing.zones.map(({ tile: _tile, ...z }) => z) }))).toBeNull();
  });

  it('names a zone the way a screen reader should say it', async () => {
    const { briefing } = await loadBundled();
    const hainan = briefing.zones.find((z) => z.id === 'hainan')!;
    expect(zoneSpokenName(hainan, 0)).toBe('Hainan, 海南, set up 2018, not named in the briefing');
    expect(zoneSpokenName(hainan, 2)).toBe('Hainan, 海南, set up 2018, named in the briefing');
  });
});
