import { describe, expect, it } from 'vitest';
import { chartDescription } from '../../../../renderer/src/charts/chart-text';
import { bundledModel } from '../../../support/load-bundled';

describe('a chart’s numbers in words', () => {
  it('says each category with its value, from the chart’s own table', async () => {
    const charts = (await bundledModel()).charts;
    const chart = (id: string) => charts.find((c) => c.id === id)!;
    expect(chartDescription(chart('year-on-year-growth'))).toBe(
      'Foreign capital used in high-tech industries (86.34 billion yuan): +53.2%; Imports and exports (7.5 trillion yuan): +14.5%.',
    );
    expect(chartDescription(chart('high-tech-foreign-capital-within-foreign-capital'))).toBe(
      'Foreign capital actually used (2022): foreign capital used in high-tech industries 86.34 billion yuan, the rest (derived) 136.18 billion yuan.',
    );
    expect(chartDescription(chart('zones-by-year'))).toMatch(/^2013: set up that year 1 zone, in all by then \(derived\) 1 zone; 2015: set up that year 3 zones, /);
  });

  it('says so when a chart has no values', () => {
    expect(chartDescription({ table: { caption: 'Empty', columns: ['Figure', 'Value'], rows: [] } })).toBe('No values.');
  });
});
