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

/**
 * A number as the briefing writes it ("5,400", "222.52", "-4.1"): at most `maximumFractionDigits`
 * decimals, no trailing zeros, a comma between thousands — what `Intl.NumberFormat('en-US')`
 * writes, by hand, because the first `Intl` formatter of a page costs tens of milliseconds of
 * start-up (its locale data) on the way to the overview's first paint. Never "NaN" or "∞" (a dash
 * instead): the schema keeps every stated and derived value finite; this is the last guard.
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const [whole, decimals] = roundDecimal(Math.abs(value), maximumFractionDigits);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = decimals ? `${grouped}.${decimals}` : grouped;
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * `value` (not negative) rounded half away from zero to `digits` decimals, as its decimal digits
 * read (as Intl does: 0.125 → "0.13", 492501831.45 → "492501831.5"), not as its binary value
 * (which `toFixed` rounds): the whole part and the decimals without trailing zeros.
 */
function roundDecimal(value: number, digits: number): [string, string] {
  const written = String(value);
  if (/e/i.test(written)) {
    const [w = '0', f = ''] = value.toFixed(digits).split('.');
    return [w, f.replace(/0+$/, '')];
  }
  const [whole = '0', fraction = ''] = written.split('.');
  if (fraction.length <= digits) return [whole, fraction.replace(/0+$/, '')];
  const kept = `${whole}${fraction.slice(0, digits)}`;
  const rounded = fraction.charCodeAt(digits) >= 53 /* "5" */ ? incrementDigits(kept) : kept;
  const split = rounded.length - digits;
  return [rounded.slice(0, split) || '0', rounded.slice(split).replace(/0+$/, '')];
}

/** "1299" → "1300", "999" → "1000": one added to a string of decimal digits. */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${Number(digits[i]) + 1}${'0'.repeat(digits.length - i - 1)}`;
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

/** A figure's context, as every output writes it: the value ("18.1%") and what it is of. */
export interface ContextPhrase {
  kind: 'share' | 'change';
  value: string;
  /** "of the national total", "year on year". */
  rest: string;
}

/** "18.1% of the national total" and "+53.2% year on year", where the figure states them. */
export function figureContext(f: Pick<Figure, 'shareOfNationalPercent' | 'yoyChangePercent'>): ContextPhrase[] {
  const phrases: ContextPhrase[] = [];
  if (f.shareOfNationalPercent !== undefined) phrases.push({ kind: 'share', value: formatPercent(f.shareOfNationalPercent), rest: 'of the national total' });
  if (f.yoyChangePercent !== undefined) phrases.push({ kind: 'change', value: formatChange(f.yoyChangePercent), rest: 'year on year' });
  return phrases;
}

/** A context phrase as one string: "18.1% of the national total". */
export function contextText(phrase: ContextPhrase): string {
  return `${phrase.value} ${phrase.rest}`;
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 February 2023" from "2023-02-02" (by hand, like `formatNumber`: no `Intl` on the first paint). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "7 points", "1 figure": a count with its noun, plural where it should be. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "press conference on …" from "Press conference on …", to run on inside a sentence. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "Pilot free trade zones" from "pilot free trade zones", to start a heading. */
export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
