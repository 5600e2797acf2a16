/**
 * A failed open of another briefing, as the alert shows it: one summary line and the problems.
 * Main's message starts with the summary ("x.json could not be opened as a briefing:").
 */
import type { OpenBriefingResult } from '../../../electron/shared/ipc-contract';

export interface OpenFailure {
  summary: string;
  problems: string[];
}

export function openFailure(message: string, problems: string[]): OpenFailure {
  return { summary: message.split('\n')[0] ?? message, problems };
}

/** The failure an open ended in; null when it opened (or was cancelled, which is no failure). */
export function failureOf(result: OpenBriefingResult): OpenFailure | null {
  return !result.ok && result.reason === 'invalid' ? openFailure(result.message, result.problems) : null;
}
