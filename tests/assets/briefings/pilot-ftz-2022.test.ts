/**
 * The bundled briefing holds what DESIGN.md says it must, every item traced to the source text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../electron/shared/quote-locator';
import { bundledSourceText, loadBundled, PROJECT_ROOT } from '../../support/load-bundled';

const SHARED_SOURCE = join(PROJECT_ROOT, '..', 'shared', 'source', 'pilot-ftz-2022-briefing.txt');

describe('the bundled briefing', () => {
  it('is valid against the schema, with every quote found word for word in the source', async () => {
    const { briefing, sourceText } = await loadBundled();
    const quotes = [
      briefing.event.quote,
      ...briefing.figures.map((f) => f.quote),
      ...briefing.areas.flatMap((a) => [a.quote, a.summaryQuote, ...a.points.map((p) => p.quote)]),
      briefing.outlook?.quote,
      ...(briefing.outlook?.tasks.map((t) => t.quote) ?? []),
    ].filter((q): q is string => q !== undefined);
    expect(quotes.length).toBeGreaterThan(30);
    for (const quote of quotes) expect(locateQuote(sourceText, quote), quote).not.toBeNull();
  });

  it.skipIf(!existsSync(SHARED_SOURCE))('bundles the source text unchanged', () => {
    expect(bundledSourceText()).toBe(readFileSync(SHARED_SOURCE, 'utf8'));
  });

  it('has the event, the speaker and the publisher', async () => {
    const { briefing } = await loadBundled();
    expect(briefing.event).toMatchObject({ organiser: 'State Council Information Office', date: '2023-02-02' });
    expect(briefing.speakers).toEqual([{ name: 'Guo Tingting', role: 'Vice Minister of Commerce' }]);
    expect(briefing.source.publisher).toBe('China New Finance and Economics');
  });

  it('has the headline figures with unit, scale, period, change and share as stated', async () => {
    const { briefing } = await loadBundled();
    const f = (id: string) => briefing.figures.find((x) => x.id === id);
    expect(f('foreign-capital')).toMatchObject({ value: 222.52, unit: 'yuan', scale: 'billion', period: '2022', shareOfNationalPercent: 18.1, headline: true });
    expect(f('high-tech-foreign-capital')).toMatchObject({ value: 86.34, scale: 'billion', yoyChangePercent: 53.2, partOf: 'foreign-capital' });
    expect(f('trade-volume')).toMatchObject({ value: 7.5, scale: 'trillion', yoyChangePercent: 14.5, shareOfNationalPercent: 17.8 });
    expect(f('supporting-documents')).toMatchObject({ value: 56, unit: 'document' });
    expect(f('delegated-authority')).toMatchObject({ value: 5400, approximation: 'more-than', unit: 'item' });
    expect(f('customs-clearance-days-saved')).toMatchObject({ value: 2, valueMax: 3, unit: 'day' });
    expect(f('customs-clearance-days-saved')?.plainMeaning).toMatch(/faster/);
  });

  it('stores a figure for every number the source text states', async () => {
    const { briefing, sourceText } = await loadBundled();
    const stated = new Set(
      briefing.figures.flatMap((f) => [f.value, f.valueMax, f.yoyChangePercent, f.shareOfNationalPercent]).filter((v) => v !== undefined),
    );
    const words: Record<string, number> = { five: 5 };
    const numbers = [...sourceText.matchAll(/(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)(?:-(\d+))?|\b(five)\b/g)]
      .filter((m) => {
        // Dates are not figures: years, and the day in "January 1" / "February 2".
        const before = sourceText.slice(Math.max(0, m.index - 10), m.index);
        return !/^(19|20)\d\d$/.test(m[1] ?? '') && !/(January|February)\s$/.test(before);
      })
      .flatMap((m) => (m[3] ? [words[m[3]]!] : [Number(m[1]!.replace(/,/g, '')), ...(m[2] ? [Number(m[2])] : [])]));
    expect(numbers.length).toBeGreaterThanOrEqual(15);
    for (const n of numbers) expect(stated, `the source states ${n}`).toContain(n);
  });

  it('has the four progress areas in the briefing’s order', async () => {
    const { briefing } = await loadBundled();
    expect(briefing.areas.map((a) => [a.number, a.title])).toEqual([
      [1, 'Promote high-level opening up'],
      [2, 'Deepen reform and innovation'],
      [3, 'Promote high-quality development'],
      [4, 'Serve the major national strategies'],
    ]);
  });

  it('has the three tasks of the 2023 outlook', async () => {
    const { briefing } = await loadBundled();
    expect(briefing.outlook?.year).toBe(2023);
    expect(briefing.outlook?.tasks.map((t) => t.quote.split(' ').slice(0, 3).join(' '))).toEqual([
      'The first is',
      'The second is',
      'The third is',
    ]);
  });

  it('has all 21 zones with their Chinese names and the year each was set up', async () => {
    const { briefing } = await loadBundled();
    const byYear: Record<number, string[]> = {};
    for (const z of briefing.zones) (byYear[z.established] ??= []).push(`${z.nameEn} ${z.nameZh}`);
    expect(byYear).toEqual({
      2013: ['Shanghai 上海'],
      2015: ['Guangdong 广东', 'Tianjin 天津', 'Fujian 福建'],
      2017: ['Liaoning 辽宁', 'Zhejiang 浙江', 'Henan 河南', 'Hubei 湖北', 'Chongqing 重庆', 'Sichuan 四川', 'Shaanxi 陕西'],
      2018: ['Hainan 海南'],
      2019: ['Shandong 山东', 'Jiangsu 江苏', 'Guangxi 广西', 'Hebei 河北', 'Yunnan 云南', 'Heilongjiang 黑龙江'],
      2020: ['Beijing 北京', 'Hunan 湖南', 'Anhui 安徽'],
    });
  });

  it('links each zone a point names only where the quote names it', async () => {
    const { briefing } = await loadBundled();
    const zoneName = new Map(briefing.zones.map((z) => [z.id, z.nameEn]));
    for (const point of briefing.areas.flatMap((a) => a.points)) {
      for (const zone of point.zones) expect(point.quote, `${point.id} names ${zone}`).toContain(zoneName.get(zone));
    }
  });
});
