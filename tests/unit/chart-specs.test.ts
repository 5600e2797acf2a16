import { describe, expect, it } from 'vitest';
import { axisTitle, buildChartConfig, tickText, wrapLabel } from '../../renderer/src/charts/chart-config';
import { chartSpecs, formatValue, toCsv } from '../../renderer/src/charts/chart-specs';
import { indexBriefing } from '../../renderer/src/lib/briefing-index';
import { validateBriefing } from '../../electron/shared/briefing-loader';
import { bundledJson, bundledSourceText, loadBundled } from './load-bundled';

const theme = { ink: '#111111', muted: '#555555', grid: '#dddddd', surface: '#ffffff', fontFamily: 'Inter' };

async function specs() {
  return chartSpecs(indexBriefing((await loadBundled()).briefing));
}

describe('the charts of the bundled briefing', () => {
  it('are the share, growth, part-of and zones-by-year charts', async () => {
    expect((await specs()).map((s) => s.id)).toEqual(['share-of-national', 'year-on-year-growth', 'high-tech-foreign-capital-within-foreign-capital', 'zones-by-year']);
  });

  it('show the zones’ shares against the rest of the country, the rest marked derived', async () => {
    const share = (await specs())[0]!;
    expect(share.categories).toEqual(['Foreign capital actually used (2022)', 'Imports and exports (2022)']);
    expect(share.series.map((s) => [s.label, s.values, s.derived])).toEqual([
      ['The pilot free trade zones', [18.1, 17.8], false],
      ['Rest of the country', [81.9, 82.2], true],
    ]);
    expect(share.takeaway).toBe('The pilot free trade zones account for 18.1% of foreign capital actually used and 17.8% of imports and exports in the country.');
    expect(share.derivedNote).toMatch(/derived: 100% minus the stated share/);
    expect(share.table.rows).toEqual([
      ['Foreign capital actually used (2022)', '18.1%', '81.9%'],
      ['Imports and exports (2022)', '17.8%', '82.2%'],
    ]);
    expect(share.table.columns).toEqual(['Figure', 'The pilot free trade zones', 'Rest of the country (derived)']);
  });

  it('show each year-on-year change and name the fastest', async () => {
    const growth = (await specs())[1]!;
    expect(growth.series[0]!.values).toEqual([53.2, 14.5]);
    expect(growth.takeaway).toBe('Foreign capital used in high-tech industries grew fastest: +53.2% on the year before.');
    expect(growth.table.rows.map((r) => r[1])).toEqual(['+53.2%', '+14.5%']);
  });

  it('show the high-tech part within foreign capital, the rest derived by subtraction', async () => {
    const part = (await specs())[2]!;
    expect(part.series.map((s) => s.values[0])).toEqual([86.34, expect.closeTo(136.18, 10)]);
    expect(part.series[1]!.derived).toBe(true);
    expect(part.takeaway).toBe('86.34 billion yuan of the 222.52 billion yuan, 38.8%, was foreign capital used in high-tech industries.');
    expect(part.table.rows[0]).toEqual(['Foreign capital actually used (2022)', '86.34 billion yuan', '136.18 billion yuan']);
  });

  it('count zones by year, with the running total in the table', async () => {
    const years = (await specs())[3]!;
    expect(years.categories).toEqual(['2013', '2015', '2017', '2018', '2019', '2020']);
    expect(years.series[0]!.values).toEqual([1, 3, 7, 1, 6, 3]);
    expect(years.table.rows.map((r) => r[2])).toEqual(['1 zone', '4 zones', '11 zones', '12 zones', '18 zones', '21 zones']);
    expect(years.takeaway).toBe('The most were set up in 2017 (7); from 1 in 2013 there were 21 by 2020.');
  });

  it('give CSV with a header, plain numbers, units and a derived flag', async () => {
    const share = (await specs())[0]!;
    expect(share.csv.split('\r\n').slice(0, 3)).toEqual([
      'category,series,value,unit,derived',
      'Foreign capital actually used (2022),The pilot free trade zones,18.1,percent,false',
      'Imports and exports (2022),The pilot free trade zones,17.8,percent,false',
    ]);
    expect((await specs())[2]!.csv).toContain('Foreign capital actually used (2022),The rest,136.18,billion yuan,true');
  });
});

describe('a briefing with less data', () => {
  it('has fewer charts and does not fail', () => {
    const data = bundledJson();
    for (const f of data.figures) {
      delete f.shareOfNationalPercent;
      delete f.partOf;
    }
    const result = validateBriefing(data, bundledSourceText());
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(chartSpecs(indexBriefing(result.value)).map((s) => s.id)).toEqual(['year-on-year-growth', 'zones-by-year']);
  });
});

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', 'two\nlines']])).toBe('a,"b, c","say ""hi""","two\nlines"\r\n');
  });
});

describe('Chart.js configuration', () => {
  it('writes ticks and tooltips in the briefing’s units, never raw big numbers', async () => {
    const part = (await specs())[2]!;
    const config = buildChartConfig(part, 'screen', theme);
    const x = config.options!.scales!['x'] as { ticks: { callback: (v: number) => string }; title: { text: string } };
    expect(x.ticks.callback(200)).toBe('200');
    expect(x.title.text).toBe('billion yuan');
    const tooltip = config.options!.plugins!.tooltip!.callbacks!.label as unknown as (item: unknown) => string;
    expect(tooltip({ dataset: { label: 'The rest (derived)' }, parsed: { x: 136.18 } })).toBe('The rest (derived): 136.18 billion yuan');
    expect(formatValue(part.format, 222.52)).toBe('222.52 billion yuan');
    expect(tickText({ kind: 'change' }, 50)).toBe('50%');
    expect(axisTitle({ kind: 'count', unit: 'zone', unitPlural: 'zones' })).toBe('zones');
  });

  it('prints sharp and still: three times the pixels, no animation', async () => {
    const config = buildChartConfig((await specs())[0]!, 'print', theme);
    expect(config.options!.devicePixelRatio).toBe(3);
    expect(config.options!.animation).toBe(false);
    expect(buildChartConfig((await specs())[0]!, 'screen', theme, { reducedMotion: true }).options!.animation).toBe(false);
  });

  it('is larger and bolder on a projector', async () => {
    const spec = (await specs())[0]!;
    const screen = buildChartConfig(spec, 'screen', theme);
    const projector = buildChartConfig(spec, 'projector', theme);
    const size = (c: typeof screen) => ((c.options!.scales!['x'] as { ticks: { font: { size: number } } }).ticks.font.size);
    expect(size(projector)).toBeGreaterThanOrEqual(size(screen) * 1.5);
    expect((projector.data.datasets[0] as { borderWidth: number }).borderWidth).toBeGreaterThan((screen.data.datasets[0] as { borderWidth: number }).borderWidth);
  });

  it('keeps stated and derived series apart by lightness and outline, and labels derived ones', async () => {
    const config = buildChartConfig((await specs())[0]!, 'screen', theme);
    const [stated, derived] = config.data.datasets as unknown as { label: string; borderColor: string; backgroundColor: string }[];
    expect(derived!.label).toBe('Rest of the country (derived)');
    expect(derived!.borderColor).toBe(theme.muted);
    expect(stated!.backgroundColor).not.toBe(derived!.backgroundColor);
  });

  it('wraps long category labels', () => {
    expect(wrapLabel('Foreign capital used in high-tech industries (86.34 billion yuan)')).toEqual(['Foreign capital used in', 'high-tech industries', '(86.34 billion yuan)']);
  });
});
