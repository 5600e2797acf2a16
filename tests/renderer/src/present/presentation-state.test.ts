import { describe, expect, it } from 'vitest';
import { applyChange, elapsedMs, formatElapsed, initialState, layerOpen, parseState } from '../../../../renderer/src/present/presentation-state';

describe('presentation state', () => {
  it('moves within the deck and clears blank screens and the overview', () => {
    let s = initialState(14, 1, 0);
    s = applyChange(s, { type: 'previous' });
    expect(s.slide).toBe(1);
    s = applyChange(s, { type: 'blank', colour: 'black' });
    expect(s.blank).toBe('black');
    s = applyChange(s, { type: 'next' });
    expect([s.slide, s.blank]).toEqual([2, 'none']);
    s = applyChange(s, { type: 'goto', slide: 99 });
    expect(s.slide).toBe(14);
    s = applyChange(s, { type: 'overview' });
    expect(s.overview).toBe(true);
    s = applyChange(s, { type: 'close-layer' });
    expect(s.overview).toBe(false);
    expect(applyChange(s, { type: 'blank', colour: 'white' }).blank).toBe('white');
    expect(applyChange(applyChange(s, { type: 'blank', colour: 'white' }), { type: 'blank', colour: 'white' }).blank).toBe('none');
  });

  it('times the talk, with pause, resume and reset', () => {
    let s = initialState(3, 1, 1_000);
    expect(formatElapsed(elapsedMs(s.timer, 66_000))).toBe('1:05');
    s = applyChange(s, { type: 'timer-toggle', now: 61_000 });
    expect(elapsedMs(s.timer, 500_000)).toBe(60_000);
    s = applyChange(s, { type: 'timer-toggle', now: 100_000 });
    expect(elapsedMs(s.timer, 110_000)).toBe(70_000);
    s = applyChange(s, { type: 'timer-reset', now: 110_000 });
    expect(elapsedMs(s.timer, 112_000)).toBe(2_000);
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('points with the laser and zooms, and closes both with the other layers; a new slide leaves the zoom', () => {
    let s = initialState(15, 9, 0);
    expect(layerOpen(s)).toBe(false);
    s = applyChange(s, { type: 'laser' });
    s = applyChange(s, { type: 'pointer', at: { x: 0.25, y: 0.5 } });
    expect([s.laser, s.pointer]).toEqual([true, { x: 0.25, y: 0.5 }]);
    expect(layerOpen(s)).toBe(true);
    s = applyChange(s, { type: 'zoom', at: { x: 0.25, y: 0.5 } });
    expect(s.zoom).toEqual({ x: 0.25, y: 0.5 });
    expect(applyChange(s, { type: 'zoom', at: { x: 0.9, y: 0.9 } }).zoom).toBeNull();
    expect(applyChange(s, { type: 'next' })).toMatchObject({ slide: 10, zoom: null, laser: true });
    s = applyChange(s, { type: 'close-layer' });
    expect([s.laser, s.zoom, layerOpen(s)]).toEqual([false, null, false]);
  });

  it('checks a state received from the other window', () => {
    const s = initialState(3, 2, 0);
    expect(parseState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseState({ ...s, blank: 'purple' })).toBeNull();
    expect(parseState({ ...s, pointer: { x: 2, y: 0 } })).toBeNull();
    expect(parseState({ ...s, zoom: 'here' })).toBeNull();
    expect(parseState('slide 2')).toBeNull();
  });
});
