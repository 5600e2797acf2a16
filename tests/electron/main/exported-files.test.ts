import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { ExportedFiles } from '../../../electron/main/exported-files';
import { createFakeElectron } from '../../support/fake-electron';
import { PROJECT_ROOT } from '../../support/load-bundled';

const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

async function start() {
  const fake = createFakeElectron();
  await startBriefingViewer(fake.parts, options);
  const call = (channel: string, ...args: unknown[]) => Promise.resolve(fake.ipcHandlers.get(channel)!({ senderFrame: { url: APP_ENTRY_URL } }, ...args));
  return { fake, call };
}

describe('files the app exported', () => {
  it('shows or opens only a file it has just exported', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const { fake, call } = await start();
    await expect(call('file:reveal', { path: '/etc/passwd', how: 'open' })).rejects.toThrow(/shows only files it has just exported/);
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 's.pdf') };
    await call('pdf:export', { paper: 'a4', content: 'summary' });
    await call('file:reveal', { path: join(dir, 's.pdf'), how: 'folder' });
    await call('file:reveal', { path: join(dir, 's.pdf'), how: 'open' });
    expect(fake.shellCalls).toEqual([
      { how: 'folder', path: join(dir, 's.pdf') },
      { how: 'open', path: join(dir, 's.pdf') },
    ]);
  });

  it('shows or opens slides saved as PowerPoint, but not a chart saved as PNG', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pptx-'));
    const { fake, call } = await start();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'slides.pptx') };
    await call('file:save', { suggestedName: 'slides.pptx', kind: 'pptx', data: 'UEsDBA==' });
    await call('file:reveal', { path: join(dir, 'slides.pptx'), how: 'folder' });
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'chart.png') };
    await call('file:save', { suggestedName: 'chart.png', kind: 'png', data: 'iVBORw0KGgo=' });
    await expect(call('file:reveal', { path: join(dir, 'chart.png'), how: 'open' })).rejects.toThrow(/shows only files it has just exported/);
    expect(fake.shellCalls).toEqual([{ how: 'folder', path: join(dir, 'slides.pptx') }]);
  });

  it('says so when the file cannot be opened', async () => {
    const exported = new ExportedFiles({ showItemInFolder: () => undefined, openPath: async () => 'No application knows how to open it.' });
    exported.add('/tmp/x.pdf');
    await expect(exported.reveal({ path: '/tmp/x.pdf', how: 'open' })).rejects.toThrow('The file could not be opened: No application knows how to open it.');
  });
});
