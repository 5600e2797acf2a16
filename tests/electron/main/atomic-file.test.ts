import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteError, FileWriteError, removeStaleTemporaryFiles, writeFileAtomic } from '../../../electron/main/atomic-file';

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    await writeFileAtomic(join(dir, 'out.csv'), 'a,b\n1,2\n');
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(await readdir(dir)).toEqual(['out.csv']);
  });

  it('replaces an existing file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    await writeFile(join(dir, 'out.pdf'), 'old');
    await writeFileAtomic(join(dir, 'out.pdf'), new Uint8Array([1, 2, 3]));
    expect([...(await readFile(join(dir, 'out.pdf')))]).toEqual([1, 2, 3]);
  });

  it('fails with a clear sentence when the folder does not exist, leaving nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    const target = join(dir, 'missing', 'out.pdf');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(FileWriteError);
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow(`out.pdf could not be saved: the folder ${join(dir, 'missing')} does not exist. Choose another folder.`);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the old file when the target is a folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    await mkdir(join(dir, 'out.pdf'));
    await expect(writeFileAtomic(join(dir, 'out.pdf'), 'x')).rejects.toThrow(/is a folder|could not be saved/);
    expect((await readdir(dir)).sort()).toEqual(['out.pdf']);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    await chmod(dir, 0o500);
    await expect(writeFileAtomic(join(dir, 'out.pdf'), 'x')).rejects.toThrow(/you do not have permission to write/);
  });

  it('describes the errors people meet in words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError('/media/cd/out.pdf', err('EROFS'))).toBe('out.pdf could not be saved: /media/cd is on a read-only disk. Choose another folder.');
    expect(describeWriteError('/home/a/out.pdf', err('ENOSPC'))).toBe('out.pdf could not be saved: the disk is full. Free some space or choose another disk, then try again.');
    expect(describeWriteError('/root/out.pdf', err('EACCES'))).toBe('out.pdf could not be saved: you do not have permission to write in /root. Choose another folder.');
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces (a private 0600 file stays private)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    const target = join(dir, 'recent-briefings.json');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'newer');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
    expect(await readFile(target, 'utf8')).toBe('newer');
  });
});

describe('temporary files of interrupted writes', () => {
  /** The process id of a process that has ended. */
  function deadPid(): number {
    return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
  }

  it('removes those of processes that are gone, and keeps the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    const dead = deadPid();
    const stale = `.recent-briefings.json.${dead}.1700000000000.0.tmp`;
    const live = `.recent-briefings.json.${process.pid}.1700000000000.1.tmp`;
    const parent = `.out.pdf.${process.ppid}.1700000000000.2.tmp`;
    await writeFile(join(dir, stale), 'half a list');
    await writeFile(join(dir, live), 'in flight');
    await writeFile(join(dir, parent), 'in flight elsewhere');
    await writeFile(join(dir, 'recent-briefings.json'), '{}');
    await writeFile(join(dir, '.notes.tmp'), 'not ours');
    expect(await removeStaleTemporaryFiles(dir)).toEqual([stale]);
    expect((await readdir(dir)).sort()).toEqual([parent, live, '.notes.tmp', 'recent-briefings.json'].sort());
  });

  it('removes one older than a day even when its process id is in use again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    const old = `.out.pdf.${process.ppid}.1600000000000.0.tmp`;
    await writeFile(join(dir, old), 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(join(dir, old), twoDaysAgo, twoDaysAgo);
    expect(await removeStaleTemporaryFiles(dir)).toEqual([old]);
  });

  it.skipIf(process.platform === 'win32')('removes a link, never what it points to, and never throws', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-atomic-'));
    await writeFile(join(dir, 'keep.txt'), 'keep');
    await symlink(join(dir, 'keep.txt'), join(dir, `.a.${deadPid()}.1.0.tmp`));
    expect(await removeStaleTemporaryFiles(dir)).toEqual([]);
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('keep');
    await expect(removeStaleTemporaryFiles(join(dir, 'missing'))).resolves.toEqual([]);
  });
});
