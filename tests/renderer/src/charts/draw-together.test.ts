import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartsDrawn, drawTogether, type ChartJob } from '../../../../renderer/src/charts/draw-together';

/** A page whose fonts are loaded once `loadFonts` is called. */
function fakePage() {
  let loaded = false;
  let settle!: () => void;
  const loading = new Promise<void>((resolve) => (settle = resolve));
  const asked: string[] = [];
  vi.stubGlobal('document', {
    fonts: {
      check: () => loaded,
      load: (font: string) => (asked.push(font), loading),
    },
  });
  return { asked, loadFonts: () => ((loaded = true), settle()) };
}

function recorder() {
  const log: string[] = [];
  const frames: (() => void)[] = [];
  const frame = (callback: () => void) => frames.push(callback);
  const job = (name: string): ChartJob => ({
    fonts: () => [{ font: '600 16px Inter', text: name }],
    measure: () => log.push(`measure ${name}`),
    draw: () => log.push(`draw ${name}`),
  });
  return { log, frames, frame, job };
}

afterEach(() => vi.unstubAllGlobals());

describe('charts drawn together', () => {
  it('measures every chart asked for before the frame, then draws every one, in order; a chart taken back is neither', async () => {
    const page = fakePage();
    page.loadFonts();
    const { log, frames, frame, job } = recorder();
    const cancelA = drawTogether(job('a'), frame);
    const cancelB = drawTogether(job('b'), frame);
    const cancelC = drawTogether(job('c'), frame);
    cancelB();
    expect(frames).toHaveLength(1);
    expect(log).toEqual([]);
    frames[0]!();
    expect(log).toEqual(['measure a', 'measure c', 'draw a', 'draw c']);
    await chartsDrawn();
    // The next chart asked for waits for a frame of its own.
    const cancelD = drawTogether(job('d'), frame);
    expect(frames).toHaveLength(2);
    [cancelA, cancelC, cancelD].forEach((cancel) => cancel());
  });

  it('draws no chart before the faces it draws its text in have loaded, and says when all are drawn', async () => {
    const page = fakePage();
    const { log, frames, frame, job } = recorder();
    const cancel = drawTogether(job('a'), frame);
    let done = false;
    void chartsDrawn().then(() => (done = true));
    frames[0]!();
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(page.asked).toEqual(['600 16px Inter']);
    expect(done).toBe(false);
    page.loadFonts();
    await chartsDrawn();
    expect(log).toEqual(['measure a', 'draw a']);
    expect(done).toBe(true);
    cancel();
  });

  it('waits once for a face that cannot load, then draws in the face there is', async () => {
    vi.stubGlobal('document', { fonts: { check: () => false, load: () => Promise.reject(new Error('no such file')) } });
    const { log, frames, frame, job } = recorder();
    const cancel = drawTogether(job('a'), frame);
    frames[0]!();
    await chartsDrawn();
    expect(log).toEqual(['measure a', 'draw a']);
    cancel();
  });
});
