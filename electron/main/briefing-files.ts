/**
 * Reads a briefing file and the source text beside it from disk, and validates them once.
 * Every way a file can be wrong ends as a sentence naming the file and the problem.
 *
 * This is the code the reader's worker thread runs (`briefing-reader-worker.ts`); main never
 * calls it (it would block main's event loop: the reading is synchronous, on purpose, so that a
 * stuck read ties up only the worker's thread and never the thread pool main's own file access
 * uses). Tests and the end-to-end server call it directly.
 *
 * One open, one read: each file is opened once (non-blocking, so a FIFO cannot hold the open),
 * checked through that handle to be a regular file of acceptable size, and read from that same
 * handle, at most one byte past the limit. A file swapped or grown after the check is still read
 * no further than the limit. The source text must really be in the briefing's folder (its real
 * path, links resolved) and must not be the briefing file itself.
 */
import { Buffer } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MAX_BRIEFING_BYTES, MAX_SOURCE_BYTES, parseJson, validateBriefing } from '../shared/briefing-loader';
import type { BriefingOrigin } from '../shared/ipc-contract';
import { plainForMessage, quoteForMessage } from '../shared/messages';
import { decodeUtf8 } from './text-decoding';
import { BUNDLED_BRIEFING, describeBriefingFailure, type BriefingFailure, type BriefingFileResult } from './briefing-result';

export { BUNDLED_BRIEFING, describeBriefingFailure, type BriefingFailure, type BriefingFileResult };

/** Read-only, without waiting for a writer (FIFO) and without taking a terminal. 0 where the platform has no such flag. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
/** For the source text, opened by its real path: a link swapped in after resolving is refused. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

type Read = { ok: true; bytes: Uint8Array; identity: { dev: bigint; ino: bigint } } | { ok: false; problem: string; missing?: boolean };

function limitText(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

function kindOf(info: BigIntStats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file';
}

/** Opens `path` once, checks it through the handle, and reads at most `maxBytes` (+1 to notice more) from it. */
export function readFileOnce(path: string, maxBytes: number, what: string, extraFlags = 0): Read {
  const shown = plainForMessage(path);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS | extraFlags);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: `The ${what} ${shown} does not exist.`, missing: true };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, problem: `The ${what} ${shown} cannot be read: permission denied.` };
    if (code === 'ELOOP') return { ok: false, problem: `The ${what} ${shown} is a link that changed while it was being opened; open it again.` };
    if (code === 'EISDIR') return { ok: false, problem: `${shown} is a folder, not a ${what}.` };
    return { ok: false, problem: `The ${what} ${shown} cannot be read (${plainForMessage(code ?? String(err), 60)}).` };
  }
  try {
    const info = fstatSync(fd, { bigint: true });
    if (info.isDirectory()) return { ok: false, problem: `${shown} is a folder, not a ${what}.` };
    if (!info.isFile()) return { ok: false, problem: `${shown} is ${kindOf(info)}, not a ${what} saved on disk.` };
    if (info.size > BigInt(maxBytes)) {
      return { ok: false, problem: `The ${what} ${shown} is larger than ${limitText(maxBytes)}, the largest accepted.` };
    }
    let buffer: Uint8Array = Buffer.allocUnsafe(Math.min(Number(info.size), maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        // The file holds more than its size said (it grew, or is a file like /proc's): read on, up to the limit.
        const larger = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, 64 * 1024), maxBytes + 1));
        larger.set(buffer);
        buffer = larger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) {
      return { ok: false, problem: `The ${what} ${shown} is larger than ${limitText(maxBytes)}, the largest accepted (it grew while it was being read).` };
    }
    return { ok: true, bytes: buffer.subarray(0, length), identity: { dev: info.dev, ino: info.ino } };
  } catch (err) {
    return { ok: false, problem: `The ${what} ${shown} cannot be read (${plainForMessage((err as NodeJS.ErrnoException).code ?? String(err), 60)}).` };
  } finally {
    closeSync(fd);
  }
}

const SOURCE_NAME = /^[A-Za-z0-9._-]+\.txt$/;

/** The `source.file` a parsed briefing names, if it names one well enough to look for. */
function sourceFileOf(data: unknown): string | undefined {
  const source = (data as { source?: { file?: unknown } } | null)?.source;
  const file = source?.file;
  return typeof file === 'string' && file.length <= 120 && SOURCE_NAME.test(file) ? file : undefined;
}

/**
 * The real path of the source text, which must be a file in the briefing's own folder: a link to
 * anywhere else (`/etc/passwd`, `/proc/self/environ`, `../../x.txt`) is refused.
 */
function resolveSource(briefingPath: string, name: string): { ok: true; path: string } | { ok: false; problem: string } {
  const folder = dirname(briefingPath);
  const beside = `It must be beside ${plainForMessage(basename(briefingPath), 120)}.`;
  const candidate = join(folder, name);
  let realFolder: string;
  let real: string;
  try {
    realFolder = realpathSync(folder);
    real = realpathSync(candidate);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: `The source text ${plainForMessage(candidate)} does not exist. ${beside}` };
    if (code === 'ELOOP') return { ok: false, problem: `The source text ${plainForMessage(candidate)} is a link that leads round in a loop. ${beside}` };
    return { ok: false, problem: `The source text ${plainForMessage(candidate)} cannot be read (${plainForMessage(code ?? String(err), 60)}).` };
  }
  if (dirname(real) !== realFolder) {
    return {
      ok: false,
      problem: `${quoteForMessage(name, 120)} is a link to a file outside the folder of ${plainForMessage(basename(briefingPath), 120)}; the source text must be a file in that folder.`,
    };
  }
  return { ok: true, path: real };
}

/** Reads and validates a briefing file and its source text, synchronously (in the reader's worker). */
export function readBriefingFileSync(path: string, origin: BriefingOrigin): BriefingFileResult {
  const fail = (problems: string[], extra: Partial<BriefingFailure> = {}): BriefingFileResult => ({ ok: false, file: path, problems, ...extra });
  const json = readFileOnce(path, MAX_BRIEFING_BYTES, 'briefing file');
  if (!json.ok) return fail([json.problem], json.missing ? { missing: true } : {});
  const text = decodeUtf8(json.bytes, `The briefing file ${plainForMessage(path)}`);
  if (!text.ok) return fail([text.problem]);
  const data = parseJson(text.text);
  if (!data.ok) return fail(data.problems);

  // The schema check reports a missing or malformed source.file itself; the source text is only
  // read when the name is usable.
  const sourceName = sourceFileOf(data.value);
  let sourceText = '';
  if (sourceName) {
    const resolved = resolveSource(path, sourceName);
    if (!resolved.ok) return fail([`source.file: ${resolved.problem}`]);
    const source = readFileOnce(resolved.path, MAX_SOURCE_BYTES, 'source text', NO_FOLLOW);
    if (!source.ok) return fail([`source.file: ${source.problem}${source.missing ? ` It must be beside ${plainForMessage(basename(path), 120)}.` : ''}`]);
    if (source.identity.dev === json.identity.dev && source.identity.ino === json.identity.ino) {
      return fail([`source.file: ${quoteForMessage(sourceName, 120)} is the briefing file itself; the source text must be a separate text file.`]);
    }
    const decoded = decodeUtf8(source.bytes, `The source text ${plainForMessage(resolved.path)}`);
    if (!decoded.ok) return fail([`source.file: ${decoded.problem}`]);
    sourceText = decoded.text;
  }
  const briefing = validateBriefing(data.value, sourceText);
  if (!briefing.ok) return fail(briefing.problems, briefing.more ? { more: briefing.more } : {});
  return { ok: true, payload: { briefing: briefing.value, sourceText, origin } };
}

/**
 * The same, as a promise: for tests, the end-to-end server and the worker. Main itself opens
 * files only through `BriefingReader` (`briefing-reader.ts`).
 */
export async function readBriefingFile(path: string, origin: BriefingOrigin): Promise<BriefingFileResult> {
  return readBriefingFileSync(path, origin);
}
