/**
 * The state of a presentation, shared by the audience and presenter windows, and the one function
 * that changes it. Pure and serialisable: one window sends the state, the other applies it, so
 * both always show the same slide, blank screen and overview.
 */
import type { PresentationStateMessage, SlidePoint } from '../../../electron/shared/ipc-contract';

/** The state both windows exchange: its shape is the IPC contract's. */
export type PresentationState = PresentationStateMessage;
export type TimerState = PresentationState['timer'];
export type { SlidePoint };

export type StateChange =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'blank'; colour: 'black' | 'white' }
  | { type: 'overview' }
  | { type: 'close-layer' }
  | { type: 'laser' }
  | { type: 'pointer'; at: SlidePoint | null }
  | { type: 'zoom'; at: SlidePoint }
  | { type: 'timer-toggle'; now: number }
  | { type: 'timer-reset'; now: number };

export function initialState(slideCount: number, slide = 1, now = Date.now()): PresentationState {
  return {
    slide: clamp(slide, slideCount),
    slideCount,
    blank: 'none',
    overview: false,
    laser: false,
    pointer: null,
    zoom: null,
    timer: { running: true, startedAt: now, elapsedBeforeMs: 0 },
  };
}

function clamp(slide: number, count: number): number {
  return Math.min(Math.max(1, Math.round(slide)), Math.max(1, count));
}

/** The layers over the slide that Escape closes, one press for all. */
export function layerOpen(state: PresentationState): boolean {
  return state.overview || state.blank !== 'none' || state.laser || state.zoom !== null;
}

function applyPointerChange(state: PresentationState, change: Extract<StateChange, { type: 'laser' | 'pointer' | 'zoom' }>): PresentationState {
  switch (change.type) {
    case 'laser':
      return { ...state, laser: !state.laser };
    case 'pointer':
      return { ...state, pointer: change.at };
    case 'zoom':
      return { ...state, zoom: state.zoom ? null : change.at, overview: false };
  }
}

export function applyChange(state: PresentationState, change: StateChange): PresentationState {
  const go = (slide: number): PresentationState => ({ ...state, slide: clamp(slide, state.slideCount), blank: 'none', overview: false, zoom: null });
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
      return { ...state, overview: false, blank: 'none', laser: false, zoom: null };
    case 'laser':
    case 'pointer':
    case 'zoom':
      return applyPointerChange(state, change);
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

const isFraction = (n: unknown) => typeof n === 'number' && n >= 0 && n <= 1;
function isPointOrNull(value: unknown): boolean {
  const p = value as Partial<SlidePoint> | null;
  return p === null || (typeof p === 'object' && isFraction(p.x) && isFraction(p.y));
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
    typeof v.laser === 'boolean' &&
    isPointOrNull(v.pointer) &&
    isPointOrNull(v.zoom) &&
    !!t &&
    typeof t.running === 'boolean' &&
    Number.isFinite(t.startedAt) &&
    Number.isFinite(t.elapsedBeforeMs);
  return ok ? (v as PresentationState) : null;
}
