import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { incrementalList, type IncrementalList } from '../../../../renderer/src/lib/incremental-list.svelte';

/** A list of `total` numbers made incremental, with the batches run by hand instead of after paints. */
function listOf(total: number, first: number, batch: number) {
  const pending: (() => void)[] = [];
  let list!: IncrementalList<number>;
  const stop = $effect.root(() => {
    list = incrementalList(() => [...Array(total).keys()], {
      first,
      batch,
      schedule: (grow) => {
        pending.push(grow);
        return () => pending.splice(pending.indexOf(grow), 1);
      },
    });
  });
  flushSync();
  const nextBatch = () => {
    pending.shift()!();
    flushSync();
  };
  return { list, pending, nextBatch, stop };
}

describe('a long list rendered a part at a time', () => {
  it('renders the first items at once, then a batch after each paint, until every item is rendered, in order', () => {
    const { list, pending, nextBatch, stop } = listOf(250, 24, 100);
    expect(list.items).toEqual([...Array(24).keys()]);
    expect(pending).toHaveLength(1);
    nextBatch();
    expect(list.items).toHaveLength(124);
    nextBatch();
    expect(list.items).toHaveLength(224);
    nextBatch();
    expect(list.items).toEqual([...Array(250).keys()]);
    expect(pending).toHaveLength(0);
    stop();
  });

  it('renders a short list whole, with nothing left to do after', () => {
    const { list, pending, stop } = listOf(11, 24, 100);
    expect(list.items).toHaveLength(11);
    expect(pending).toHaveLength(0);
    stop();
  });
});
