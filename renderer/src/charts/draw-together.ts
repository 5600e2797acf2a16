/**
 * Charts drawn still, for paper (the summary's, the handout's), are drawn together: every chart's
 * size and theme are read first, then every chart is drawn. Drawn one by one, each chart's reading
 * would come after the last one's drawing had changed the page, and cost a layout of the whole
 * document (pages of it, in a summary) — four charts, four layouts; together, one, which the
 * browser has done anyway by the next frame.
 *
 * They are drawn once the faces they draw their text in have loaded: a canvas draws its text in
 * whatever face is there when it is drawn, and a chart drawn in a fallback face would print so. They
 * do not wait for the rest of the page's fonts (the Chinese font's files, say), so they are drawn
 * while those are still on their way. The print document waits for `chartsDrawn()` before it says
 * it is ready.
 */
export interface ChartJob {
  /** The fonts the chart draws its text in, each with the text drawn in it. */
  fonts(): FontNeed[];
  /** Reads what the chart needs from the page; writes nothing. */
  measure(): void;
  /** Draws the chart with what `measure` read. */
  draw(): void;
}

/** A font (a CSS font shorthand, "600 16px Inter, sans-serif") and text drawn in it: the faces of that font that hold the text's characters. */
export interface FontNeed {
  font: string;
  text: string;
}

/** Runs `flush` when the charts may be drawn: the next frame, by default. */
export type DrawSchedule = (flush: () => void) => unknown;

/** Undefined when every face `needs` asks for has loaded; else a promise that settles once they have. */
export function fontsLoaded(needs: FontNeed[], doc: Document = document): Promise<unknown> | undefined {
  const fonts = doc.fonts as FontFaceSet | undefined; // not in every DOM (jsdom has none)
  const missing = fonts ? needs.filter((need) => !fonts.check(need.font, need.text)) : [];
  return missing.length ? Promise.allSettled(missing.map((need) => fonts!.load(need.font, need.text))) : undefined;
}

let queue: ChartJob[] = [];
let drawn: Promise<void> = Promise.resolve();
function flush(): void {
  const jobs = queue;
  queue = [];
  for (const job of jobs) job.measure();
  for (const job of jobs) job.draw();
}

/**
 * Draws the queued charts once their faces have loaded (they have, by the first frame, as a rule).
 * It waits once: a face that cannot load (a missing file) is then drawn in the next face there is,
 * and nothing waits on it again.
 */
function drawWhenFontsLoaded(done: () => void, waited = false): void {
  const waiting = waited ? undefined : fontsLoaded(queue.flatMap((job) => job.fonts()));
  if (waiting) {
    void waiting.then(() => drawWhenFontsLoaded(done, true));
    return;
  }
  try {
    flush();
  } finally {
    done();
  }
}

/** Draws `job` with the others asked for before it is time to draw; the function returned takes it back if not drawn yet. */
export function drawTogether(job: ChartJob, schedule: DrawSchedule = requestAnimationFrame): () => void {
  queue.push(job);
  if (queue.length === 1) {
    drawn = new Promise<void>((resolve) => schedule(() => drawWhenFontsLoaded(resolve)));
  }
  return () => {
    queue = queue.filter((queued) => queued !== job);
  };
}

/** Resolves once every chart asked for so far has been drawn (or taken back). */
export function chartsDrawn(): Promise<void> {
  return drawn;
}
