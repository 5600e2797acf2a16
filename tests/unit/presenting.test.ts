import { describe, expect, it } from 'vitest';
import { buildDeck, figureSentence } from '../../renderer/src/present/deck';
import { actionForKey, REPEAT_STEP_MS, type KeyState } from '../../renderer/src/present/presentation-keys';
import { applyChange, elapsedMs, formatElapsed, initialState, parseState } from '../../renderer/src/present/presentation-state';
import { indexBriefing } from '../../renderer/src/lib/briefing-index';
import { readBriefingFile } from '../../electron/main/briefing-files';
import { join } from 'node:path';
import { loadBundled, PROJECT_ROOT } from './load-bundled';

async function deck() {
  return buildDeck(indexBriefing((await loadBundled()).briefing));
}

describe('the deck of the bundled briefing', () => {
  it('runs title, figures, areas, zones, charts, outlook, source', async () => {
    const slides = await deck();
    expect(slides.map((s) => s.kind)).toEqual(['title', 'figures', 'figures', 'area', 'area', 'area', 'area', 'zones', 'chart', 'chart', 'chart', 'chart', 'outlook', 'closing']);
    expect(slides.map((s) => s.title).slice(0, 4)).toEqual([
      "China's Pilot Free Trade Zones in 2022",
      'Promote high-level opening up',
      'Deepen reform and innovation',
      'Promote high-level opening up',
    ]);
  });

  it('puts at most three headline figures on a slide, grouped by area', async () => {
    const figures = (await deck()).filter((s) => s.kind === 'figures');
    expect(figures.map((s) => (s.kind === 'figures' ? s.figures.map((f) => f.id) : []))).toEqual([
      ['foreign-capital', 'high-tech-foreign-capital', 'trade-volume'],
      ['supporting-documents', 'delegated-authority'],
    ]);
  });

  it('writes speaker notes from the quotes and figures', async () => {
    const slides = await deck();
    const figures = slides[1]!;
    expect(figures.notes[0]).toBe('Foreign capital actually used: 222.52 billion yuan (2022), 18.1% of the national total.');
    expect(figures.notes[1]).toBe("“Throughout the year, the 21 pilot free trade zones actually used 222.52 billion yuan of foreign capital, accounting for 18.1% of the country's total.”");
    const area3 = slides.find((s) => s.id === 'area-high-quality-development')!;
    expect(area3.notes).toContain('Smart terminals made a year in Chongqing’s Xiyong area: more than 100 million units (a year).');
    expect(slides.find((s) => s.kind === 'zones')!.notes[1]).toBe(
      'The briefing names 9: Henan, Hubei, Chongqing, Sichuan, Shaanxi, Shandong, Guangxi, Yunnan, Heilongjiang.',
    );
  });

  it('ends with the source', async () => {
    const closing = (await deck()).at(-1)!;
    expect(closing.kind === 'closing' && closing.lines[0]).toBe('China New Finance and Economics');
  });

  it('writes a figure with its context in one sentence', async () => {
    const { briefing } = await loadBundled();
    expect(figureSentence(briefing.figures.find((f) => f.id === 'trade-volume')!)).toBe(
      'Imports and exports: 7.5 trillion yuan (2022), 17.8% of the national total, +14.5% year on year.',
    );
  });
});

describe('the deck of another briefing', () => {
  it('comes from its own data, with no code changes', async () => {
    const result = await readBriefingFile(join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json'), { kind: 'bundled' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const slides = buildDeck(indexBriefing(result.payload.briefing));
    expect(slides[0]!.title).toBe(result.payload.briefing.title);
    expect(slides.filter((s) => s.kind === 'area')).toHaveLength(result.payload.briefing.areas.length);
    expect(slides.find((s) => s.kind === 'zones')!.title).toBe(`${result.payload.briefing.zones.length} ${result.payload.briefing.zoneCountLabel ?? 'zones'}`);
    expect(slides.at(-1)!.kind).toBe('closing');
    expect(JSON.stringify(slides)).not.toMatch(/222\.52|Guo Tingting|Shaanxi/);
  });
});

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

  it('checks a state received from the other window', () => {
    const s = initialState(3, 2, 0);
    expect(parseState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseState({ ...s, blank: 'purple' })).toBeNull();
    expect(parseState('slide 2')).toBeNull();
  });
});
