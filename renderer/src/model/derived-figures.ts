/**
 * Figures the briefing implies but does not state, computed from the stated ones. Every one is
 * labelled as derived, names the figures it comes from and says how it was computed; none is
 * ever stored in a briefing file.
 */
import type { Briefing, Figure } from '../../../electron/shared/briefing-schema';
import { absoluteValue, formatPercent, formatQuantity, withBestScale, type Quantity } from '../lib/figure-format';

export type DerivationKind = 'national-total' | 'rest-of-country-share' | 'previous-period' | 'share-of-parent';

export interface DerivedFigure extends Quantity {
  id: string;
  kind: DerivationKind;
  derived: true;
  label: string;
  /** The label beside the stated figure it comes from: "National total", "2021". */
  shortLabel: string;
  period: string;
  /** Ids of the stated figures it is computed from. */
  from: string[];
  /** How it was computed, in words and numbers: "222.52 billion yuan ÷ 18.1%". */
  method: string;
  /** True when the value is a percentage rather than a quantity of `unit`. */
  isPercent: boolean;
}

function previousPeriod(period: string): string {
  return /^\d{4}$/.test(period) ? String(Number(period) - 1) : `the period before ${period}`;
}

/** A derived value that cannot be shown honestly (a division by a share near zero) is left out. */
function finite<T extends { value: number }>(derived: T): T | null {
  return Number.isFinite(derived.value) && Math.abs(derived.value) < 1e18 ? derived : null;
}

function quantityFromAbsolute(absolute: number, like: Figure): Quantity {
  const { value, scale } = withBestScale(absolute, like.scale);
  return { value, scale, unit: like.unit, ...(like.unitPlural ? { unitPlural: like.unitPlural } : {}) };
}

/** The national total a figure implies: value ÷ its share of the national total. */
export function impliedNationalTotal(f: Figure): DerivedFigure | null {
  if (f.shareOfNationalPercent === undefined || f.valueMax !== undefined) return null;
  const q = quantityFromAbsolute(absoluteValue(f) / (f.shareOfNationalPercent / 100), f);
  return finite({
    ...q,
    approximation: 'about',
    id: `${f.id}--national-total`,
    kind: 'national-total',
    derived: true,
    label: `${f.label}: national total (implied)`,
    shortLabel: 'National total',
    period: f.period,
    from: [f.id],
    method: `${formatQuantity(f)} ÷ ${formatPercent(f.shareOfNationalPercent)}`,
    isPercent: false,
  });
}

/** The rest of the country's share: 100% minus the zones' share. */
export function restOfCountryShare(f: Figure): DerivedFigure | null {
  if (f.shareOfNationalPercent === undefined) return null;
  const rest = Math.round((100 - f.shareOfNationalPercent) * 1000) / 1000;
  return {
    value: rest,
    unit: 'percent',
    scale: 'one',
    id: `${f.id}--rest-of-country-share`,
    kind: 'rest-of-country-share',
    derived: true,
    label: `${f.label}: rest of the country's share`,
    shortLabel: "Rest of the country's share",
    period: f.period,
    from: [f.id],
    method: `100% − ${formatPercent(f.shareOfNationalPercent)}`,
    isPercent: true,
  };
}

/** The previous period's value a year-on-year change implies: value ÷ (1 + change). */
export function impliedPreviousValue(f: Figure): DerivedFigure | null {
  if (f.yoyChangePercent === undefined || f.yoyChangePercent <= -100 || f.valueMax !== undefined) return null;
  const q = quantityFromAbsolute(absoluteValue(f) / (1 + f.yoyChangePercent / 100), f);
  const sign = f.yoyChangePercent >= 0 ? '+' : '−';
  return finite({
    ...q,
    approximation: 'about',
    id: `${f.id}--previous-period`,
    kind: 'previous-period',
    derived: true,
    label: `${f.label}: ${previousPeriod(f.period)} (implied)`,
    shortLabel: previousPeriod(f.period),
    period: previousPeriod(f.period),
    from: [f.id],
    method: `${formatQuantity(f)} ÷ (1 ${sign} ${formatPercent(Math.abs(f.yoyChangePercent))})`,
    isPercent: false,
  });
}

/** What share of its parent figure a part is ("Among them, …"). */
export function shareOfParent(f: Figure, parent: Figure): DerivedFigure | null {
  if (f.unit !== parent.unit || f.valueMax !== undefined || parent.valueMax !== undefined) return null;
  const total = absoluteValue(parent);
  if (total === 0) return null;
  const percent = (absoluteValue(f) / total) * 100;
  return {
    value: Math.round(percent * 10) / 10,
    unit: 'percent',
    scale: 'one',
    id: `${f.id}--share-of-${parent.id}`,
    kind: 'share-of-parent',
    derived: true,
    label: `${f.label}: share of ${parent.label.toLowerCase()}`,
    shortLabel: `Share of ${parent.label.toLowerCase()}`,
    period: f.period,
    from: [f.id, parent.id],
    method: `${formatQuantity(f)} ÷ ${formatQuantity(parent)}`,
    isPercent: true,
  };
}

/** Every figure the briefing's stated figures imply, in the order of the figures. */
export function deriveFigures(briefing: Briefing): DerivedFigure[] {
  const byId = new Map(briefing.figures.map((f) => [f.id, f]));
  return briefing.figures.flatMap((f) => {
    const parent = f.partOf ? byId.get(f.partOf) : undefined;
    return [
      impliedNationalTotal(f),
      restOfCountryShare(f),
      impliedPreviousValue(f),
      parent ? shareOfParent(f, parent) : null,
    ].filter((d): d is DerivedFigure => d !== null);
  });
}

/** "about 1.23 trillion yuan" or "38.8%". */
export function formatDerivedValue(d: DerivedFigure): string {
  return d.isPercent ? formatPercent(d.value) : formatQuantity(d);
}

/**
 * Whether a derived figure is shown beside the figure it comes from. The rest of the country's
 * share says nothing a reader cannot see at once ("18.1% of the national total"); it appears in
 * the share chart instead.
 */
export function shownBesideFigure(d: DerivedFigure): boolean {
  return d.kind !== 'rest-of-country-share';
}
