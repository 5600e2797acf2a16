/**
 * A long list rendered a part at a time: the first `first` items with the view, then the rest in
 * batches of `batch`, each after the last has been painted. A view of a thousand cards then paints
 * its first screenful as soon as a view of ten does, and the rest follows a task at a time, so the
 * page answers input between batches; a list no longer than `first` is rendered whole at once.
 * Create it while a component initialises (it runs an effect).
 */
export interface IncrementalList<T> {
  /** The items to render now: the first ones, more after each paint, in the end all of them. */
  readonly items: readonly T[];
}

/** The next batch's moment: after the coming frame has been painted. */
const afterPaint = (grow: () => void): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(grow)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export function incrementalList<T>(all: () => readonly T[], options: { first?: number; batch?: number; schedule?: typeof afterPaint } = {}): IncrementalList<T> {
  const { first = 24, batch = 100, schedule = afterPaint } = options;
  let shown = $state(first);
  $effect(() => {
    const total = all().length;
    if (shown >= total) return;
    return schedule(() => (shown = Math.min(total, shown + batch)));
  });
  return {
    get items() {
      const items = all();
      return shown >= items.length ? items : items.slice(0, shown);
    },
  };
}
