import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/shared/ipc-contract';
import { registerInvokeHandlers, sendToRenderer } from '../../../electron/main/ipc-handlers';
import { isTrustedSender } from '../../../electron/main/web-security';
import { createFakeElectron, FakeWebContents } from '../../support/fake-electron';
import { loadBundled } from '../../support/load-bundled';

async function setUp() {
  const fake = createFakeElectron();
  const payload = await loadBundled();
  registerInvokeHandlers(
    fake.parts.ipcMain,
    {
      'briefing:get': () => payload,
      'app:info': () => ({ name: 'Briefing Viewer', version: '1.0.0', host: 'electron' }),
      'briefing:open-dialog': () => ({ ok: false, reason: 'cancelled' }),
      'briefing:open-path': (path) => ({ ok: false, reason: 'invalid', message: path, problems: [path], more: 0 }),
      'briefing:recent': () => [],
      'file:save': () => ({ saved: false, reason: 'cancelled' }),
      'present:start': () => 'one-display',
      'present:stop': () => undefined,
      'present:sync': () => undefined,
      'pdf:export': () => ({ saved: false, reason: 'cancelled' }),
      'pdf:print': () => ({ printed: false }),
      'file:reveal': () => undefined,
    },
    (frame) => isTrustedSender(frame),
  );
  const call = (channel: string, url: string | null, ...args: unknown[]) =>
    Promise.resolve(fake.ipcHandlers.get(channel)!({ senderFrame: url === null ? null : { url } }, ...args));
  return { fake, payload, call };
}

describe('IPC handlers', () => {
  it('registers every channel of the contract, once', async () => {
    const { fake } = await setUp();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('answer the app’s own pages', async () => {
    const { call, payload } = await setUp();
    await expect(call('briefing:get', 'app://briefing/index.html')).resolves.toBe(payload);
    await expect(call('app:info', 'app://briefing/index.html')).resolves.toEqual({ name: 'Briefing Viewer', version: '1.0.0', host: 'electron' });
  });

  it('refuse any other sender', async () => {
    const { call } = await setUp();
    await expect(call('briefing:get', 'https://example.com/')).rejects.toThrow(
      'Refused "briefing:get": the request did not come from one of the app\'s pages.',
    );
    await expect(call('briefing:get', null)).rejects.toThrow(/did not come from one of the app's pages/);
  });

  it('refuse arguments the contract does not allow', async () => {
    const { call } = await setUp();
    await expect(call('briefing:get', 'app://briefing/index.html', '../../etc/passwd')).rejects.toThrow(/^Refused "briefing:get": arguments/);
  });

  it('send events on the contract’s channels', () => {
    const contents = new FakeWebContents();
    sendToRenderer(contents, 'menu:command', 'find');
    expect(contents.sent).toEqual([{ channel: 'menu:command', args: ['find'] }]);
  });
});
