/**
 * A failed open of another briefing, as the alert shows it: one summary line and the problems.
 * Main's message starts with the summary ("x.json could not be opened as a briefing:").
 */
import type { OpenBriefingResult } from '../../../electron/shared/ipc-contract';
import { countOf } from '../../../electron/shared/messages';

export interface OpenFailure {
  summary: string;
  problems: string[];
  /** Problems found beyond those listed. */
  more: number;
}

export function openFailure(message: string, problems: string[], more = 0): OpenFailure {
  return { summary: message.split('\n')[0] ?? message, problems, more };
}

/** The problems an alert lists (the first `shown`), and the line that counts the rest ("…and 3,988 more problems."), if any. */
export function listedProblems(failure: OpenFailure, shown: number): { listed: string[]; rest: string | null } {
  const hidden = Math.max(0, failure.problems.length - shown) + failure.more;
  return { listed: failure.problems.slice(0, shown), rest: hidden > 0 ? `…and ${countOf(hidden, 'more problem')}.` : null };
}

/** The failure an open ended in; null when it opened (or was cancelled, which is no failure). */
export function failureOf(result: OpenBriefingResult): OpenFailure | null {
  return !result.ok && result.reason === 'invalid' ? openFailure(result.message, result.problems, result.more) : null;
}
