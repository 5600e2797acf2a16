/**
 * Reads a briefing file and the source text beside it from disk, and validates them once.
 * Every way a file can be wrong ends as a sentence naming the file and the problem.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Briefing } from '../shared/briefing-schema';
import { MAX_BRIEFING_BYTES, MAX_SOURCE_BYTES, parseJson, validateBriefing } from '../shared/briefing-loader';
import type { BriefingOrigin, BriefingPayload } from '../shared/ipc-contract';

/** The briefing the app ships with, relative to the app's folder (the project, or app.asar). */
export const BUNDLED_BRIEFING = join('assets', 'briefings', 'pilot-ftz-2022.json');

export type BriefingFileResult =
  | { ok: true; payload: BriefingPayload }
  | { ok: false; file: string; problems: string[] };

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function readTextFile(path: string, maxBytes: number, what: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, problem: `The ${what} ${path} does not exist.` };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: `The ${what} ${path} cannot be read: permission denied.` };
    return { ok: false, problem: `The ${what} ${path} cannot be read (${code ?? String(err)}).` };
  }
  if (info.isDirectory()) return { ok: false, problem: `${path} is a folder, not a ${what}.` };
  if (!info.isFile()) return { ok: false, problem: `${path} is not a regular file.` };
  if (info.size > maxBytes) {
    return { ok: false, problem: `The ${what} ${path} is ${megabytes(info.size)}; the largest accepted is ${megabytes(maxBytes)}.` };
  }
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (err) {
    return { ok: false, problem: `The ${what} ${path} cannot be read (${(err as Error).message}).` };
  }
}

/** The `source.file` a parsed briefing names, if it names one well enough to look for. */
function sourceFileOf(data: unknown): string | undefined {
  const source = (data as { source?: { file?: unknown } } | null)?.source;
  const file = source?.file;
  return typeof file === 'string' && /^[A-Za-z0-9._-]+\.txt$/.test(file) ? file : undefined;
}

export async function readBriefingFile(path: string, origin: BriefingOrigin): Promise<BriefingFileResult> {
  const fail = (problems: string[]): BriefingFileResult => ({ ok: false, file: path, problems });
  const json = await readTextFile(path, MAX_BRIEFING_BYTES, 'briefing file');
  if (!json.ok) return fail([json.problem]);
  const data = parseJson(json.text);
  if (!data.ok) return fail(data.problems);

  // The schema check reports a missing or malformed source.file itself; the source text is only
  // read when the name is usable.
  const sourceName = sourceFileOf(data.value);
  let sourceText = '';
  if (sourceName) {
    const source = await readTextFile(join(dirname(path), sourceName), MAX_SOURCE_BYTES, 'source text');
    if (!source.ok) return fail([`source.file: ${source.problem} It must be beside ${basename(path)}.`]);
    sourceText = source.text;
  }
  const briefing = validateBriefing(data.value, sourceText);
  if (!briefing.ok) return fail(briefing.problems);
  return { ok: true, payload: { briefing: briefing.value satisfies Briefing, sourceText, origin } };
}

/** Sentences for a person: which file, what is wrong. */
export function describeBriefingFailure(result: Extract<BriefingFileResult, { ok: false }>, limit = 12): string {
  const shown = result.problems.slice(0, limit);
  const more = result.problems.length - shown.length;
  return [
    `${basename(result.file)} could not be opened as a briefing:`,
    ...shown.map((p) => `• ${p}`),
    ...(more > 0 ? [`• …and ${more} more problem${more > 1 ? 's' : ''}.`] : []),
  ].join('\n');
}
