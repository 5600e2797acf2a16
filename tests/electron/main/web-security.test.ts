import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents, isAppUrl, isTrustedSender, secureWebPreferences } from '../../../electron/main/web-security';
import { createFakeElectron, FakeWebContents } from '../../support/fake-electron';

describe('secure web preferences', () => {
  it('isolate the renderer: context isolation, sandbox, no Node, web security on', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    // Electron's security checklist, item by item: each of these must hold in every window.
    const required = { preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, webSecurity: true };
    const refused = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag', 'navigateOnDragDrop'] as const;
    expect(preferences).toMatchObject(required);
    for (const key of refused) expect(preferences[key], key).toBe(false);
  });
});

describe('app URLs and senders', () => {
  it('recognises only the app’s own origin', () => {
    expect(isAppUrl('app://briefing/index.html#/zones')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('garbage')).toBe(false);
  });

  it('trusts IPC only from the app’s pages', () => {
    expect(isTrustedSender({ url: 'app://briefing/index.html' })).toBe(true);
    expect(isTrustedSender({ url: 'https://example.com/' })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('hardened web contents', () => {
  it('refuse navigation and redirects away from the app', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    expect(contents.fire('will-navigate', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.fire('will-redirect', 'https://example.com/').defaultPrevented).toBe(true);
    expect(contents.fire('will-navigate', 'app://briefing/index.html').defaultPrevented).toBe(false);
  });

  it('refuse frame navigation away from the app', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    const event = { url: 'https://example.com/', defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emitter.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('refuse new windows and webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview', '').defaultPrevented).toBe(true);
  });
});

describe('the hardened session', () => {
  it('denies every permission request and check', () => {
    const fake = createFakeElectron();
    hardenSession(fake.parts.session.defaultSession);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      fake.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(fake.permissionCheckHandler?.()).toBe(false);
  });

  it('cancels every request that is not for the app itself', () => {
    const fake = createFakeElectron();
    hardenSession(fake.parts.session.defaultSession);
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      fake.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://briefing/assets/index.js')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});
