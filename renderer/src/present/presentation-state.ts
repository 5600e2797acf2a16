/**
 * The state of a presentation, shared by the audience and presenter windows, and the one function
 * that changes it. Pure and serialisable: one window sends the state, the other applies it, so
 * both always show the same slide, blank screen and overview.
 */
import type { PresentationStateMessage } from '../../../electron/shared/ipc-contract';

/** The state both windows exchange: its shape is the IPC contract's. */
export type PresentationState = PresentationStateMessage;
export type TimerState = PresentationState['timer'];

export type StateChange =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'overview' }
  | { type: 'close-layer' }
  | { type: 'timer-toggle'; now: number }
  | { type: 'timer-reset'; now: number };

export function initialState(slideCount: number, slide = 1, now = Date.now()): PresentationState {
  return {
    slide: clamp(slide, slideCount),
    slideCount,
    blank: 'none',
    overview: false,
    timer: { running: true, startedAt: now, elapsedBeforeMs: 0 },
  };
}

function clamp(slide: number, count: number): number {
  return Math.min(Math.max(1, Math.round(slide)), Math.max(1, count));
}

export function applyChange(state: PresentationState, change: StateChange): PresentationState {
  const go = (slide: number): PresentationState => ({ ...state, slide: clamp(slide, state.slideCount), blank: 'none', overview: false });
  switch (change.type) {
    case 'next':
      return go(state.slide + 1);
    case 'previous':
      return go(state.slide - 1);
    case 'first':
      return go(1);
    case 'last':
      return go(state.slideCount);
    case 'goto':
      return go(change.slide);
    case 'blank':
      return { ...state, blank: state.blank === change.colour ? 'none' : change.colour, overview: false };
    case 'overview':
      return { ...state, overview: !state.overview, blank: 'none' };
    case 'close-layer':
      return { ...state, overview: false, blank: 'none' };
    case 'timer-toggle':
      return {
        ...state,
        timer: state.timer.running
          ? { running: false, startedAt: 0, elapsedBeforeMs: elapsedMs(state.timer, change.now) }
          : { running: true, startedAt: change.now, elapsedBeforeMs: state.timer.elapsedBeforeMs },
      };
    case 'timer-reset':
      return { ...state, timer: { running: state.timer.running, startedAt: change.now, elapsedBeforeMs: 0 } };
  }
}

export function elapsedMs(timer: TimerState, now: number): number {
  return timer.elapsedBeforeMs + (timer.running ? Math.max(0, now - timer.startedAt) : 0);
}

/** "4:05", "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A state received from another window, checked before it is applied. */
export function parseState(value: unknown): PresentationState | null {
  const v = value as Partial<PresentationState> | null;
  if (!v || typeof v !== 'object') return null;
  const t = v.timer as Partial<TimerState> | undefined;
  const ok =
    Number.isInteger(v.slide) &&
    Number.isInteger(v.slideCount) &&
    (v.blank === 'none' || v.blank === 'black' || v.blank === 'white') &&
    typeof v.overview === 'boolean' &&
    !!t &&
    typeof t.running === 'boolean' &&
    Number.isFinite(t.startedAt) &&
    Number.isFinite(t.elapsedBeforeMs);
  return ok ? (v as PresentationState) : null;
}
