/**
 * What reading a briefing file comes to, as main and the reader's worker both see it, and how a
 * failure is said to a person. No file access here: main imports this, the worker does the reading.
 */
import { basename, join } from 'node:path';
import { countOf } from '../shared/messages';
import { plainForMessage } from '../shared/messages';
import type { BriefingPayload } from '../shared/ipc-contract';

/** The briefing the app ships with, relative to the app's folder (the project, or app.asar). */
export const BUNDLED_BRIEFING = join('assets', 'briefings', 'pilot-ftz-2022.json');

export type BriefingFileResult =
  | { ok: true; payload: BriefingPayload }
  | {
      ok: false;
      file: string;
      /** Sentences for a person, at most a few dozen. */
      problems: string[];
      /** Problems found beyond those in `problems`. */
      more?: number;
      /** The file itself does not exist (so it can leave the recent list). */
      missing?: boolean;
    };

export type BriefingFailure = Extract<BriefingFileResult, { ok: false }>;

/** Sentences for a person: which file, what is wrong (the first `limit` problems, then how many more). */
export function describeBriefingFailure(result: BriefingFailure, limit = 12): string {
  const shown = result.problems.slice(0, limit);
  const more = result.problems.length - shown.length + (result.more ?? 0);
  return [
    `${plainForMessage(basename(result.file), 120)} could not be opened as a briefing:`,
    ...shown.map((p) => `• ${p}`),
    ...(more > 0 ? [`• …and ${countOf(more, 'more problem')}.`] : []),
  ].join('\n');
}
