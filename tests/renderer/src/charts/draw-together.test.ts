import { describe, expect, it } from 'vitest';
import { drawTogether } from '../../../../renderer/src/charts/draw-together';

describe('charts drawn together', () => {
  it('measures every chart asked for before the frame, then draws every one, in order; a chart taken back is neither', () => {
    const log: string[] = [];
    const frames: (() => void)[] = [];
    const frame = (callback: () => void) => frames.push(callback);
    const job = (name: string) => ({ measure: () => log.push(`measure ${name}`), draw: () => log.push(`draw ${name}`) });
    drawTogether(job('a'), frame);
    const cancelB = drawTogether(job('b'), frame);
    drawTogether(job('c'), frame);
    cancelB();
    expect(frames).toHaveLength(1);
    expect(log).toEqual([]);
    frames[0]!();
    expect(log).toEqual(['measure a', 'measure c', 'draw a', 'draw c']);
    // The next chart asked for waits for a frame of its own.
    drawTogether(job('d'), frame);
    expect(frames).toHaveLength(2);
  });
});
