/**
 * Medians, ranges and ratios, and the interleaving every comparison uses: each pair runs the app
 * and its baseline back to back, in alternating order, so a noisy neighbour on this shared machine
 * slows both sides of a pair rather than one side of the whole comparison.
 */

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** The comparison of two sides over the same pairs: each side's spread and the median per-pair ratio. */
export interface Comparison {
  app: Spread;
  baseline: Spread;
  /** Median of app[i] / baseline[i] over the pairs i. */
  ratio: number;
  ratios: number[];
}

export function compare(app: readonly number[], baseline: readonly number[]): Comparison {
  const ratios = app.map((a, i) => a / baseline[i]!).filter((r) => Number.isFinite(r));
  return { app: spread(app), baseline: spread(baseline), ratio: median(ratios), ratios };
}

/** How many pairs each comparison runs: BENCH_PAIRS, or 7. */
export function pairCount(): number {
  const n = Number(process.env['BENCH_PAIRS'] ?? 7);
  return Number.isInteger(n) && n >= 1 ? n : 7;
}

/**
 * Runs `pairs` rounds of every side, in the given order on even rounds and reversed on odd ones,
 * and returns each side's results in round order. `onRound` reports progress.
 */
export async function interleave<S extends string, T>(
  sides: readonly S[],
  pairs: number,
  run: (side: S, round: number) => Promise<T>,
  onRound?: (round: number) => void,
): Promise<Record<S, T[]>> {
  const results = Object.fromEntries(sides.map((s) => [s, [] as T[]])) as Record<S, T[]>;
  for (let round = 0; round < pairs; round++) {
    const order = round % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) results[side].push(await run(side, round));
    onRound?.(round);
  }
  return results;
}
