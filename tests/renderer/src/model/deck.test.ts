import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefingFile } from '../../../../electron/main/briefing-files';
import { buildBriefingModel } from '../../../../renderer/src/model/briefing-model';
import { figureSentence } from '../../../../renderer/src/model/deck';
import { loadBundled, PROJECT_ROOT } from '../../../support/load-bundled';

async function deck() {
  return buildBriefingModel(await loadBundled()).deck;
}

describe('the deck of the bundled briefing', () => {
  it('runs title, figures, areas, zones, charts, outlook, source', async () => {
    const slides = await deck();
    expect(slides.map((s) => s.kind)).toEqual(['title', 'figures', 'figures', 'area', 'area', 'area', 'area', 'zones', 'chart', 'chart', 'chart', 'chart', 'outlook', 'closing']);
    expect(slides.map((s) => s.title).slice(0, 4)).toEqual([
      "China's Pilot Free Trade Zones in 2022",
      'Promote high-level opening up',
      'Deepen reform and innovation',
      'Promote high-level opening up',
    ]);
  });

  it('puts at most three headline figures on a slide, grouped by area', async () => {
    const figures = (await deck()).filter((s) => s.kind === 'figures');
    expect(figures.map((s) => (s.kind === 'figures' ? s.figures.map((f) => f.id) : []))).toEqual([
      ['foreign-capital', 'high-tech-foreign-capital', 'trade-volume'],
      ['supporting-documents', 'delegated-authority'],
    ]);
  });

  it('writes speaker notes from the quotes and figures', async () => {
    const slides = await deck();
    const figures = slides[1]!;
    expect(figures.notes[0]).toBe('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
    expect(figures.notes[1]).toBe("“Throughout the year, the 21 pilot free trade zones actually used 222.52 billion yuan of foreign capital, accounting for 18.1% of the country's total.”");
    const area3 = slides.find((s) => s.id === 'area-high-quality-development')!;
    expect(area3.notes).toContain('Smart terminals made a year in Chongqing’s Xiyong area: more than 100 million units (a year).');
    expect(slides.find((s) => s.kind === 'zones')!.notes[1]).toBe(
      'The briefing names 9: Henan, Hubei, Chongqing, Sichuan, Shaanxi, Shandong, Guangxi, Yunnan, Heilongjiang.',
    );
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

describe('the deck of another briefing', () => {
  it('comes from its own data, with no code changes', async () => {
    const result = await readBriefingFile(join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json'), { kind: 'bundled' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const slides = buildBriefingModel(result.payload).deck;
    expect(slides[0]!.title).toBe(result.payload.briefing.title);
    expect(slides.filter((s) => s.kind === 'area')).toHaveLength(result.payload.briefing.areas.length);
    expect(slides.find((s) => s.kind === 'zones')!.title).toBe(`${result.payload.briefing.zones.length} ${result.payload.briefing.zoneCountLabel ?? 'zones'}`);
    expect(slides.at(-1)!.kind).toBe('closing');
    expect(JSON.stringify(slides)).not.toMatch(/222\.52|Guo Tingting|Shaanxi/);
  });
});

