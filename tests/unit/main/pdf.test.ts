import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { parseCommandLine } from '../../../electron/main/command-line';
import { devtoolsPdfParams, electronPdfOptions, escapeHtml, pageSetup } from '../../../electron/main/pdf-options';
import { createFakeElectron } from './fake-electron';
import { PROJECT_ROOT } from '../load-bundled';

const title = "China's Pilot Free Trade Zones in 2022";
const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

describe('PDF page set-up', () => {
  it('gives A4 and Letter in inches, portrait for the summary, landscape for handouts', () => {
    expect(devtoolsPdfParams({ paper: 'a4', content: 'summary', title })).toMatchObject({ paperWidth: 8.27, paperHeight: 11.69, landscape: false });
    expect(devtoolsPdfParams({ paper: 'letter', content: 'summary', title })).toMatchObject({ paperWidth: 8.5, paperHeight: 11, landscape: false });
    expect(electronPdfOptions({ paper: 'letter', content: 'handout', title })).toMatchObject({ pageSize: { width: 8.5, height: 11 }, landscape: true });
    expect(pageSetup({ paper: 'a4', content: 'handout', title })).toMatchObject({ widthInches: 11.69, heightInches: 8.27 });
  });

  it('gives both APIs the same set-up: header, footer with page numbers, tags and outline', () => {
    const job = { paper: 'a4' as const, content: 'summary' as const, title };
    const electron = electronPdfOptions(job);
    const devtools = devtoolsPdfParams(job);
    for (const key of ['headerTemplate', 'footerTemplate', 'displayHeaderFooter', 'printBackground', 'generateTaggedPDF', 'generateDocumentOutline', 'landscape'] as const) {
      expect(electron[key], key).toEqual(devtools[key]);
    }
    expect(electron.margins).toEqual({ top: devtools.marginTop, bottom: devtools.marginBottom, left: devtools.marginLeft, right: devtools.marginRight });
    expect(devtools).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: true, printBackground: true });
    expect(devtools.footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(devtools.headerTemplate).toContain('China&#39;s Pilot Free Trade Zones in 2022');
  });

  it('writes the title into the header as text, never as markup', () => {
    const header = pageSetup({ paper: 'a4', content: 'summary', title: '<script>alert(1)</script> & <b>x</b>' }).headerTemplate;
    expect(header).not.toContain('<script>');
    expect(header).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});

describe('the command line', () => {
  it('reads --export-pdf with paper and content, in both spellings', () => {
    expect(parseCommandLine(['.', '--export-pdf', 'out.pdf', '--paper', 'letter', '--content', 'handout'], '/home/a')).toEqual({
      kind: 'export',
      request: { target: '/home/a/out.pdf', paper: 'letter', content: 'handout' },
    });
    expect(parseCommandLine(['--export-pdf=/tmp/x.pdf', '--no-sandbox'], '/home/a')).toEqual({ kind: 'export', request: { target: '/tmp/x.pdf', paper: 'a4', content: 'summary' } });
  });

  it('does nothing without the flag, and ignores Electron’s and Chromium’s own flags', () => {
    expect(parseCommandLine(['.', '--no-sandbox', '--disable-gpu'], '/')).toEqual({ kind: 'none' });
  });

  it('says what is wrong', () => {
    const message = (argv: string[]) => {
      const r = parseCommandLine(argv, '/');
      return r.kind === 'error' ? r.message : r.kind;
    };
    expect(message(['--export-pdf'])).toMatch(/^--export-pdf needs the file to write\./);
    expect(message(['--export-pdf', 'out.docx'])).toMatch(/^The file to write must end in \.pdf, not "out\.docx"\./);
    expect(message(['--export-pdf', 'o.pdf', '--paper', 'a3'])).toMatch(/^Unknown paper size "a3": use a4 or letter\./);
    expect(message(['--export-pdf', 'o.pdf', '--content', 'all'])).toMatch(/^Unknown content "all": use summary or handout\./);
    expect(message(['--paper', 'a4'])).toMatch(/^--paper and --content go with --export-pdf\./);
  });
});

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
    expect(printWindow.loadedUrl).toBe(`${APP_ENTRY_URL}#/print/summary?paper=letter`);
    expect(printWindow.webContents.printedWith[0]).toEqual(electronPdfOptions({ paper: 'letter', content: 'summary', title }));
    expect(printWindow.destroyed).toBe(true);
    expect((await readFile(join(dir, 'summary.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    const stages = fake.windows[0]!.webContents.sent.filter((m) => m.channel === 'pdf:progress').map((m) => m.args[0]);
    expect(stages).toEqual(['rendering', 'printing', 'writing', 'done']);
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

  it('exports from the command line without a window and exits 0, or reports and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-pdf-'));
    const lines: string[] = [];
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, { ...options, exportPdf: { target: join(dir, 'cli.pdf'), paper: 'a4', content: 'summary' }, report: (l) => lines.push(l) });
    expect(fake.exitCode).toBe(0);
    expect(fake.windows.filter((w) => w.options.show !== false)).toHaveLength(0);
    expect(lines).toEqual(['PDF: rendering', 'PDF: printing', 'PDF: writing', 'PDF: done', `Wrote ${join(dir, 'cli.pdf')}`]);

    const failing = createFakeElectron();
    const errors: string[] = [];
    await startBriefingViewer(failing.parts, { ...options, exportPdf: { target: join(dir, 'missing', 'cli.pdf'), paper: 'a4', content: 'summary' }, report: (l, e) => e && errors.push(l) });
    expect(failing.exitCode).toBe(1);
    expect(errors).toEqual([`cli.pdf could not be saved: the folder ${join(dir, 'missing')} does not exist. Choose another folder.`]);
  });
});
