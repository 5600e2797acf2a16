/**
 * Writes a file so that a failure never leaves half of it behind: the data goes to a temporary
 * file in the same folder, is flushed to disk, then renamed over the target in one step. Errors
 * become sentences that say what went wrong and what to do; the temporary file is removed.
 *
 * A replaced file keeps its permissions (a private 0600 file stays private: the temporary file is
 * created with them, before any data is written). A write killed midway (the app crashed, the
 * power went) can leave its temporary file, `.<name>.<pid>.<time>.<n>.tmp`; `removeStaleTemporaryFiles`
 * clears those of processes that are gone, and the app calls it at start for its own folder.
 */
import { lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class FileWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

/** A sentence for a person, from a Node.js file-system error. */
export function describeWriteError(target: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(target);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `${basename(target)} could not be saved: you do not have permission to write in ${folder}. Choose another folder.`;
    case 'EROFS':
      return `${basename(target)} could not be saved: ${folder} is on a read-only disk. Choose another folder.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `${basename(target)} could not be saved: the disk is full. Free some space or choose another disk, then try again.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `${basename(target)} could not be saved: the folder ${folder} does not exist. Choose another folder.`;
    case 'EISDIR':
      return `${basename(target)} could not be saved: ${target} is a folder. Choose another name.`;
    default:
      return `${basename(target)} could not be saved (${code ?? (err instanceof Error ? err.message : String(err))}). Try again, or choose another folder.`;
  }
}

let counter = 0;

/** `.<name>.<pid>.<time>.<n>.tmp`: the temporary files `writeFileAtomic` makes. */
const TEMPORARY = /^\..+\.(\d+)\.(\d+)\.(\d+)\.tmp$/;
/** A temporary file this old is stale even if its process id now belongs to a live process. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    // The replaced file's permission bits, if there is one (new files get the usual 0666 less the umask).
    let mode: number | undefined;
    try {
      const existing = await stat(target);
      if (existing.isFile()) mode = existing.mode & 0o7777;
    } catch {
      mode = undefined;
    }
    const handle = await open(temporary, 'wx', mode ?? 0o666);
    try {
      // open()'s mode passes through the umask; set the old file's bits exactly.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FileWriteError(describeWriteError(target, err), (err as NodeJS.ErrnoException | undefined)?.code);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of interrupted atomic writes in `folder`: those of processes that
 * are no longer running, and any older than a day. Returns the names removed;
 * never throws (clearing up must not stop the app).
 */
export async function removeStaleTemporaryFiles(
  folder: string,
  options: { isAlive?: (pid: number) => boolean; now?: number } = {},
): Promise<string[]> {
  const alive = options.isAlive ?? isAlive;
  const now = options.now ?? Date.now();
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    try {
      const info = await lstat(join(folder, name));
      if (!info.isFile()) continue;
      // This process's own writes may be in flight; they are never a day old.
      if ((pid === process.pid || alive(pid)) && now - info.mtimeMs < STALE_AFTER_MS) continue;
      await rm(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}
