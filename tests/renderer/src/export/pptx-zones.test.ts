/** The zone list's columns: items in order down each column, balanced as CSS columns balance them. */
import { describe, expect, it } from 'vitest';
import { balanceColumns } from '../../../../renderer/src/export/pptx-zones';

describe('balanceColumns', () => {
  it('splits equal items evenly, in order down each column', () => {
    const { starts, height } = balanceColumns(Array(9).fill(1), 3, 0);
    expect(starts).toEqual([0, 3, 6]);
    expect(height).toBeCloseTo(3, 6);
  });

  it('keeps each item whole and finds the shortest height that holds them all, gaps counted', () => {
    const { starts, height } = balanceColumns([3, 1, 1, 1, 2, 2], 3, 0.5);
    // 3 + 1 (4.5 with the gap) | 1 + 1 | 2 + 2 (4.5): no shorter height holds the six in three columns.
    expect(starts).toEqual([0, 2, 4]);
    expect(height).toBeCloseTo(4.5, 6);
  });

  it('uses fewer columns when there are fewer items', () => {
    expect(balanceColumns([2], 3, 0.5).starts).toEqual([0]);
  });
});
