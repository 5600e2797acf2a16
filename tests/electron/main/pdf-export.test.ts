import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from '../../../electron/main/app-protocol';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { electronPdfOptions } from '../../../electron/main/pdf-options';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createFakeElectron } from '../../support/fake-electron';
import { PROJECT_ROOT } from '../../support/load-bundled';

const title = "China's Pilot Free Trade Zones in 2022";

async function infoOf(path: string) {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(path)), isEvalSupported: false }).promise;
  return (await pdf.getMetadata()).info as Record<string, unknown>;
}
const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

describe('exporting a PDF in the app', () => {
  async function start() {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    const call = (channel: string, ...args: unknown[]) => Promise.resolve(fake.ipcHandlers.get(channel)!({ senderFrame: { url: APP_ENTRY_URL } }, ...args));
    return { fake, call };
  }

  it('asks where to save, prints the print document in a hidden secure window, and writes the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const { fake, call } = await start();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'summary.pdf') };
    await expect(call('pdf:export', { paper: 'letter', content: 'summary' })).resolves.toEqual({ saved: true, path: join(dir, 'summary.pdf') });
    expect(fake.saveDialogs[0]!.defaultPath).toBe('/home/tester/Documents/pilot-ftz-2022-summary-letter.pdf');
    const printWindow = fake.windows[1]!;
    expect(printWindow.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    // The bundled briefing's summary: the page written at build time for its paper.
    expect(printWindow.loadedUrl).toBe(`${APP_ORIGIN}/print-summary-letter.html`);
    expect(printWindow.webContents.printedWith[0]).toEqual(electronPdfOptions({ paper: 'letter', content: 'summary' }));
    expect(printWindow.destroyed).toBe(true);
    expect((await readFile(join(dir, 'summary.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    // The file has the briefing's properties, not Chromium's.
    expect(await infoOf(join(dir, 'summary.pdf'))).toMatchObject({
      Title: title,
      Subject: 'Press conference on business work and operations in 2022, State Council Information Office, 2 February 2023',
      Author: 'Guo Tingting, Vice Minister of Commerce',
      Language: 'en',
      Creator: 'Briefing Viewer',
    });
    const stages = fake.windows[0]!.webContents.sent.filter((m) => m.channel === 'pdf:progress').map((m) => m.args[0]);
    expect(stages).toEqual(['rendering', 'printing', 'writing', 'done']);
  });

  it('exports the one-page brief, and refuses a content it does not know', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const { fake, call } = await start();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'brief.pdf') };
    await expect(call('pdf:export', { paper: 'a4', content: 'brief' })).resolves.toEqual({ saved: true, path: join(dir, 'brief.pdf') });
    expect(fake.saveDialogs[0]!.defaultPath).toBe('/home/tester/Documents/pilot-ftz-2022-brief-a4.pdf');
    expect(fake.windows[1]!.loadedUrl).toBe(`${APP_ENTRY_URL}#/print/brief?paper=a4`);
    expect(fake.windows[1]!.webContents.printedWith[0]).toEqual(electronPdfOptions({ paper: 'a4', content: 'brief' }));
    await expect(call('pdf:export', { paper: 'a4', content: 'everything' })).rejects.toThrow();
  });

  it("prints another briefing's summary from the app's print route, which renders whatever briefing is open", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const { fake, call } = await start();
    await expect(call('briefing:open-path', join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json'))).resolves.toEqual({ ok: true });
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'summary.pdf') };
    await expect(call('pdf:export', { paper: 'a4', content: 'summary' })).resolves.toEqual({ saved: true, path: join(dir, 'summary.pdf') });
    expect(fake.windows.at(-1)!.loadedUrl).toBe(`${APP_ENTRY_URL}#/print/summary?paper=a4`);
  });

  it('writes nothing and says why when the place cannot be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const { fake, call } = await start();
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'no-such-folder', 'summary.pdf') };
    await expect(call('pdf:export', { paper: 'a4', content: 'summary' })).resolves.toEqual({
      saved: false,
      reason: 'error',
      message: `summary.pdf could not be saved: the folder ${join(dir, 'no-such-folder')} does not exist. Choose another folder.`,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says so when printing fails, and closes the hidden window', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const fake = createFakeElectron();
    const originalCreate = fake.parts.createWindow;
    fake.parts.createWindow = (o) => {
      const win = originalCreate(o);
      if (o.show === false) win.webContents.pdf = new Error('GPU process crashed');
      return win;
    };
    await startBriefingViewer(fake.parts, options);
    fake.nextSaveDialog = { canceled: false, filePath: join(dir, 'a.pdf') };
    const result = await fake.ipcHandlers.get('pdf:export')!({ senderFrame: { url: APP_ENTRY_URL } }, { paper: 'a4', content: 'handout' });
    expect(result).toEqual({ saved: false, reason: 'error', message: 'The PDF could not be made: GPU process crashed. Try again; if it happens again, restart the app.' });
    expect(fake.windows.at(-1)!.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { fake, call } = await start();
    await expect(call('pdf:export', { paper: 'a4', content: 'summary' })).resolves.toEqual({ saved: false, reason: 'cancelled' });
    expect(fake.windows).toHaveLength(1);
  });

});
