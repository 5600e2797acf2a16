import { describe, expect, it } from 'vitest';
import { barGapPercent, countStep, labelFormatCode, seriesName } from '../../../../renderer/src/export/pptx-charts';

describe('PowerPoint charts from chart specs', () => {
  it('writes value labels with the digits the app writes', () => {
    expect(labelFormatCode({ kind: 'percent' }, [18.1, 81.9])).toBe('0.0"%"');
    expect(labelFormatCode({ kind: 'percent' }, [31, 69])).toBe('0"%"');
    expect(labelFormatCode({ kind: 'change' }, [53.2, 14.5])).toBe('"+"0.0"%";"−"0.0"%";"±"0.0"%"');
    expect(labelFormatCode({ kind: 'quantity', quantity: { unit: 'yuan', scale: 'billion' } }, [86.34, 136.18000000000001])).toBe('#,##0.00');
    expect(labelFormatCode({ kind: 'quantity', quantity: { unit: 'container', scale: 'million' } }, [1.9, 2.3000000000000003])).toBe('#,##0.0');
    expect(labelFormatCode({ kind: 'count', unit: 'zone', unitPlural: 'zones' }, [1, 7])).toBe('#,##0');
  });

  it('counts in whole steps', () => {
    expect([1, 7, 8, 9, 21, 130, 5400].map(countStep)).toEqual([1, 1, 1, 2, 5, 20, 1000]);
  });

  it('keeps bars no thicker than on screen, and never packed tighter than it', () => {
    expect(barGapPercent(1, 4.5)).toBe(125);
    expect(barGapPercent(2, 4.5)).toBe(60);
    expect(barGapPercent(6, 12)).toBe(60);
    expect(barGapPercent(1, 20)).toBe(500);
  });

  it('names derived series as derived', () => {
    expect(seriesName({ label: 'The rest', values: [1], derived: true })).toBe('The rest (derived)');
    expect(seriesName({ label: 'Set up that year', values: [1], derived: false })).toBe('Set up that year');
  });
});
