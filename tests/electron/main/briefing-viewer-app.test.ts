/**
 * The whole main-process start-up, run against the typed fake of `electron`.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { hardenAllWebContents, startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { INVOKE_CHANNELS } from '../../../electron/shared/ipc-contract';
import { createFakeElectron, FakeWebContents } from '../../support/fake-electron';
import { PROJECT_ROOT } from '../../support/load-bundled';

const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };

describe('starting the main process', () => {
  it('serves the renderer from app://, answers the contract and opens one secure window', async () => {
    const fake = createFakeElectron();
    const running = await startBriefingViewer(fake.parts, options);
    expect(running?.briefing.briefing.id).toBe('pilot-ftz-2022');
    expect(running?.briefing.origin).toEqual({ kind: 'bundled' });

    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());

    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.loadedUrl).toBe(APP_ENTRY_URL);
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    win.emitter.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('serves the built renderer’s index page through the registered protocol', async () => {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    const res = await fake.protocolHandlers.get('app')!(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/<div id="app"[ >]/);
  });

  it('answers briefing:get with the validated briefing and its source text', async () => {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    const payload = (await fake.ipcHandlers.get('briefing:get')!({ senderFrame: { url: APP_ENTRY_URL } })) as {
      briefing: { zones: unknown[] };
      sourceText: string;
    };
    expect(payload.briefing.zones).toHaveLength(21);
    expect(payload.sourceText).toMatch(/^, February 2\. The State Council Information Office/);
  });

  it('denies permissions and foreign requests in the default session', async () => {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    let granted: boolean | undefined;
    fake.permissionRequestHandler?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    let cancel: boolean | undefined;
    fake.beforeRequest?.({ url: 'https://example.com/' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });

  it('builds the menu, whose commands reach the focused window', async () => {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    const view = fake.menuTemplate?.find((m) => m.label === '&View');
    const back = (view?.submenu as { label?: string; click?: () => void }[]).find((i) => i.label === '&Back');
    back?.click?.();
    expect(fake.windows[0]!.webContents.sent).toEqual([{ channel: 'menu:command', args: ['go-back'] }]);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const fake = createFakeElectron();
    await startBriefingViewer(fake.parts, options);
    fake.appEvents.emit('window-all-closed');
    expect(fake.quitCalled).toBe(true);

    const mac = createFakeElectron();
    await startBriefingViewer(mac.parts, { ...options, platform: 'darwin' });
    mac.appEvents.emit('window-all-closed');
    expect(mac.quitCalled).toBe(false);
  });

  it('says what is wrong and exits when the bundled briefing is damaged', async () => {
    const appPath = await mkdtemp(join(tmpdir(), 'bv-app-'));
    await cp(join(PROJECT_ROOT, 'assets'), join(appPath, 'assets'), { recursive: true });
    const file = join(appPath, 'assets', 'briefings', 'pilot-ftz-2022.json');
    const data = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8'));
    data.figures[1].value = 'lots';
    await writeFile(file, JSON.stringify(data));

    const fake = createFakeElectron();
    const running = await startBriefingViewer(fake.parts, { ...options, appPath });
    expect(running).toBeNull();
    expect(fake.windows).toHaveLength(0);
    expect(fake.exitCode).toBe(1);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.title).toBe('Briefing Viewer cannot start');
    expect(fake.errorBoxes[0]!.content).toContain('pilot-ftz-2022.json could not be opened as a briefing:');
    expect(fake.errorBoxes[0]!.content).toContain('figures[1].value: must be a number, not the text "lots"');
    expect(fake.errorBoxes[0]!.content).toContain('Reinstall Briefing Viewer');
  });

  it('hardens every web contents the app creates', () => {
    const fake = createFakeElectron();
    hardenAllWebContents(fake.parts.app);
    const contents = new FakeWebContents();
    fake.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.fire('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' });
  });
});
