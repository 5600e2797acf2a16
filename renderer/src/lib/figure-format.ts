/**
 * Writes figures the way the briefing does: "222.52 billion yuan", "more than 5,400 items",
 * "2–3 days", "+53.2%". Units and plurals come from the data, never from the components.
 */
import type { Figure, Scale } from '../../../electron/shared/briefing-schema';

export const SCALE_FACTORS: Readonly<Record<Scale, number>> = {
  one: 1,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The fields of a figure that say how much of what. Derived figures share them. */
export type Quantity = Pick<Figure, 'value' | 'unit' | 'scale'> &
  Partial<Pick<Figure, 'valueMax' | 'unitPlural' | 'approximation'>>;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  // Never "NaN" or "∞": the schema keeps every stated and derived value finite; this is the last guard.
  if (!Number.isFinite(value)) return '—';
  return maximumFractionDigits === 2
    ? numberFormat.format(value)
    : new Intl.NumberFormat('en-US', { maximumFractionDigits }).format(value);
}

export function unitText(q: Quantity): string {
  const many = (q.valueMax ?? q.value) !== 1;
  const unit = many ? (q.unitPlural ?? `${q.unit}s`) : q.unit;
  return q.scale === 'one' ? unit : `${q.scale} ${unit}`;
}

const QUALIFIERS: Readonly<Record<NonNullable<Quantity['approximation']>, string>> = {
  exact: '',
  'more-than': 'more than',
  about: 'about',
  'order-of-magnitude': 'on the order of',
};

export interface FigureParts {
  /** "more than", "about", … or an empty string. */
  qualifier: string;
  /** "222.52", "5,400", "2–3". */
  number: string;
  /** "billion yuan", "items", "days". */
  unit: string;
}

export function figureParts(q: Quantity): FigureParts {
  const number =
    q.valueMax !== undefined && q.valueMax !== q.value
      ? `${formatNumber(q.value)}–${formatNumber(q.valueMax)}`
      : formatNumber(q.value);
  return { qualifier: QUALIFIERS[q.approximation ?? 'exact'], number, unit: unitText(q) };
}

/** The whole figure in words: "more than 5,400 items". */
export function formatQuantity(q: Quantity): string {
  const p = figureParts(q);
  return [p.qualifier, p.number, p.unit].filter(Boolean).join(' ');
}

export function formatPercent(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}

/** "+53.2%" or "−4.1%" (a true minus sign). */
export function formatChange(percent: number): string {
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(percent), 1)}%`;
}

/** The value in ones (222.52 billion → 222 520 000 000). */
export function absoluteValue(q: Pick<Quantity, 'value' | 'scale'>): number {
  return q.value * SCALE_FACTORS[q.scale];
}

/** Re-expresses an absolute value in the largest scale that keeps it at 1 or more. */
export function withBestScale(absolute: number, floor: Scale = 'one'): { value: number; scale: Scale } {
  const scales: Scale[] = ['trillion', 'billion', 'million', 'thousand', 'one'];
  const allowed = scales.slice(0, scales.indexOf(floor) + 1);
  for (const scale of allowed) {
    if (Math.abs(absolute) >= SCALE_FACTORS[scale]) return { value: absolute / SCALE_FACTORS[scale], scale };
  }
  return { value: absolute / SCALE_FACTORS[floor], scale: floor };
}

/** "2 February 2023" from "2023-02-02". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
