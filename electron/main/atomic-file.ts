/**
 * Writes a file so that a failure never leaves half of it behind: the data goes to a temporary
 * file in the same folder, is flushed to disk, then renamed over the target in one step. Errors
 * become sentences that say what went wrong and what to do; the temporary file is removed.
 */
import { open, rename, rm } from 'node:fs/promises';
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

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.${counter++}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
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
