import { describe, expect, it } from 'vitest';
import { chartParts, chartSpecs, formatValue } from '../../../../renderer/src/model/chart-specs';
import { indexBriefing } from '../../../../renderer/src/model/briefing-index';
import { validateBriefing } from '../../../../electron/shared/briefing-loader';
import { bundledJson, bundledSourceText, loadBundled } from '../../../support/load-bundled';

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

describe('values and CSV', () => {
  it('writes values in the briefing’s units', async () => {
    expect(formatValue((await specs())[2]!.format, 222.52)).toBe('222.52 billion yuan');
    expect(formatValue({ kind: 'change' }, -4.1)).toBe('−4.1%');
    expect(formatValue({ kind: 'count', unit: 'zone', unitPlural: 'zones' }, 1)).toBe('1 zone');
  });


  it('writes a CSV a spreadsheet cannot run: a label from the briefing that starts a formula is text', async () => {
    const payload = await loadBundled();
    const share = payload.briefing.figures.find((f) => f.shareOfNationalPercent !== undefined)!;
    share.label = '=HYPERLINK("http://example.com","Foreign capital")';
    const csv = chartSpecs(indexBriefing(payload.briefing))[0]!.csv;
    expect(csv.split('\r\n')[0]).toBe('category,series,value,unit,derived');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"",""Foreign capital"") (${share.period})",The pilot free trade zones,`);
    expect(csv).not.toMatch(/(^|\r\n)=/);
  });
});


describe('a part of a chart', () => {
  it('keeps the title and format, with the categories, values, table rows and CSV of the part only', async () => {
    const { sliceChartSpec } = await import('../../../../renderer/src/model/chart-specs');
    const years = (await specs())[3]!;
    const part = sliceChartSpec(years, 2, 4);
    expect([part.title, part.format]).toEqual([years.title, years.format]);
    expect(part.categories).toEqual(['2017', '2018']);
    expect(part.series[0]!.values).toEqual([7, 1]);
    expect(part.table.rows.map((r) => r[0])).toEqual(['2017', '2018']);
    expect(part.csv.trim().split('\r\n')).toHaveLength(3);
  });
});

describe('a chart in parts', () => {
  it('is the chart itself when it fits, and otherwise even parts in order, each with its page and rows', async () => {
    const growth = (await specs())[1]!;
    expect(chartParts(growth, 8)).toEqual([{ spec: growth }]);
    const n = 20;
    const long = {
      ...growth,
      categories: Array.from({ length: n }, (_, i) => `Figure ${i + 1}`),
      series: growth.series.map((s) => ({ ...s, values: Array.from({ length: n }, (_, i) => i + 0.5) })),
      table: { ...growth.table, rows: Array.from({ length: n }, (_, i) => [`Figure ${i + 1}`, `${i + 0.5}%`]) },
    };
    const parts = chartParts(long, 8);
    expect(parts.map((p) => [p.spec.categories.length, p.page])).toEqual([
      [7, { number: 1, of: 3 }],
      [7, { number: 2, of: 3 }],
      [6, { number: 3, of: 3 }],
    ]);
    expect(parts.flatMap((p) => p.spec.categories)).toEqual(long.categories);
    expect(parts.flatMap((p) => p.spec.series[0]!.values)).toEqual(long.series[0]!.values);
    expect(parts.flatMap((p) => p.spec.table.rows)).toEqual(long.table.rows);
    expect(parts.every((p) => p.spec.title === long.title)).toBe(true);
  });
});
