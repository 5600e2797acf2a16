import { describe, expect, it } from 'vitest';
import { actionForKey, overviewSelection, REPEAT_STEP_MS, type KeyState } from '../../../../renderer/src/present/presentation-keys';

describe('presentation keys', () => {
  const state = (over: Partial<KeyState> = {}): KeyState => ({ typed: '', layerOpen: false, lastStepAt: 0, now: 10_000, ...over });
  const act = (key: string, over: Partial<KeyState> = {}, mods: { shiftKey?: boolean; repeat?: boolean; ctrlKey?: boolean } = {}) => actionForKey({ key, ...mods }, state(over)).type;

  it('moves on with what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'n']) expect(act(key), key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p']) expect(act(key), key).toBe('previous');
    expect(act(' ', {}, { shiftKey: true })).toBe('previous');
    expect(act('Home')).toBe('first');
    expect(act('End')).toBe('last');
  });

  it('jumps to a slide typed as a number then Enter', () => {
    expect(actionForKey({ key: '1' }, state())).toEqual({ type: 'digits', typed: '1' });
    expect(actionForKey({ key: '2' }, state({ typed: '1' }))).toEqual({ type: 'digits', typed: '12' });
    expect(actionForKey({ key: 'Enter' }, state({ typed: '12' }))).toEqual({ type: 'goto', slide: 12 });
  });

  it('blanks the screen, opens the overview, full screen and the presenter view', () => {
    expect(actionForKey({ key: 'b' }, state())).toEqual({ type: 'blank', colour: 'black' });
    expect(actionForKey({ key: '.' }, state())).toEqual({ type: 'blank', colour: 'black' });
    expect(actionForKey({ key: 'W' }, state())).toEqual({ type: 'blank', colour: 'white' });
    expect(act('o')).toBe('overview');
    expect(act('f')).toBe('fullscreen');
    expect(act('s')).toBe('presenter-view');
  });

  it('turns the laser pointer on and off (L) and zooms (Z), not again while held', () => {
    expect(act('l')).toBe('laser');
    expect(act('L')).toBe('laser');
    expect(act('z')).toBe('zoom');
    expect(act('Z', {}, { repeat: true })).toBe('none');
  });

  it('uses Escape to close a layer first, then to leave', () => {
    expect(act('Escape', { layerOpen: true })).toBe('close-layer');
    expect(act('Escape')).toBe('leave');
  });

  it('steps at most once per interval while a key is held', () => {
    expect(act('ArrowRight', { lastStepAt: 10_000 - 100 }, { repeat: true })).toBe('none');
    expect(act('ArrowRight', { lastStepAt: 10_000 - REPEAT_STEP_MS - 1 }, { repeat: true })).toBe('next');
    expect(act('b', {}, { repeat: true })).toBe('none');
  });

  it('leaves shortcuts with modifiers to the app', () => {
    expect(act('f', {}, { ctrlKey: true })).toBe('none');
  });
});

describe('the overview’s keys', () => {
  it('move the selection along rows and columns, and to the first and last slide', () => {
    expect(overviewSelection('ArrowRight', 3, 15, 4)).toBe(4);
    expect(overviewSelection('ArrowLeft', 1, 15, 4)).toBe(1);
    expect(overviewSelection('ArrowDown', 3, 15, 4)).toBe(7);
    expect(overviewSelection('ArrowDown', 13, 15, 4)).toBe(15);
    expect(overviewSelection('ArrowUp', 3, 15, 4)).toBe(1);
    expect(overviewSelection('Home', 9, 15, 4)).toBe(1);
    expect(overviewSelection('End', 9, 15, 4)).toBe(15);
    expect(overviewSelection('x', 9, 15, 4)).toBeNull();
  });
});
