/**
 * Entry point of the main process: wires the real `electron` module into the app.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, webContents } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { hardenAllWebContents, startBriefingViewer } from './briefing-viewer-app';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  hardenAllWebContents(app, devServerUrl);

  const start = () =>
    startBriefingViewer(
      {
        app,
        ipcMain,
        protocol,
        session,
        menu: Menu,
        dialog,
        createWindow: (options) => new BrowserWindow(options),
        focusedWebContents: () => webContents.getFocusedWebContents() ?? undefined,
      },
      {
        appPath: app.getAppPath(),
        preloadPath: join(__dirname, '../preload/index.cjs'),
        platform: process.platform,
        ...(devServerUrl ? { devServerUrl } : {}),
      },
    );

  let running: Awaited<ReturnType<typeof start>> = null;
  app.on('second-instance', () => {
    const win = running?.window;
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(async () => {
    running = await start();
  });
}
