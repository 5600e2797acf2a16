import { describe, expect, it } from 'vitest';
import { isCjk, lineCount, longestPiece, textWidth } from '../../../../renderer/src/export/text-metrics';

describe('measuring text in Arial', () => {
  it('knows Arial’s widths, bold wider, Chinese a full em, with a margin of safety', () => {
    // "Heilongjiang" is 6.0 em regular in Arial (Helvetica's widths).
    expect(textWidth('Heilongjiang', 10) / 1.02).toBeCloseTo(55.03, 1);
    expect(textWidth('Heilongjiang', 10, true)).toBeGreaterThan(textWidth('Heilongjiang', 10));
    expect(textWidth('黑龙江', 10) / 1.02).toBeCloseTo(30, 6);
    expect(isCjk('黑')).toBe(true);
    expect(isCjk('H')).toBe(false);
  });

  it('wraps at spaces, and anywhere in Chinese', () => {
    const run = (text: string) => [{ text, size: 10 }];
    expect(lineCount(run('one two three'), 1000)).toBe(1);
    const two = textWidth('one two', 10);
    expect(lineCount(run('one two three'), two + 1)).toBe(2);
    expect(lineCount(run('一二三四五六'), textWidth('一二三', 10) + 0.5)).toBe(2);
    // A word longer than the line breaks inside itself.
    expect(lineCount(run('Heilongjiang'), textWidth('Heilongjiang', 10) / 2 + 0.1)).toBe(2);
  });

  it('keeps a number and its unit suffix across runs as one piece, and measures the longest piece', () => {
    const runs = [
      { text: '222.52', size: 20, bold: true },
      { text: '% of it', size: 20 },
    ];
    expect(longestPiece(runs)).toBeCloseTo(textWidth('222.52', 20, true) + textWidth('%', 20), 6);
  });
});
