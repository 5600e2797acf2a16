import { describe, expect, it } from 'vitest';
import { balancedPages, estimatedLines } from '../../../../renderer/src/model/deck-pages';

describe('continued slides', () => {
  it('keep everything that fits on one page', () => {
    expect(balancedPages([1, 2, 3], () => 1, 5)).toEqual([{ items: [1, 2, 3], page: { number: 1, of: 1 } }]);
  });

  it('balance the pages: seven become four and three, not six and one', () => {
    expect(balancedPages([1, 2, 3, 4, 5, 6, 7], () => 1, 6).map((p) => p.items.length)).toEqual([4, 3]);
    expect(balancedPages(Array.from({ length: 300 }, (_, i) => i), () => 1, 21).map((p) => p.items.length).every((n) => n === 20 || n === 21)).toBe(true);
  });

  it('keep the order, use as few pages as the capacity allows, and give an oversized item its own page', () => {
    const pages = balancedPages(['a', 'bb', 'c', 'dddddddddd', 'e'], (s) => s.length, 4);
    expect(pages.flatMap((p) => p.items)).toEqual(['a', 'bb', 'c', 'dddddddddd', 'e']);
    expect(pages.map((p) => p.items)).toEqual([['a', 'bb', 'c'], ['dddddddddd'], ['e']]);
    expect(pages.map((p) => p.page)).toEqual([{ number: 1, of: 3 }, { number: 2, of: 3 }, { number: 3, of: 3 }]);
  });

  it('give an empty list one empty page', () => {
    expect(balancedPages([], () => 1, 3)).toEqual([{ items: [], page: { number: 1, of: 1 } }]);
  });

  it('estimate lines from the length of the text', () => {
    expect(estimatedLines('Short', 'base')).toBe(1);
    expect(estimatedLines('x'.repeat(200), 'base')).toBe(4);
    expect(estimatedLines('x'.repeat(200), 'sm')).toBe(4);
  });
});
