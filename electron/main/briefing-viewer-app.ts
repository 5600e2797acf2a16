/**
 * The main process, put together: the app:// scheme, the session's policies, the bundled
 * briefing (read and validated once), the IPC handlers, the menu and the main window.
 *
 * It takes the parts of Electron it uses as arguments, so the whole start-up runs in the unit
 * tests against a typed fake of `electron`.
 */
import type { App, BrowserWindowConstructorOptions, Dialog, IpcMain, Menu, Protocol, WebContents } from 'electron';
import { join } from 'node:path';
import type { BriefingPayload } from '../shared/ipc-contract';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './app-protocol';
import { buildMenuTemplate } from './app-menu';
import { BUNDLED_BRIEFING, describeBriefingFailure, readBriefingFile } from './briefing-files';
import { registerInvokeHandlers, sendToRenderer } from './ipc-handlers';
import { openMainWindow, type WindowLike } from './main-window';
import { hardenSession, hardenWebContents, isTrustedSender } from './web-security';

export interface ElectronParts<W extends WindowLike> {
  app: Pick<App, 'getName' | 'getVersion' | 'getAppPath' | 'on' | 'quit' | 'exit'>;
  ipcMain: Pick<IpcMain, 'handle'>;
  protocol: Pick<Protocol, 'handle'>;
  session: { defaultSession: Parameters<typeof hardenSession>[0] };
  menu: { buildFromTemplate: typeof Menu.buildFromTemplate; setApplicationMenu: typeof Menu.setApplicationMenu };
  dialog: Pick<Dialog, 'showErrorBox'>;
  createWindow(options: BrowserWindowConstructorOptions): W;
  focusedWebContents(): Pick<WebContents, 'send'> | undefined;
}

export interface StartOptions {
  /** The folder holding `assets/` and `out/`: the project, or app.asar when packaged. */
  appPath: string;
  preloadPath: string;
  platform: NodeJS.Platform;
  /** The Vite dev server's URL during `npm run dev`; undefined in a built app. */
  devServerUrl?: string;
}

export interface RunningApp<W> {
  window: W;
  briefing: BriefingPayload;
}

/** Call before the app is ready: hardens every web contents the app ever creates. */
export function hardenAllWebContents(app: Pick<App, 'on'>, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
}

/** Call once the app is ready. Resolves to null when the bundled briefing cannot be loaded. */
export async function startBriefingViewer<W extends WindowLike>(
  electron: ElectronParts<W>,
  options: StartOptions,
): Promise<RunningApp<W> | null> {
  const { app } = electron;
  const appName = app.getName();
  const loaded = await readBriefingFile(join(options.appPath, BUNDLED_BRIEFING), { kind: 'bundled' });
  if (!loaded.ok) {
    electron.dialog.showErrorBox(
      `${appName} cannot start`,
      `${describeBriefingFailure(loaded)}\n\nThe app's own files are damaged. Reinstall ${appName} to repair them.`,
    );
    app.exit(1);
    return null;
  }
  const briefing = loaded.payload;

  hardenSession(electron.session.defaultSession, options.devServerUrl);
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(options.appPath, 'out', 'renderer')));
  registerInvokeHandlers(
    electron.ipcMain,
    {
      'briefing:get': () => briefing,
      'app:info': () => ({ name: appName, version: app.getVersion(), host: 'electron' }),
    },
    (frame) => isTrustedSender(frame, options.devServerUrl),
  );

  electron.menu.setApplicationMenu(
    electron.menu.buildFromTemplate(
      buildMenuTemplate({
        platform: options.platform,
        appName,
        isDevelopment: options.devServerUrl !== undefined,
        sendCommand: (command) => {
          const contents = electron.focusedWebContents();
          if (contents) sendToRenderer(contents, 'menu:command', command);
        },
      }),
    ),
  );

  const window = await openMainWindow(electron.createWindow, {
    preloadPath: options.preloadPath,
    appName,
    url: options.devServerUrl ?? APP_ENTRY_URL,
  });
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
  return { window, briefing };
}
