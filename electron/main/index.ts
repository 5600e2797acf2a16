/**
 * Entry point of the main process: wires the real `electron` module into the app.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, webContents } from 'electron';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_SCHEME_PRIVILEGES } from './app-protocol';
import { hardenAllWebContents, startBriefingViewer, type ElectronParts, type RunningApp, type StartOptions } from './briefing-viewer-app';
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
let initialBriefingPath = briefingPathFromArgv(process.argv, { cwd: process.cwd(), isFile });
let running: RunningApp<BrowserWindow> | null = null;

/** Before the app is ready: the app:// scheme, the sandbox for every renderer, hardened web contents. */
function prepare(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  hardenAllWebContents(app, devServerUrl);
}

function start(exports: Pick<StartOptions, 'exportPdf' | 'exportPptx'> = {}) {
  return startBriefingViewer(electronParts(), {
    appPath: app.getAppPath(),
    preloadPath: join(__dirname, '../preload/index.cjs'),
    platform: process.platform,
    ...(devServerUrl ? { devServerUrl } : {}),
    ...(initialBriefingPath ? { initialBriefingPath } : {}),
    ...exports,
  });
}

/** A second launch (e.g. a briefing file double-clicked) brings this window forward and opens its file. */
function onSecondInstance(argv: string[], workingDirectory: string): void {
  const win = running?.window;
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
  const path = briefingPathFromArgv(argv, { cwd: workingDirectory, isFile });
  if (path) void running?.openBriefing(path);
}

if (commandLine.kind === 'error') {
  process.stderr.write(`${commandLine.message}\n`);
  app.exit(2);
} else if (commandLine.kind === 'export' || commandLine.kind === 'export-pptx') {
  // Exporting from the command line: no window, no single-instance lock, exit when done.
  prepare();
  void app.whenReady().then(() => start(commandLine.kind === 'export' ? { exportPdf: commandLine.request } : { exportPptx: commandLine.request }));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  prepare();
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondInstance(argv, workingDirectory));
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
