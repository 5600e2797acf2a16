/**
 * Charts printed on one page are drawn together: every chart's size and theme are read first,
 * then every chart is drawn. Drawn one by one, each chart's reading would come after the last
 * one's drawing had changed the page, and cost a layout of the whole document (pages of it, in a
 * summary) — four charts, four layouts; together, one, which the browser has done anyway by the
 * next frame.
 */
export interface ChartJob {
  /** Reads what the chart needs from the page; writes nothing. */
  measure(): void;
  /** Draws the chart with what `measure` read. */
  draw(): void;
}

let queue: ChartJob[] = [];

function flush(): void {
  const jobs = queue;
  queue = [];
  for (const job of jobs) job.measure();
  for (const job of jobs) job.draw();
}

/** Draws `job` with the others asked for before the next frame; the function returned takes it back if not drawn yet. */
export function drawTogether(job: ChartJob, frame: (callback: () => void) => unknown = requestAnimationFrame): () => void {
  queue.push(job);
  if (queue.length === 1) frame(flush);
  return () => {
    queue = queue.filter((queued) => queued !== job);
  };
}
