/**
 * Opening another briefing, against the typed fake of `electron`: every kind of bad file ends as
 * a message naming what is wrong and where, the briefing already open stays open, and a good
 * file replaces it, is sent to the renderer and is remembered.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { OPENED_FILE_QUERY } from '../../../electron/shared/first-view';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { MAX_BRIEFING_BYTES } from '../../../electron/shared/briefing-loader';
import type { MenuItemConstructorOptions } from 'electron';
import { BUNDLED_PATH, PROJECT_ROOT, bundledJson } from '../../support/load-bundled';
import { createFakeElectron } from '../../support/fake-electron';

const SOURCE = join(PROJECT_ROOT, 'assets', 'briefings', 'pilot-ftz-2022-briefing.txt');
const SECOND = join(PROJECT_ROOT, 'assets', 'briefings', 'harbour-town-2024.json');
const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };
const fromApp = { senderFrame: { url: APP_ENTRY_URL } };

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bv-open-'));
}

/** A folder with a copy of the bundled briefing (as briefing.json) and its source text. */
async function briefingFolder(change?: (json: Record<string, unknown>) => void): Promise<string> {
  const dir = await tempDir();
  const json = bundledJson();
  change?.(json);
  await writeFile(join(dir, 'briefing.json'), JSON.stringify(json));
  await copyFile(SOURCE, join(dir, 'pilot-ftz-2022-briefing.txt'));
  return dir;
}

async function start() {
  const userData = await tempDir();
  const fake = createFakeElectron({ userData });
  const running = await startBriefingViewer(fake.parts, options);
  if (!running) throw new Error('the app did not start');
  const call = (channel: string, ...args: unknown[]) => Promise.resolve(fake.ipcHandlers.get(channel)!(fromApp, ...args));
  const current = async () => ((await call('briefing:get')) as { briefing: { id: string; title: string }; origin: unknown });
  const sent = (channel: string) => fake.windows[0]!.webContents.sent.filter((m) => m.channel === channel).map((m) => m.args[0]);
  const fileMenu = () => fake.menuTemplate!.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
  return { fake, running, call, current, sent, fileMenu, userData };
}

type Refusal = { ok: false; reason: 'invalid'; message: string; problems: string[]; more: number };

async function refuse(path: string): Promise<Refusal & { stillOpen: string }> {
  const app = await start();
  const result = (await app.call('briefing:open-path', path)) as Refusal;
  expect(result.ok).toBe(false);
  expect(result.reason).toBe('invalid');
  expect(result.problems.length).toBeGreaterThan(0);
  // The briefing already open stays open, and the renderer is told nothing changed.
  expect(app.sent('briefing:changed')).toEqual([]);
  return { ...result, stillOpen: (await app.current()).briefing.id };
}

describe('opening another briefing', () => {
  it('opens a valid briefing: the renderer gets it, briefing:get answers it, and it is remembered', async () => {
    const app = await start();
    await expect(app.call('briefing:open-path', SECOND)).resolves.toEqual({ ok: true });
    const changed = app.sent('briefing:changed') as { briefing: { id: string }; origin: unknown }[];
    expect(changed.map((p) => p.briefing.id)).toEqual(['harbour-town-2024']);
    expect(changed[0]!.origin).toEqual({ kind: 'file', path: SECOND });
    expect((await app.current()).briefing.id).toBe('harbour-town-2024');
    await expect(app.call('briefing:recent')).resolves.toEqual([{ path: SECOND, name: 'harbour-town-2024.json' }]);
    const saved = JSON.parse(await readFile(join(app.userData, 'recent-briefings.json'), 'utf8')) as { paths: string[] };
    expect(saved.paths).toEqual([SECOND]);
    // The menu lists it under Open Recent.
    const recentMenu = app.fileMenu().find((m) => m.label === 'Open &Recent')!.submenu as MenuItemConstructorOptions[];
    expect(recentMenu[0]).toMatchObject({ label: 'harbour-town-2024.json', toolTip: SECOND });
  });

  it('sends the new briefing to every window (e.g. a presenter window too)', async () => {
    const app = await start();
    const second = app.fake.parts.createWindow({});
    await app.call('briefing:open-path', SECOND);
    for (const win of [app.fake.windows[0]!, second]) {
      expect(win.webContents.sent.filter((m) => m.channel === 'briefing:changed')).toHaveLength(1);
    }
  });

  it('refuses a file that is not JSON, saying where the syntax breaks', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.json'), '{ "title": "half a briefing", ');
    const r = await refuse(join(dir, 'notes.json'));
    expect(r.message).toMatch(/^notes\.json could not be opened as a briefing:\n• The file is not valid JSON: /);
    expect(r.stillOpen).toBe('pilot-ftz-2022');
  });

  it('refuses a briefing of the wrong shape, naming each field', async () => {
    const dir = await briefingFolder((json) => {
      delete json['title'];
      (json['figures'] as Record<string, unknown>[])[1]!['value'] = 'a lot';
    });
    const r = await refuse(join(dir, 'briefing.json'));
    expect(r.problems).toContain('title: is missing (it must be text)');
    expect(r.problems).toContain('figures[1].value: must be a number, not the text "a lot"');
    expect(r.stillOpen).toBe('pilot-ftz-2022');
  });

  it('refuses a file larger than 20 MB without reading it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'huge.json'), '{}');
    await truncate(join(dir, 'huge.json'), MAX_BRIEFING_BYTES + 1);
    const r = await refuse(join(dir, 'huge.json'));
    expect(r.problems).toEqual([`The briefing file ${join(dir, 'huge.json')} is larger than 20 MB, the largest accepted.`]);
  });

  it('refuses text holding HTML or script, naming the field', async () => {
    const dir = await briefingFolder((json) => {
      json['title'] = '<img src=x onerror="window.__pwned=1">';
      (json['areas'] as Record<string, unknown>[])[0]!['title'] = 'Opening up <script>alert(1)</script>';
    });
    const r = await refuse(join(dir, 'briefing.json'));
    expect(r.problems).toContain('title: holds HTML or script ("<img src=x onerror=\\"wind…"); briefing text must be plain text');
    expect(r.problems.some((p) => p.startsWith('areas[0].title: holds HTML or script ("<script>alert(1)</script…")'))).toBe(true);
    expect(r.stillOpen).toBe('pilot-ftz-2022');
  });

  it('refuses a folder', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'looks-like.json'));
    const r = await refuse(join(dir, 'looks-like.json'));
    expect(r.problems).toEqual([`${join(dir, 'looks-like.json')} is a folder, not a briefing file.`]);
  });

  it('refuses a briefing whose source text is missing, saying where it must be', async () => {
    const dir = await briefingFolder();
    await rm(join(dir, 'pilot-ftz-2022-briefing.txt'));
    const r = await refuse(join(dir, 'briefing.json'));
    expect(r.problems[0]).toMatch(/^source\.file: The source text .*pilot-ftz-2022-briefing\.txt does not exist\. It must be beside briefing\.json\.$/);
  });

  it('refuses a file that does not exist, and drops it from the recent list', async () => {
    const app = await start();
    const dir = await briefingFolder();
    const path = join(dir, 'briefing.json');
    await expect(app.call('briefing:open-path', path)).resolves.toEqual({ ok: true });
    await rm(path);
    const result = (await app.call('briefing:open-path', path)) as Refusal;
    expect(result.problems).toEqual([`The briefing file ${path} does not exist.`]);
    expect(JSON.parse(await readFile(join(app.userData, 'recent-briefings.json'), 'utf8'))).toEqual({ version: 1, paths: [] });
    expect((await app.current()).briefing.id).toBe('pilot-ftz-2022');
  });

  it('refuses relative, over-long and non-string paths before touching the disk', async () => {
    const app = await start();
    await expect(app.call('briefing:open-path', 'briefing.json')).rejects.toThrow('arguments[0]: must be an absolute path');
    await expect(app.call('briefing:open-path', `/${'a'.repeat(4096)}.json`)).rejects.toThrow('must be at most 4096 characters');
    await expect(app.call('briefing:open-path', 42)).rejects.toThrow('Refused "briefing:open-path"');
  });

  it('shows an Open dialog for JSON files; cancelling changes nothing', async () => {
    const app = await start();
    await expect(app.call('briefing:open-dialog')).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(app.fake.openDialogs[0]).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Briefing (JSON)', extensions: ['json'] }] });
    app.fake.nextOpenDialog = { canceled: false, filePaths: [SECOND] };
    await expect(app.call('briefing:open-dialog')).resolves.toEqual({ ok: true });
    expect((await app.current()).briefing.id).toBe('harbour-town-2024');
  });

  it('File ▸ Open Briefing… (Ctrl+O) opens the chosen file; a bad one is reported to the renderer', async () => {
    const app = await start();
    const open = app.fileMenu().find((m) => m.label === '&Open Briefing…')!;
    expect(open.accelerator).toBe('CmdOrCtrl+O');
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.json'), 'not json');
    app.fake.nextOpenDialog = { canceled: false, filePaths: [join(dir, 'bad.json')] };
    (open.click as () => void)();
    await waitUntil(() => app.sent('briefing:open-failed').length === 1);
    const failure = app.sent('briefing:open-failed')[0] as { message: string; problems: string[] };
    expect(failure.message).toMatch(/^bad\.json could not be opened as a briefing:/);
    expect(failure.problems[0]).toMatch(/^The file is not valid JSON/);
    expect((await app.current()).briefing.id).toBe('pilot-ftz-2022');
  });

  it('keeps at most eight recent briefings, newest first, and Clear Recent empties the list', async () => {
    const app = await start();
    const paths: string[] = [];
    for (let i = 0; i < 10; i++) {
      const dir = await briefingFolder();
      paths.push(join(dir, 'briefing.json'));
      await app.call('briefing:open-path', paths[i]);
    }
    const recent = (await app.call('briefing:recent')) as { path: string }[];
    expect(recent.map((r) => r.path)).toEqual(paths.slice(2).reverse());
    const recentMenu = () => app.fileMenu().find((m) => m.label === 'Open &Recent')!.submenu as MenuItemConstructorOptions[];
    await waitUntil(() => recentMenu().length === 10);
    (recentMenu().find((m) => m.label === '&Clear Recent')!.click as () => void)();
    await waitUntil(() => recentMenu()[0]!.label === 'No recent briefings');
    await expect(app.call('briefing:recent')).resolves.toEqual([]);
  });
});

describe('a briefing named on the command line', () => {
  it('opens instead of the bundled one when it is valid', async () => {
    const fake = createFakeElectron({ userData: await tempDir() });
    const running = await startBriefingViewer(fake.parts, { ...options, initialBriefingPath: SECOND });
    expect(running?.briefing.briefing.id).toBe('harbour-town-2024');
    expect(fake.errorBoxes).toEqual([]);
    // The page's first view is the bundled briefing's: the window says it opens another.
    expect(fake.windows[0]!.loadedUrl).toBe(`${APP_ENTRY_URL}?${OPENED_FILE_QUERY}`);
  });

  it('leaves the bundled briefing open and says what is wrong when it is not', async () => {
    const fake = createFakeElectron({ userData: await tempDir() });
    const running = await startBriefingViewer(fake.parts, { ...options, initialBriefingPath: BUNDLED_PATH.replace('.json', '-missing.json') });
    expect(running?.briefing.briefing.id).toBe('pilot-ftz-2022');
    expect(fake.windows[0]!.loadedUrl).toBe(APP_ENTRY_URL);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.title).toBe('Briefing Viewer could not open the briefing');
    expect(fake.errorBoxes[0]!.content).toMatch(/pilot-ftz-2022-missing\.json could not be opened as a briefing:\n• The briefing file .* does not exist\.\n\nThe built-in briefing is shown instead\./);
    expect(fake.exitCode).toBeUndefined();
  });
});

describe('start-up and exports stay safe with hostile data', () => {
  it('removes the temporary files of interrupted writes from the user-data folder at start', async () => {
    const userData = await tempDir();
    const { execFileSync } = await import('node:child_process');
    const gone = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
    const stale = `.recent-briefings.json.${gone}.1700000000000.0.tmp`;
    await writeFile(join(userData, stale), 'half a list');
    const fake = createFakeElectron({ userData });
    await startBriefingViewer(fake.parts, options);
    const { readdir } = await import('node:fs/promises');
    expect(await readdir(userData)).not.toContain(stale);
  });

  it('offers a PDF file name every file system accepts, whatever the id', async () => {
    const app = await start();
    const dir = await briefingFolder((json) => (json['id'] = `a${'-b'.repeat(31)}`));
    await expect(app.call('briefing:open-path', join(dir, 'briefing.json'))).resolves.toEqual({ ok: true });
    await app.call('pdf:export', { paper: 'letter', content: 'handout' });
    const name = app.fake.saveDialogs.at(-1)!.defaultPath!.split('/').at(-1)!;
    expect(name).toBe(`a${'-b'.repeat(31)}-handout-letter.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });

  it('lists at most 30 problems, then how many more, in the answer and in the message', async () => {
    const dir = await briefingFolder((json) => {
      json['zones'] = Array.from({ length: 1_000 }, () => ({ id: 'Bad Id', nameEn: '', nameZh: '', established: 1.5 }));
    });
    const r = await refuse(join(dir, 'briefing.json'));
    expect(r.problems).toHaveLength(30);
    expect(r.more).toBe(3970);
    expect(r.message.split('\n').at(-1)).toBe('• …and 3,988 more problems.');
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
