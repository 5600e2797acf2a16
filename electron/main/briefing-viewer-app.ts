/**
 * The main process, put together from its parts: the app:// scheme, the session's policies, the
 * briefing open at start-up, the IPC handlers of each concern, the menu and the main window (or,
 * for `--export-pdf` and `--export-pptx`, the export alone). Wiring only: what each part does is in its own module.
 *
 * It takes the parts of Electron it uses as arguments, so the whole start-up runs in the unit
 * tests against a typed fake of `electron`.
 */
import type { App, BrowserWindowConstructorOptions, Dialog, IpcMain, Menu, Protocol, Rectangle, Shell, WebContents } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefingPayload, EventChannel, EventContract } from '../shared/ipc-contract';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler, rendererRoot } from './app-protocol';
import { ApplicationMenu } from './app-menu';
import { removeStaleTemporaryFiles } from './atomic-file';
import { BriefingOpener } from './briefing-opener';
import { BriefingReader } from './briefing-reader';
import type { ExportRequest, PptxExportRequest } from './command-line';
import { exportFromCommandLine, reportToConsole, type Report } from './command-line-export';
import { ExportedFiles } from './exported-files';
import { saveFileWithDialog } from './file-save';
import { loadInitialBriefing } from './initial-briefing';
import { mainWindowUrl } from '../shared/first-view';
import { registerInvokeHandlers, sendToRenderer } from './ipc-handlers';
import { openMainWindow, type WindowLike } from './main-window';
import { pdfHandlers, type PrintWindow } from './pdf-export';
import { PresentationWindows, type AudienceWindow, type ScreenLike } from './presentation-windows';
import { createRecentBriefings, RECENT_BRIEFINGS_FILE } from './recent-briefings';
import { hardenSession, hardenWebContents, isTrustedSender } from './web-security';

export interface ElectronParts<W extends AppWindow> {
  app: Pick<App, 'getName' | 'getVersion' | 'getAppPath' | 'getPath' | 'on' | 'quit' | 'exit'>;
  ipcMain: Pick<IpcMain, 'handle'>;
  protocol: Pick<Protocol, 'handle'>;
  session: { defaultSession: Parameters<typeof hardenSession>[0] };
  menu: { buildFromTemplate: typeof Menu.buildFromTemplate; setApplicationMenu: typeof Menu.setApplicationMenu };
  dialog: Pick<Dialog, 'showErrorBox' | 'showOpenDialog' | 'showSaveDialog'>;
  createWindow(options: BrowserWindowConstructorOptions): W;
  focusedWebContents(): Pick<WebContents, 'send'> | undefined;
  /** Every window's web contents: a newly opened briefing goes to all of them. */
  allWebContents(): Pick<WebContents, 'send'>[];
  /** The displays, for presenting on a second one. */
  screen: ScreenLike;
  /** Showing or opening a PDF the app has just exported (never any other path). */
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
}

/** What the app needs of its windows: the main window, and the audience window when presenting. */
export type AppWindow = WindowLike & AudienceWindow & PrintWindow & { getBounds(): Rectangle };

export interface StartOptions {
  /** The folder holding `assets/` and `out/`: the project, or app.asar when packaged. */
  appPath: string;
  preloadPath: string;
  platform: NodeJS.Platform;
  /** The Vite dev server's URL during `npm run dev`; undefined in a built app. */
  devServerUrl?: string;
  /** A briefing file named on the command line, opened instead of the bundled one if it is valid. */
  initialBriefingPath?: string;
  /** `--export-pdf`: write the PDF without showing a window, then exit (0 on success, 1 on failure). */
  exportPdf?: ExportRequest;
  /** `--export-pptx`: write the slides as a PowerPoint file without a window, then exit (0 or 1). */
  exportPptx?: PptxExportRequest;
  /** Where command-line messages go (stdout and stderr by default). */
  report?: Report;
}

export interface RunningApp<W> {
  window: W;
  /** The briefing open at start-up. */
  briefing: BriefingPayload;
  /** Opens another briefing file (e.g. from a second launch's command line); failures are shown in the window. */
  openBriefing(path: string): Promise<void>;
}

/** Call before the app is ready: hardens every web contents the app ever creates. */
export function hardenAllWebContents(app: Pick<App, 'on'>, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));
}

/** Sends an event to every window (a new briefing) or to the focused one (everything else). */
function rendererEvents<W extends AppWindow>(electron: ElectronParts<W>) {
  return <C extends EventChannel>(channel: C, payload: EventContract[C]): void => {
    const targets = channel === 'briefing:changed' ? electron.allWebContents() : [electron.focusedWebContents() ?? electron.allWebContents()[0]];
    for (const contents of targets) if (contents) sendToRenderer(contents, channel, payload);
  };
}

/** The parts of a running app and their IPC handlers, around the briefing open at start-up. */
function assemble<W extends AppWindow>(electron: ElectronParts<W>, options: StartOptions, reader: BriefingReader, briefing: BriefingPayload) {
  const { app } = electron;
  const appName = app.getName();
  let mainWindow: W | undefined;
  const recent = createRecentBriefings(join(app.getPath('userData'), RECENT_BRIEFINGS_FILE));
  const opener = new BriefingOpener(briefing, { dialog: electron.dialog, read: (path, origin) => reader.read(path, origin), recent, send: rendererEvents(electron), onRecentChanged: () => void menu.rebuild() });
  const exported = new ExportedFiles(electron.shell);
  const printing = {
    createWindow: electron.createWindow,
    preloadPath: options.preloadPath,
    origin: () => opener.current.origin,
    hasPrintPage: (file: string) => existsSync(join(rendererRoot(options.appPath), file)),
  };
  const presentation = new PresentationWindows<W>({
    screen: electron.screen,
    createWindow: electron.createWindow,
    presenter: () => (mainWindow && !mainWindow.isDestroyed() ? { bounds: mainWindow.getBounds(), contents: mainWindow.webContents } : undefined),
    preloadPath: options.preloadPath,
    appName,
  });
  const menu = new ApplicationMenu({
    menu: electron.menu,
    context: { platform: options.platform, appName, isDevelopment: options.devServerUrl !== undefined, sendCommand: (command) => rendererEvents(electron)('menu:command', command) },
    briefings: {
      open: () => void opener.openAndReport(() => opener.openWithDialog()),
      recent: () => recent.list(),
      openRecent: (path) => void opener.openAndReport(() => opener.openPath(path)),
      clearRecent: () => recent.clear(),
    },
  });
  registerInvokeHandlers(
    electron.ipcMain,
    {
      'briefing:get': () => opener.current,
      'app:info': () => ({ name: appName, version: app.getVersion(), host: 'electron' }),
      'briefing:open-dialog': () => opener.openWithDialog(),
      'briefing:open-path': (path) => opener.openPath(path),
      'briefing:recent': () => recent.list(),
      'file:save': async (request) => exported.addSaved(request.kind, await saveFileWithDialog(electron.dialog, request, app.getPath('documents'))),
      ...pdfHandlers({
        ...printing,
        dialog: electron.dialog,
        documentsFolder: app.getPath('documents'),
        briefing: () => opener.current.briefing,
        progress: (stage) => mainWindow && sendToRenderer(mainWindow.webContents, 'pdf:progress', stage),
        exported,
      }),
      'file:reveal': exported.reveal,
      'present:start': (slide) => presentation.start(slide),
      'present:stop': () => presentation.stop(),
      'present:sync': (state) => presentation.relay(state),
    },
    (frame) => isTrustedSender(frame, options.devServerUrl),
  );
  return { recent, opener, presentation, menu, printing, setMainWindow: (w: W) => (mainWindow = w) };
}

/** Call once the app is ready. Resolves to null when the app exits instead (a fatal error, or a command-line export). */
export async function startBriefingViewer<W extends AppWindow>(electron: ElectronParts<W>, options: StartOptions): Promise<RunningApp<W> | null> {
  const { app } = electron;
  const appName = app.getName();
  // Every briefing file, the bundled one too, is read off the main thread.
  const reader = new BriefingReader();
  const initial = await loadInitialBriefing((path, origin) => reader.read(path, origin), options.appPath, appName, options.initialBriefingPath);
  if (!initial.ok) {
    electron.dialog.showErrorBox(`${appName} cannot start`, initial.message);
    app.exit(1);
    return null;
  }
  if (options.exportPptx) {
    const report = options.report ?? reportToConsole;
    if (initial.failure) report(initial.failure, true);
    const { exportPptxFromCommandLine } = await import('./pptx-export');
    app.exit(initial.failure ? 1 : await exportPptxFromCommandLine(initial.payload, options.exportPptx, report));
    return null;
  }
  hardenSession(electron.session.defaultSession, options.devServerUrl);
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot(options.appPath)));
  await removeStaleTemporaryFiles(app.getPath('userData'));
  const parts = assemble(electron, options, reader, initial.payload);

  if (options.exportPdf) {
    const report = options.report ?? reportToConsole;
    if (initial.failure) report(initial.failure, true);
    app.exit(initial.failure ? 1 : await exportFromCommandLine(parts.printing, options.exportPdf, initial.payload.briefing, report));
    return null;
  }

  if (initial.payload.origin.kind === 'file') await parts.recent.add(initial.payload.origin.path);
  await parts.menu.rebuild();
  const window = await openMainWindow(electron.createWindow, { preloadPath: options.preloadPath, appName, url: options.devServerUrl ?? mainWindowUrl(APP_ENTRY_URL, initial.payload.origin) });
  parts.setMainWindow(window);
  // Closing the main window ends the presentation too.
  window.on('closed', () => parts.presentation.stop());
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
  if (initial.failure) electron.dialog.showErrorBox(`${appName} could not open the briefing`, `${initial.failure}\n\nThe built-in briefing is shown instead.`);
  return {
    window,
    briefing: initial.payload,
    openBriefing: async (path) => {
      await parts.opener.openAndReport(() => parts.opener.openPath(path));
    },
  };
}
