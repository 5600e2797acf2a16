/**
 * The preload: exposes the IPC contract to the renderer as a few typed functions, and nothing
 * else (never `ipcRenderer` itself). Runs sandboxed, so it is bundled into one CommonJS file.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  isMenuCommand,
  type BriefingPayload,
  type BriefingViewerApi,
  type EventChannel,
  type EventContract,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type MenuCommand,
} from '../shared/ipc-contract';
import { isPrintPage } from '../shared/print-documents';

function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<C>>;
}

const menuChannel: EventChannel = 'menu:command';

/** Subscribes to one event channel; the payload is checked by `accept` before the renderer sees it. */
function subscribe<C extends EventChannel>(channel: C, accept: (value: unknown) => boolean, listener: (payload: EventContract[C]) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: unknown) => {
    if (accept(payload)) listener(payload as EventContract[C]);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The briefing is asked for as soon as the preload runs, before the page's own scripts load, so
 * the answer is on its way while they are parsed; the page's first `getBriefing()` takes it. A
 * print page written at build time holds its document already and asks for nothing.
 */
let firstBriefing: Promise<BriefingPayload> | undefined = isPrintPage(window.location.pathname) ? undefined : invoke('briefing:get');
firstBriefing?.catch(() => undefined);

const api: BriefingViewerApi = {
  getBriefing: () => {
    const answer = firstBriefing ?? invoke('briefing:get');
    firstBriefing = undefined;
    return answer;
  },
  getAppInfo: () => invoke('app:info'),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuChannel, handler);
    return () => {
      ipcRenderer.removeListener(menuChannel, handler);
    };
  },
  openBriefingDialog: () => invoke('briefing:open-dialog'),
  openBriefingPath: (path: string) => invoke('briefing:open-path', path),
  getRecentBriefings: () => invoke('briefing:recent'),
  saveFile: (request) => invoke('file:save', request),
  exportPdf: (request) => invoke('pdf:export', request),
  printDocument: (request) => invoke('pdf:print', request),
  revealFile: (path, how) => invoke('file:reveal', { path, how }),
  onPdfProgress: (listener) => subscribe('pdf:progress', (p) => typeof p === 'string', listener),
  startPresenting: (slide) => invoke('present:start', slide),
  stopPresenting: () => invoke('present:stop'),
  sendPresentationState: (state) => void invoke('present:sync', state),
  onPresentationState: (listener) =>
    subscribe('present:state', (p) => isObject(p) && typeof p['slide'] === 'number' && isObject(p['timer']), listener),
  // Electron 32+ no longer puts `path` on File; only the preload can ask for it.
  getPathForFile: (file: File) => webUtils.getPathForFile(file),
  onBriefingChanged: (listener: (payload: BriefingPayload) => void) =>
    subscribe('briefing:changed', (p) => isObject(p) && isObject(p['briefing']) && typeof p['sourceText'] === 'string', listener),
  onBriefingOpenFailed: (listener: (failure: EventContract['briefing:open-failed']) => void) =>
    subscribe('briefing:open-failed', (p) => isObject(p) && typeof p['message'] === 'string' && Array.isArray(p['problems']) && typeof p['more'] === 'number', listener),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
