/**
 * A chart's numbers in words, for people who cannot see the bars: the accessible description of
 * the chart's image ("2013: set up that year 1 zone, in all by then (derived) 1 zone; …"). Said
 * from the same table the chart's table view shows, so the two never disagree.
 */
import { lowerFirst } from '../lib/figure-format';
import type { ChartSpec } from '../model/chart-specs';

export function chartDescription(spec: Pick<ChartSpec, 'table'>): string {
  const [, ...valueColumns] = spec.table.columns;
  const rows = spec.table.rows.map(([category, ...values]) =>
    valueColumns.length === 1 ? `${category}: ${values[0]}` : `${category}: ${values.map((v, i) => `${lowerFirst(valueColumns[i] ?? '')} ${v}`).join(', ')}`,
  );
  return rows.length ? `${rows.join('; ')}.` : 'No values.';
}
