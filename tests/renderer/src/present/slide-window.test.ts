import { describe, expect, it } from 'vitest';
import { renderedSlides, warmSlides } from '../../../../renderer/src/present/slide-window';

describe('the slides kept built while presenting', () => {
  it('are the one shown and its neighbours, within the deck', () => {
    expect(warmSlides(1, 15)).toEqual([1, 2]);
    expect(warmSlides(7, 15)).toEqual([6, 7, 8]);
    expect(warmSlides(15, 15)).toEqual([14, 15]);
  });

  it('always include the one shown, even before its neighbours are built', () => {
    expect(renderedSlides(9, [6, 7, 8])).toEqual([6, 7, 8, 9]);
    expect(renderedSlides(8, [7, 8, 9])).toEqual([7, 8, 9]);
  });
});
