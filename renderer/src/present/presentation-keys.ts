/**
 * What each key does while presenting: the keys people use in PowerPoint and reveal.js, and what
 * presentation clickers send (Page Up/Down, arrows, Space, B or "."). Pure: a key and the state
 * it arrives in give an action.
 */
import type { StateChange } from './presentation-state';

/** A change to the shared presentation state, or something only this window does. */
export type PresentAction =
  | Exclude<StateChange, { type: 'timer-toggle' | 'timer-reset' }>
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
  /** Whether a layer (overview, black or white screen) is open: Escape closes it first. */
  layerOpen: boolean;
  /** When the last step to another slide was taken (ms), so a held key steps at a steady pace. */
  lastStepAt: number;
  now: number;
}

/** A held key steps at most this often, so holding it does not race through the deck. */
export const REPEAT_STEP_MS = 350;

export function actionForKey(input: KeyInput, state: KeyState): PresentAction {
  if (input.ctrlKey || input.metaKey || input.altKey) return { type: 'none' };
  const { key } = input;
  if (/^[0-9]$/.test(key)) return { type: 'digits', typed: (state.typed + key).slice(-4) };
  if (key === 'Enter' && state.typed) return { type: 'goto', slide: Number(state.typed) };

  const step = (type: 'next' | 'previous'): PresentAction =>
    input.repeat && state.now - state.lastStepAt < REPEAT_STEP_MS ? { type: 'none' } : { type };

  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
    case 'n':
    case 'N':
      return step('next');
    case ' ':
    case 'Spacebar':
      return step(input.shiftKey ? 'previous' : 'next');
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
    case 'P':
      return step('previous');
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return input.repeat ? { type: 'none' } : { type: 'blank', colour: 'black' };
    case 'w':
    case 'W':
    case ',':
      return input.repeat ? { type: 'none' } : { type: 'blank', colour: 'white' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'f':
    case 'F':
    case 'F11':
      return { type: 'fullscreen' };
    case 's':
    case 'S':
      return { type: 'presenter-view' };
    case 'Escape':
      return state.layerOpen ? { type: 'close-layer' } : { type: 'leave' };
    default:
      return { type: 'none' };
  }
}
