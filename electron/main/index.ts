/**
 * Entry point of the main process: wires the real `electron` module into the app.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, webContents } from 'electron';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { hardenAllWebContents, startBriefingViewer, type ElectronParts } from './briefing-viewer-app';
import { briefingPathFromArgv } from './open-arguments';
import { parseCommandLine } from './command-line';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The real Electron, in the shape the app takes it. */
function electronParts(): ElectronParts<BrowserWindow> {
  return {
    app,
    ipcMain,
    protocol,
    session,
    menu: Menu,
    dialog,
    createWindow: (options) => new BrowserWindow(options),
    focusedWebContents: () => webContents.getFocusedWebContents() ?? undefined,
    allWebContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    screen,
    shell,
  };
}

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const commandLine = parseCommandLine(process.argv.slice(1), process.cwd());

if (commandLine.kind === 'error') {
  process.stderr.write(`${commandLine.message}\n`);
  app.exit(2);
} else if (commandLine.kind === 'export') {
  // Exporting from the command line: no window, no single-instance lock, exit when done.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  hardenAllWebContents(app, devServerUrl);
  const initialBriefingPath = briefingPathFromArgv(process.argv, { cwd: process.cwd(), isFile });
  void app.whenReady().then(() =>
    startBriefingViewer(
      electronParts(),
      {
        appPath: app.getAppPath(),
        preloadPath: join(__dirname, '../preload/index.cjs'),
        platform: process.platform,
        exportPdf: commandLine.request,
        ...(initialBriefingPath ? { initialBriefingPath } : {}),
      },
    ),
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  hardenAllWebContents(app, devServerUrl);

  let initialBriefingPath = briefingPathFromArgv(process.argv, { cwd: process.cwd(), isFile });
  const start = () =>
    startBriefingViewer(
      electronParts(),
      {
        appPath: app.getAppPath(),
        preloadPath: join(__dirname, '../preload/index.cjs'),
        platform: process.platform,
        ...(devServerUrl ? { devServerUrl } : {}),
        ...(initialBriefingPath ? { initialBriefingPath } : {}),
      },
    );

  let running: Awaited<ReturnType<typeof start>> = null;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = running?.window;
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    // A second launch with a briefing file (e.g. double-clicked) opens it in this window.
    const path = briefingPathFromArgv(argv, { cwd: workingDirectory, isFile });
    if (path) void running?.openBriefing(path);
  });
  // macOS passes files opened with the app (Finder, Dock) as 'open-file' events, not arguments.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (running) void running.openBriefing(path);
    else initialBriefingPath = path;
  });
  void app.whenReady().then(async () => {
    running = await start();
  });
}
