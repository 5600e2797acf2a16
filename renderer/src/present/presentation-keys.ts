/**
 * What each key does while presenting: the keys people use in PowerPoint and reveal.js, and what
 * presentation clickers send (Page Up/Down, arrows, Space, B or "."), plus L for a laser pointer
 * and Z to zoom into the slide under the pointer. Pure: a key and the state it arrives in give
 * an action.
 */
import type { StateChange } from './presentation-state';

/** A change to the shared presentation state, or something only this window does. */
export type PresentAction =
  | Exclude<StateChange, { type: 'timer-toggle' | 'timer-reset' | 'pointer' | 'zoom' }>
  | { type: 'zoom' }
  | { type: 'fullscreen' }
  | { type: 'presenter-view' }
  | { type: 'leave' }
  | { type: 'digits'; typed: string }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
}

export interface KeyState {
  /** Digits typed so far for "number then Enter". */
  typed: string;
  /** Whether a layer (overview, black or white screen, laser, zoom) is open: Escape closes it first. */
  layerOpen: boolean;
  /** When the last step to another slide was taken (ms), so a held key steps at a steady pace. */
  lastStepAt: number;
  now: number;
}

/** A held key steps at most this often, so holding it does not race through the deck. */
export const REPEAT_STEP_MS = 350;

/** Keys that step through the deck (a held key steps at a steady pace). */
const STEP_KEYS: Readonly<Record<string, 'next' | 'previous'>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  Enter: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  P: 'previous',
};

/** Keys that toggle something once per press (holding them does nothing more). */
const TOGGLE_KEYS: Readonly<Record<string, PresentAction>> = {
  b: { type: 'blank', colour: 'black' },
  B: { type: 'blank', colour: 'black' },
  '.': { type: 'blank', colour: 'black' },
  w: { type: 'blank', colour: 'white' },
  W: { type: 'blank', colour: 'white' },
  ',': { type: 'blank', colour: 'white' },
  l: { type: 'laser' },
  L: { type: 'laser' },
  z: { type: 'zoom' },
  Z: { type: 'zoom' },
};

/** Keys that do the same whenever they arrive. */
const PLAIN_KEYS: Readonly<Record<string, PresentAction>> = {
  Home: { type: 'first' },
  End: { type: 'last' },
  o: { type: 'overview' },
  O: { type: 'overview' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
  F11: { type: 'fullscreen' },
  s: { type: 'presenter-view' },
  S: { type: 'presenter-view' },
};

export function actionForKey(input: KeyInput, state: KeyState): PresentAction {
  if (input.ctrlKey || input.metaKey || input.altKey) return { type: 'none' };
  const { key } = input;
  if (/^[0-9]$/.test(key)) return { type: 'digits', typed: (state.typed + key).slice(-4) };
  if (key === 'Enter' && state.typed) return { type: 'goto', slide: Number(state.typed) };
  if (key === 'Escape') return state.layerOpen ? { type: 'close-layer' } : { type: 'leave' };
  const stepping = key === ' ' || key === 'Spacebar' ? (input.shiftKey ? 'previous' : 'next') : STEP_KEYS[key];
  if (stepping) return input.repeat && state.now - state.lastStepAt < REPEAT_STEP_MS ? { type: 'none' } : { type: stepping };
  const toggle = TOGGLE_KEYS[key];
  if (toggle) return input.repeat ? { type: 'none' } : toggle;
  return PLAIN_KEYS[key] ?? { type: 'none' };
}

/**
 * Moving the selection in the slide overview with the arrow keys (a grid of `columns`), Home and
 * End; the slide selected, or null for any other key.
 */
export function overviewSelection(key: string, selected: number, count: number, columns: number): number | null {
  const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns };
  if (key === 'Home') return 1;
  if (key === 'End') return count;
  const step = moves[key];
  return step === undefined ? null : Math.min(Math.max(1, selected + step), count);
}
