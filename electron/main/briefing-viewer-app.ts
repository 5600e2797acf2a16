/**
 * The main process, put together: the app:// scheme, the session's policies, the bundled
 * briefing (read and validated once), the IPC handlers, the menu and the main window.
 *
 * It takes the parts of Electron it uses as arguments, so the whole start-up runs in the unit
 * tests against a typed fake of `electron`.
 */
import type { App, BrowserWindowConstructorOptions, Dialog, IpcMain, Menu, Protocol, Rectangle, Shell, WebContents } from 'electron';
import { join } from 'node:path';
import type { BriefingPayload } from '../shared/ipc-contract';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from './app-protocol';
import { buildMenuTemplate } from './app-menu';
import { BriefingOpener } from './briefing-opener';
import { BriefingReader } from './briefing-reader';
import { BUNDLED_BRIEFING, describeBriefingFailure } from './briefing-result';
import { removeStaleTemporaryFiles } from './atomic-file';
import { safeFileName } from '../shared/file-names';
import { saveFileWithDialog } from './file-save';
import { exportPdf, withPrintDocument, type PrintWindow } from './pdf-export';
import type { ExportRequest } from './command-line';
import { PresentationWindows, type AudienceWindow, type ScreenLike } from './presentation-windows';
import { createRecentBriefings, RECENT_BRIEFINGS_FILE } from './recent-briefings';
import { registerInvokeHandlers, sendToRenderer } from './ipc-handlers';
import { openMainWindow, type WindowLike } from './main-window';
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
  /** Where command-line messages go (stdout and stderr by default). */
  report?: (line: string, isError: boolean) => void;
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

/** Call once the app is ready. Resolves to null when the bundled briefing cannot be loaded. */
export async function startBriefingViewer<W extends AppWindow>(
  electron: ElectronParts<W>,
  options: StartOptions,
): Promise<RunningApp<W> | null> {
  const { app } = electron;
  const appName = app.getName();
  // Every briefing file, the bundled one too, is read off the main thread.
  const reader = new BriefingReader();
  const loaded = await reader.read(join(options.appPath, BUNDLED_BRIEFING), { kind: 'bundled' });
  if (!loaded.ok) {
    electron.dialog.showErrorBox(
      `${appName} cannot start`,
      `${describeBriefingFailure(loaded)}\n\nThe app's own files are damaged. Reinstall ${appName} to repair them.`,
    );
    app.exit(1);
    return null;
  }
  let briefing = loaded.payload;
  // A file named on the command line replaces the bundled briefing if it is valid; if not, the
  // bundled one opens and the problems are shown once the window is up.
  let startupFailure: string | undefined;
  if (options.initialBriefingPath) {
    const requested = await reader.read(options.initialBriefingPath, { kind: 'file', path: options.initialBriefingPath });
    if (requested.ok) briefing = requested.payload;
    else startupFailure = describeBriefingFailure(requested);
  }

  await removeStaleTemporaryFiles(app.getPath('userData'));
  const recent = createRecentBriefings(join(app.getPath('userData'), RECENT_BRIEFINGS_FILE));
  if (briefing.origin.kind === 'file') await recent.add(briefing.origin.path);
  const opener: BriefingOpener = new BriefingOpener(briefing, {
    dialog: electron.dialog,
    read: (path, origin) => reader.read(path, origin),
    recent,
    send: (channel, payload) => {
      if (channel === 'briefing:changed') {
        for (const contents of electron.allWebContents()) sendToRenderer(contents, channel, payload);
      } else {
        const contents = electron.focusedWebContents() ?? electron.allWebContents()[0];
        if (contents) sendToRenderer(contents, channel, payload);
      }
    },
    onRecentChanged: () => void rebuildMenu(),
  });

  hardenSession(electron.session.defaultSession, options.devServerUrl);
  electron.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(options.appPath, 'out', 'renderer')));
  let mainWindow: W | undefined;
  /** Files exported in this session: the only ones `file:reveal` will show or open. */
  const exportedPaths = new Set<string>();
  const pdfDeps = { createWindow: electron.createWindow, preloadPath: options.preloadPath };
  const presentation = new PresentationWindows<W>({
    screen: electron.screen,
    createWindow: electron.createWindow,
    presenter: () => (mainWindow && !mainWindow.isDestroyed() ? { bounds: mainWindow.getBounds(), contents: mainWindow.webContents } : undefined),
    preloadPath: options.preloadPath,
    appName,
  });
  registerInvokeHandlers(
    electron.ipcMain,
    {
      'briefing:get': () => opener.current,
      'app:info': () => ({ name: appName, version: app.getVersion(), host: 'electron' }),
      'briefing:open-dialog': () => opener.openWithDialog(),
      'briefing:open-path': (path) => opener.openPath(path),
      'briefing:recent': () => recent.list(),
      'file:save': (request) => saveFileWithDialog(electron.dialog, request, app.getPath('documents')),
      'pdf:export': async (request) => {
        const job = { ...request, title: opener.current.briefing.title };
        const choice = await electron.dialog.showSaveDialog({
          title: 'Export PDF',
          defaultPath: join(app.getPath('documents'), safeFileName(`${opener.current.briefing.id}-${request.content}-${request.paper}`, 'pdf')),
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
        if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
        const progressTo = mainWindow?.webContents;
        const result = await exportPdf(pdfDeps, job, choice.filePath, (stage) => progressTo && sendToRenderer(progressTo, 'pdf:progress', stage));
        if (result.saved) exportedPaths.add(result.path);
        return result;
      },
      'pdf:print': (request) =>
        withPrintDocument(electron.createWindow, options.preloadPath, request, (win) =>
          new Promise((resolve) =>
            win.webContents.print({ silent: false, printBackground: true }, (printed, failureReason) =>
              resolve(printed || failureReason === 'cancelled' ? { printed } : { printed, message: `The document could not be printed (${failureReason}). Check the printer and try again.` }),
            ),
          ),
        ),
      'file:reveal': async ({ path, how }) => {
        if (!exportedPaths.has(path)) throw new Error('Refused "file:reveal": the app shows only files it has just exported.');
        if (how === 'folder') electron.shell.showItemInFolder(path);
        else {
          const failure = await electron.shell.openPath(path);
          if (failure) throw new Error(`The PDF could not be opened: ${failure}`);
        }
      },
      'present:start': (slide) => presentation.start(slide),
      'present:stop': () => presentation.stop(),
      'present:sync': (state) => presentation.relay(state),
    },
    (frame) => isTrustedSender(frame, options.devServerUrl),
  );

  if (options.exportPdf) {
    const request = options.exportPdf;
    const report = options.report ?? ((line, isError) => (isError ? process.stderr : process.stdout).write(`${line}\n`));
    if (startupFailure) {
      report(startupFailure, true);
      app.exit(1);
      return null;
    }
    const result = await exportPdf(pdfDeps, { ...request, title: opener.current.briefing.title }, request.target, (stage) => report(`PDF: ${stage}`, false));
    if (result.saved) report(`Wrote ${result.path}`, false);
    else report(result.reason === 'error' ? result.message : 'The export was cancelled.', true);
    app.exit(result.saved ? 0 : 1);
    return null;
  }

  const rebuildMenu = async () => {
    const recentList = await recent.list();
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
          briefings: {
            open: () => void opener.openAndReport(() => opener.openWithDialog()),
            recent: recentList,
            openRecent: (path) => void opener.openAndReport(() => opener.openPath(path)),
            clearRecent: () => void recent.clear().then(rebuildMenu),
          },
        }),
      ),
    );
  };
  await rebuildMenu();

  const window = await openMainWindow(electron.createWindow, {
    preloadPath: options.preloadPath,
    appName,
    url: options.devServerUrl ?? APP_ENTRY_URL,
  });
  mainWindow = window;
  // Closing the main window ends the presentation too.
  window.on('closed', () => presentation.stop());
  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
  if (startupFailure) {
    electron.dialog.showErrorBox(`${appName} could not open the briefing`, `${startupFailure}\n\nThe built-in briefing is shown instead.`);
  }
  return {
    window,
    briefing,
    openBriefing: async (path) => {
      await opener.openAndReport(() => opener.openPath(path));
    },
  };
}
