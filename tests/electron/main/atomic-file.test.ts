import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteError, FileWriteError, writeFileAtomic } from '../../../electron/main/atomic-file';

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
});
