import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFileWithDialog } from '../../../electron/main/file-save';
import { invokeArgumentSchemas } from '../../../electron/main/ipc-arguments';
import { createFakeElectron } from '../../support/fake-electron';

describe('saving a chart or its numbers', () => {
  it('offers the suggested name in the documents folder, with the right filter', async () => {
    const fake = createFakeElectron();
    await saveFileWithDialog(fake.parts.dialog, { suggestedName: 'growth.csv', kind: 'csv', data: 'a\r\n' }, '/home/tester/Documents');
    expect(fake.saveDialogs[0]).toMatchObject({
      defaultPath: '/home/tester/Documents/growth.csv',
      filters: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
    });
  });

  it('does nothing when the dialog is cancelled', async () => {
    const fake = createFakeElectron();
    await expect(saveFileWithDialog(fake.parts.dialog, { suggestedName: 'a.csv', kind: 'csv', data: 'x' }, '/tmp')).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
  });

  it('writes the exact bytes: CSV as text, PNG decoded from base64', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-save-'));
    const fake = createFakeElectron();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'chart.png') };
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await expect(saveFileWithDialog(fake.parts.dialog, { suggestedName: 'chart.png', kind: 'png', data: png.toString('base64') }, dir)).resolves.toEqual({
      saved: true,
      path: join(dir, 'chart.png'),
    });
    expect(Buffer.compare(await readFile(join(dir, 'chart.png')), png)).toBe(0);
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'numbers.csv') };
    await saveFileWithDialog(fake.parts.dialog, { suggestedName: 'numbers.csv', kind: 'csv', data: 'a,b\r\n1,2\r\n' }, dir);
    expect(await readFile(join(dir, 'numbers.csv'), 'utf8')).toBe('a,b\r\n1,2\r\n');
  });

  it('says what went wrong when the place cannot be written, leaving nothing behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-save-'));
    const fake = createFakeElectron();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'gone', 'numbers.csv') };
    await expect(saveFileWithDialog(fake.parts.dialog, { suggestedName: 'numbers.csv', kind: 'csv', data: 'x' }, dir)).resolves.toEqual({
      saved: false,
      reason: 'error',
      message: `numbers.csv could not be saved: the folder ${join(dir, 'gone')} does not exist. Choose another folder.`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses names with folders in them, other kinds and oversized data', () => {
    const check = (request: unknown) => invokeArgumentSchemas['file:save'].safeParse([request]).success;
    expect(check({ suggestedName: 'chart.png', kind: 'png', data: 'AAAA' })).toBe(true);
    expect(check({ suggestedName: '../../.bashrc.csv', kind: 'csv', data: '' })).toBe(false);
    expect(check({ suggestedName: 'evil.exe', kind: 'csv', data: '' })).toBe(false);
    expect(check({ suggestedName: 'a.csv', kind: 'exe', data: '' })).toBe(false);
    expect(check({ suggestedName: 'a.csv', kind: 'csv', data: 'x'.repeat(20 * 1024 * 1024 + 1) })).toBe(false);
    expect(check({ suggestedName: 'slides.pptx', kind: 'pptx', data: 'UEsDBA==' })).toBe(true);
    expect(check({ suggestedName: 'slides.pptm', kind: 'pptx', data: '' })).toBe(false);
  });

  it('saves slides as PowerPoint: its own dialog title and filter, the bytes decoded from base64', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-save-'));
    const fake = createFakeElectron();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'slides.pptx') };
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 8, 7]);
    await expect(saveFileWithDialog(fake.parts.dialog, { suggestedName: 'pilot-ftz-2022-slides.pptx', kind: 'pptx', data: zip.toString('base64') }, dir)).resolves.toEqual({
      saved: true,
      path: join(dir, 'slides.pptx'),
    });
    expect(fake.saveDialogs[0]).toMatchObject({
      title: 'Export slides as PowerPoint',
      defaultPath: `${dir}/pilot-ftz-2022-slides.pptx`,
      filters: [{ name: 'PowerPoint presentation', extensions: ['pptx'] }],
    });
    expect(Buffer.compare(await readFile(join(dir, 'slides.pptx')), zip)).toBe(0);
  });
});
