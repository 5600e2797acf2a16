/**
 * Makes a PDF of the summary, the slide handouts or the one-page brief: a hidden, sandboxed window
 * shows the print document, main waits until it says it is ready (fonts loaded, charts drawn,
 * pages laid out), prints it with the page set-up of `pdf-options.ts`, gives it the briefing's
 * document properties and marks its artifacts (`pdf-properties.ts`), and writes the file atomically. Progress is reported by stage;
 * failures come back as sentences, and no half-written file is ever left. Also answers the
 * renderer's `pdf:export` and `pdf:print` requests.
 */
import type { BrowserWindowConstructorOptions, Dialog } from 'electron';
import { join } from 'node:path';
import { PRINT_READY_EXPRESSION, type BriefingOrigin, type PdfRequest, type PdfStage, type SaveFileResult } from '../shared/ipc-contract';
import { printDocumentPath } from '../shared/print-documents';
import { APP_ORIGIN } from './app-protocol';
import { FileWriteError, writeFileAtomic } from './atomic-file';
import type { ExportedFiles } from './exported-files';
import type { InvokeHandlers } from './ipc-handlers';
import { electronPdfOptions, type PdfJob } from './pdf-options';
import { finishPdf, pdfProperties, type PdfProperties, type PropertiesSource } from './pdf-properties';
import { secureWebPreferences } from './web-security';
import { safeFileName } from '../shared/file-names';

export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  close(): void;
  isDestroyed(): boolean;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: ReturnType<typeof electronPdfOptions>): Promise<Uint8Array>;
    print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  };
}

function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  // About the width of a page's printable area, so the document lays out as it will print.
  return { show: false, width: 1100, height: 1400, webPreferences: secureWebPreferences(preloadPath) };
}

/** The bundled briefing's summary is a page written at build time; anything else is the app's print route. */
function printDocumentUrl(job: Pick<PdfJob, 'content' | 'paper'>, deps: PrintDeps): string {
  return `${APP_ORIGIN}/${printDocumentPath(job, deps.origin(), deps.hasPrintPage)}`;
}

async function waitUntilReady(win: PrintWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await win.webContents.executeJavaScript(PRINT_READY_EXPRESSION)) === true) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the document was not ready after ${Math.round(timeoutMs / 1000)} seconds`);
}

/** Opens the print document in a hidden window, runs `use` on it, and always closes it. */
export async function withPrintDocument<T>(deps: PrintDeps, job: Pick<PdfJob, 'content' | 'paper'>, use: (win: PrintWindow) => Promise<T>): Promise<T> {
  const win = deps.createWindow(printWindowOptions(deps.preloadPath));
  try {
    await win.loadURL(printDocumentUrl(job, deps));
    await waitUntilReady(win, deps.timeoutMs ?? 30_000);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.close();
  }
}

export interface PrintDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  preloadPath: string;
  /** Where the open briefing came from (the bundled one has print pages of its own). */
  origin: () => BriefingOrigin;
  /** Whether the build holds a print page (a file under the renderer's root); without, the route prints. */
  hasPrintPage?: (file: string) => boolean;
  timeoutMs?: number;
}

/** What to print, and the document properties the PDF gets. */
export interface ExportJob extends Pick<PdfJob, 'paper' | 'content'> {
  properties: PdfProperties;
}

export async function exportPdf(
  deps: PrintDeps,
  job: ExportJob,
  target: string,
  onStage: (stage: PdfStage) => void,
): Promise<SaveFileResult> {
  let bytes: Uint8Array;
  try {
    onStage('rendering');
    const printed = await withPrintDocument(deps, job, (win) => {
      onStage('printing');
      return win.webContents.printToPDF(electronPdfOptions(job));
    });
    bytes = finishPdf(printed, job.properties);
  } catch (err) {
    return { saved: false, reason: 'error', message: `The PDF could not be made: ${err instanceof Error ? err.message : String(err)}. Try again; if it happens again, restart the app.` };
  }
  try {
    onStage('writing');
    await writeFileAtomic(target, bytes);
  } catch (err) {
    return { saved: false, reason: 'error', message: err instanceof FileWriteError ? err.message : String(err) };
  }
  onStage('done');
  return { saved: true, path: target };
}

/** Prints the document through the system's print dialog. */
function printWithDialog(deps: PrintDeps, request: PdfRequest): Promise<{ printed: boolean; message?: string }> {
  return withPrintDocument(deps, request, (win) =>
    new Promise((resolve) =>
      win.webContents.print({ silent: false, printBackground: true }, (printed, failureReason) =>
        resolve(printed || failureReason === 'cancelled' ? { printed } : { printed, message: `The document could not be printed (${failureReason}). Check the printer and try again.` }),
      ),
    ),
  );
}

export interface PdfHandlerDeps extends PrintDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** The folder the save dialog starts in. */
  documentsFolder: string;
  /** The open briefing: its id names the file; its title, event, speakers and language are the PDF's properties. */
  briefing(): PropertiesSource & { id: string };
  /** Where progress goes (the window that asked). */
  progress(stage: PdfStage): void;
  exported: ExportedFiles;
}

/** The renderer's `pdf:export` (save dialog, then export) and `pdf:print` requests. */
export function pdfHandlers(deps: PdfHandlerDeps): Pick<InvokeHandlers, 'pdf:export' | 'pdf:print'> {
  return {
    'pdf:export': async (request) => {
      const briefing = deps.briefing();
      const choice = await deps.dialog.showSaveDialog({
        title: 'Export PDF',
        defaultPath: join(deps.documentsFolder, safeFileName(`${briefing.id}-${request.content}-${request.paper}`, 'pdf')),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
      const result = await exportPdf(deps, { ...request, properties: pdfProperties(briefing) }, choice.filePath, deps.progress);
      if (result.saved) deps.exported.add(result.path);
      return result;
    },
    'pdf:print': (request) => printWithDialog(deps, request),
  };
}
