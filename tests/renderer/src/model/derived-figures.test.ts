import { describe, expect, it } from 'vitest';
import { deriveFigures, formatDerivedValue, impliedNationalTotal, impliedPreviousValue, shareOfParent, shownBesideFigure } from '../../../../renderer/src/model/derived-figures';
import type { Figure } from '../../../../electron/shared/briefing-schema';
import { loadBundled } from '../../../support/load-bundled';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'x',
  label: 'X',
  value: 1,
  approximation: 'exact',
  unit: 'yuan',
  unitPlural: 'yuan',
  scale: 'one',
  period: '2022',
  headline: false,
  quote: 'q',
  ...over,
});

describe('derived figures of the bundled briefing', () => {
  it('computes each, labels it derived and says how', async () => {
    const { briefing } = await loadBundled();
    const derived = deriveFigures(briefing);
    const get = (id: string) => {
      const d = derived.find((x) => x.id === id);
      if (!d) throw new Error(`no derived figure ${id}`);
      return d;
    };
    expect(derived.every((d) => d.derived)).toBe(true);

    const nationalCapital = get('foreign-capital--national-total');
    expect(nationalCapital.scale).toBe('trillion');
    expect(nationalCapital.value).toBeCloseTo(222.52 / 0.181 / 1000, 10);
    expect(formatDerivedValue(nationalCapital)).toBe('about 1.23 trillion yuan');
    expect(nationalCapital.method).toBe('222.52 billion yuan ÷ 18.1%');

    const nationalTrade = get('trade-volume--national-total');
    expect(nationalTrade.value).toBeCloseTo(7.5 / 0.178, 10);
    expect(formatDerivedValue(nationalTrade)).toBe('about 42.13 trillion yuan');

    expect(formatDerivedValue(get('high-tech-foreign-capital--share-of-foreign-capital'))).toBe('38.8%');
    expect(get('high-tech-foreign-capital--share-of-foreign-capital').from).toEqual(['high-tech-foreign-capital', 'foreign-capital']);

    const previousHighTech = get('high-tech-foreign-capital--previous-period');
    expect(previousHighTech.period).toBe('2021');
    expect(previousHighTech.value).toBeCloseTo(86.34 / 1.532, 10);
    expect(formatDerivedValue(previousHighTech)).toBe('about 56.36 billion yuan');
    expect(previousHighTech.method).toBe('86.34 billion yuan ÷ (1 + 53.2%)');

    expect(formatDerivedValue(get('trade-volume--previous-period'))).toBe('about 6.55 trillion yuan');
    expect(get('foreign-capital--rest-of-country-share').value).toBe(81.9);
    expect(get('trade-volume--rest-of-country-share').value).toBe(82.2);
  });

  it('derives nothing from figures that state no share, change or parent', async () => {
    const { briefing } = await loadBundled();
    const sources = new Set(deriveFigures(briefing).map((d) => d.from[0]));
    expect([...sources].sort()).toEqual(['foreign-capital', 'high-tech-foreign-capital', 'trade-volume']);
  });
});

describe('derivation rules', () => {
  it('does not derive a national total from a range', () => {
    expect(impliedNationalTotal(figure({ value: 2, valueMax: 3, shareOfNationalPercent: 10 }))).toBeNull();
  });

  it('does not compare a part with a parent of another unit', () => {
    expect(shareOfParent(figure({ unit: 'day' }), figure({ unit: 'yuan' }))).toBeNull();
  });

  it('compares parts and parents across scales', () => {
    const part = figure({ value: 500, scale: 'million' });
    const whole = figure({ value: 2, scale: 'billion' });
    expect(shareOfParent(part, whole)?.value).toBe(25);
  });

  it('writes a previous period it cannot name as "the period before"', () => {
    const d = deriveFigures({
      figures: [figure({ period: 'as of end 2022', yoyChangePercent: -20, value: 80 })],
    } as never)[0];
    expect(d?.period).toBe('the period before as of end 2022');
    expect(d?.value).toBe(100);
    expect(d?.method).toBe('80 yuan ÷ (1 − 20%)');
  });
});

describe('values that cannot be shown honestly', () => {
  it('derives no previous year from a fall of 100% or more, and no total from a vanishing share', () => {
    expect(impliedPreviousValue(figure({ yoyChangePercent: -100 }))).toBeNull();
    expect(impliedPreviousValue(figure({ yoyChangePercent: -250 }))).toBeNull();
    expect(impliedNationalTotal(figure({ value: 5, shareOfNationalPercent: 5e-324 }))).toBeNull();
  });

  it('shows every derived value beside its figure except the rest of the country’s share', async () => {
    const { briefing } = await loadBundled();
    const shown = deriveFigures(briefing).filter(shownBesideFigure).map((d) => d.kind);
    expect(new Set(shown)).toEqual(new Set(['national-total', 'previous-period', 'share-of-parent']));
  });
});
