/**
 * The policies every window and session of the app runs under: secure web preferences,
 * navigation and new windows refused, permission requests denied, requests to anywhere but the
 * app itself cancelled, and IPC accepted only from the app's own pages.
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from './app-protocol';

/** The web preferences of every window: the renderer is a web page with no Node.js at all. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/**
 * Whether a URL is one of the app's own pages. `devServerUrl` is the Vite dev server during
 * `npm run dev`; it is never set in a built or packaged app.
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:`) return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  if (devServerUrl) return parsed.origin === new URL(devServerUrl).origin;
  return false;
}

/** Whether an IPC message comes from a frame showing one of the app's pages. */
export function isTrustedSender(frame: { url: string } | null | undefined, devServerUrl?: string): boolean {
  return !!frame && isAppUrl(frame.url, devServerUrl);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Refuses navigation away from the app, new windows and <webview>s for one web contents. */
export function hardenWebContents(contents: HardenableContents, devServerUrl?: string): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

/** Schemes a page of the app may load from, besides the app itself. */
const INTERNAL_SCHEMES = ['devtools:', 'blob:', 'data:'];

/** Denies every permission and cancels every request that is not for the app itself. */
export function hardenSession(session: HardenableSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) ||
      INTERNAL_SCHEMES.some((scheme) => details.url.startsWith(scheme)) ||
      (devServerUrl !== undefined && details.url.startsWith(devServerUrl.replace(/^http/, 'ws')));
    callback({ cancel: !allowed });
  });
}
