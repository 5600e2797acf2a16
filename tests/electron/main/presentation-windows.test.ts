import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../electron/main/app-protocol';
import { startBriefingViewer } from '../../../electron/main/briefing-viewer-app';
import { chooseAudienceDisplay } from '../../../electron/main/presentation-windows';
import { createFakeElectron } from '../../support/fake-electron';
import { PROJECT_ROOT } from '../../support/load-bundled';

const options = { appPath: PROJECT_ROOT, preloadPath: '/app/out/preload/index.cjs', platform: 'linux' as const };
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, bounds: { x: 1440, y: 0, width: 1024, height: 768 } };
const state = {
  slide: 3,
  slideCount: 14,
  blank: 'none' as const,
  overview: false,
  laser: true,
  pointer: { x: 0.25, y: 0.5 },
  zoom: null,
  timer: { running: true, startedAt: 1, elapsedBeforeMs: 0 },
};

async function start(displays = [laptop, projector]) {
  const fake = createFakeElectron();
  fake.displays = displays;
  await startBriefingViewer(fake.parts, options);
  const call = (channel: string, ...args: unknown[]) => Promise.resolve(fake.ipcHandlers.get(channel)!({ senderFrame: { url: APP_ENTRY_URL } }, ...args));
  return { fake, call };
}

describe('presenting on a second display', () => {
  it('puts the audience window full screen on the other display, secure, on the chosen slide', async () => {
    const { fake, call } = await start();
    await expect(call('present:start', 3)).resolves.toBe('two-displays');
    expect(fake.windows).toHaveLength(2);
    const audience = fake.windows[1]!;
    expect(audience.options).toMatchObject({ ...projector.bounds, fullscreen: true, frame: false });
    expect(audience.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(audience.fullScreen).toBe(true);
    expect(audience.loadedUrl).toBe(`${APP_ENTRY_URL}#/present/3?audience=1`);
  });

  it('opens nothing with one display', async () => {
    const { fake, call } = await start([laptop]);
    await expect(call('present:start', 1)).resolves.toBe('one-display');
    expect(fake.windows).toHaveLength(1);
  });

  it('keeps both windows in step', async () => {
    const { fake, call } = await start();
    await call('present:start', 1);
    await call('present:sync', state);
    expect(fake.windows[1]!.webContents.sent).toEqual([{ channel: 'present:state', args: [state] }]);
    expect(fake.windows[0]!.webContents.sent).toEqual([{ channel: 'present:state', args: [state] }]);
  });

  it('refuses a malformed state', async () => {
    const { call } = await start();
    await expect(call('present:sync', { ...state, blank: 'purple' })).rejects.toThrow(/^Refused "present:sync"/);
    await expect(call('present:sync', { ...state, pointer: { x: 3, y: 0 } })).rejects.toThrow(/^Refused "present:sync"/);
  });

  it('closes the audience window when presenting stops, or when its display goes away', async () => {
    const { fake, call } = await start();
    await call('present:start', 1);
    await call('present:stop');
    expect(fake.windows[1]!.destroyed).toBe(true);

    await call('present:start', 1);
    fake.displays = [laptop];
    fake.screenEvents.emit('display-removed');
    expect(fake.windows[2]!.destroyed).toBe(true);
    await expect(call('present:start', 1)).resolves.toBe('one-display');
  });

  it('chooses the largest display that is not the presenter’s', () => {
    const big = { id: 3, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };
    expect(chooseAudienceDisplay([laptop, projector, big], 1)).toBe(big);
    expect(chooseAudienceDisplay([laptop], 1)).toBeNull();
  });
});
