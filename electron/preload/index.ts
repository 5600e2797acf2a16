/**
 * The preload: exposes the IPC contract to the renderer as a few typed functions, and nothing
 * else (never `ipcRenderer` itself). Runs sandboxed, so it is bundled into one CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  isMenuCommand,
  type BriefingViewerApi,
  type EventChannel,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type MenuCommand,
} from '../shared/ipc-contract';

function invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<C>>;
}

const menuChannel: EventChannel = 'menu:command';

const api: BriefingViewerApi = {
  getBriefing: () => invoke('briefing:get'),
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
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
