import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatNumber, formatPercent, formatQuantity, figureParts, withBestScale } from '../../../../renderer/src/lib/figure-format';

describe('figure formatting', () => {
  it('writes numbers as Intl.NumberFormat("en-US") does, without using it', () => {
    const values = [0, 1, -1, 0.5, 5400, 16000, 222.52, 86.34, 1234567.891, -4.1, -0.004, 0.125, 999.999, 1e12, 123456789012345, 18.1, 53.2, 38.79];
    for (let i = 0; i < 2000; i++) values.push(Math.round((Math.random() - 0.3) * 10 ** (1 + (i % 12))) / 10 ** (i % 4));
    for (const value of values) {
      for (const digits of [0, 1, 2, 3]) {
        expect(formatNumber(value, digits), `${value} to ${digits}`).toBe(new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value).replace(/^-0$/, '0'));
      }
    }
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('writes amounts in the briefing’s units', () => {
    expect(formatQuantity({ value: 222.52, unit: 'yuan', unitPlural: 'yuan', scale: 'billion' })).toBe('222.52 billion yuan');
    expect(formatQuantity({ value: 7.5, unit: 'yuan', unitPlural: 'yuan', scale: 'trillion' })).toBe('7.5 trillion yuan');
  });

  it('pluralises from the data, and keeps the singular for one', () => {
    expect(formatQuantity({ value: 56, unit: 'document', scale: 'one' })).toBe('56 documents');
    expect(formatQuantity({ value: 1, unit: 'document', scale: 'one' })).toBe('1 document');
    expect(formatQuantity({ value: 16000, unit: 'company', unitPlural: 'companies', scale: 'one', approximation: 'more-than' })).toBe(
      'more than 16,000 companies',
    );
  });

  it('writes qualifiers and ranges', () => {
    expect(formatQuantity({ value: 5400, unit: 'item', scale: 'one', approximation: 'more-than' })).toBe('more than 5,400 items');
    expect(formatQuantity({ value: 2, valueMax: 3, unit: 'day', scale: 'one' })).toBe('2–3 days');
    expect(figureParts({ value: 100, unit: 'yuan', unitPlural: 'yuan', scale: 'billion', approximation: 'order-of-magnitude' })).toEqual({
      qualifier: 'on the order of',
      number: '100',
      unit: 'billion yuan',
    });
  });

  it('writes percentages and changes with a true minus sign', () => {
    expect(formatPercent(18.1)).toBe('18.1%');
    expect(formatChange(53.2)).toBe('+53.2%');
    expect(formatChange(-4.05)).toBe('−4.1%');
    expect(formatChange(0)).toBe('±0%');
  });

  it('chooses the scale that reads best', () => {
    expect(withBestScale(1_229_392_265_193.37, 'billion').scale).toBe('trillion');
    expect(withBestScale(56_357_702_349.87, 'billion')).toEqual({ value: 56.35770234987, scale: 'billion' });
    expect(withBestScale(12, 'one')).toEqual({ value: 12, scale: 'one' });
  });

  it('writes dates in words', () => {
    expect(formatDate('2023-02-02')).toBe('2 February 2023');
  });
});
