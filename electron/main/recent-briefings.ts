/**
 * The briefings opened recently, newest first, at most eight, kept in a small JSON file in the
 * user's data folder (written atomically, so a crash never leaves half a list). A damaged list
 * file is treated as empty; files that vanished are dropped from the list when it is read.
 *
 * Every read-change-write goes through one queue: a list read while a path is being added sees
 * the list before or after the add, never half of it, and no add is lost to a write made from an
 * older reading.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import type { RecentBriefing } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-file';

export const MAX_RECENT_BRIEFINGS = 8;
export const RECENT_BRIEFINGS_FILE = 'recent-briefings.json';

const listSchema = z.strictObject({
  version: z.literal(1),
  paths: z.array(z.string().max(4096).refine(isAbsolute)).max(100),
});

export interface RecentBriefings {
  /** The list, newest first, without files that no longer exist (and saved so if it changed). */
  list(): Promise<RecentBriefing[]>;
  /** Puts a path at the top of the list. */
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  clear(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createRecentBriefings(
  file: string,
  options: { exists?: (path: string) => Promise<boolean>; write?: (file: string, text: string) => Promise<void> } = {},
): RecentBriefings {
  const exists = options.exists ?? isFile;
  const write = options.write ?? writeFileAtomic;

  async function read(): Promise<string[]> {
    try {
      const parsed = listSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? [...new Set(parsed.data.paths)].slice(0, MAX_RECENT_BRIEFINGS) : [];
    } catch {
      return [];
    }
  }
  async function save(paths: string[]): Promise<void> {
    try {
      await write(file, `${JSON.stringify({ version: 1, paths }, null, 2)}\n`);
    } catch {
      // Remembering recent files is a convenience: failing to save it must not stop an open.
    }
  }
  const entry = (path: string): RecentBriefing => ({ path, name: basename(path) });

  /** One operation at a time, in the order asked. */
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    list: () =>
      serialised(async () => {
        const paths = await read();
        const present: string[] = [];
        for (const path of paths) if (await exists(path)) present.push(path);
        if (present.length !== paths.length) await save(present);
        return present.map(entry);
      }),
    add: (path) =>
      serialised(async () => {
        const paths = [path, ...(await read()).filter((p) => p !== path)].slice(0, MAX_RECENT_BRIEFINGS);
        await save(paths);
      }),
    remove: (path) =>
      serialised(async () => {
        const paths = await read();
        if (paths.includes(path)) await save(paths.filter((p) => p !== path));
      }),
    clear: () => serialised(() => save([])),
  };
}
