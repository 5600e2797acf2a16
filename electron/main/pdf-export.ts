/**
 * Makes a PDF of the summary or the slide handouts: a hidden, sandboxed window shows the print
 * document, main waits until it says it is ready (fonts loaded, charts drawn), prints it with the
 * page set-up of `pdf-options.ts`, and writes the file atomically. Progress is reported by stage;
 * failures come back as sentences, and no half-written file is ever left.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { PdfStage, SaveFileResult } from '../shared/ipc-contract';
import { APP_ENTRY_URL } from './app-protocol';
import { FileWriteError, writeFileAtomic } from './atomic-file';
import { electronPdfOptions, type PdfJob } from './pdf-options';
import { secureWebPreferences } from './web-security';

/** The page's own signal that it is complete (see renderer/src/print/print-ready.ts). */
export const PRINT_READY_EXPRESSION = "document.body.dataset.printReady === 'true'";

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

export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  // About the width of a page's printable area, so the document lays out as it will print.
  return { show: false, width: 1100, height: 1400, webPreferences: secureWebPreferences(preloadPath) };
}

export function printDocumentUrl(job: Pick<PdfJob, 'content' | 'paper'>): string {
  return `${APP_ENTRY_URL}#/print/${job.content}?paper=${job.paper}`;
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
export async function withPrintDocument<T>(
  createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow,
  preloadPath: string,
  job: Pick<PdfJob, 'content' | 'paper'>,
  use: (win: PrintWindow) => Promise<T>,
  timeoutMs = 30_000,
): Promise<T> {
  const win = createWindow(printWindowOptions(preloadPath));
  try {
    await win.loadURL(printDocumentUrl(job));
    await waitUntilReady(win, timeoutMs);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.close();
  }
}

export async function exportPdf(
  deps: { createWindow: (options: BrowserWindowConstructorOptions) => PrintWindow; preloadPath: string; timeoutMs?: number },
  job: PdfJob,
  target: string,
  onStage: (stage: PdfStage) => void,
): Promise<SaveFileResult> {
  let bytes: Uint8Array;
  try {
    onStage('rendering');
    bytes = await withPrintDocument(
      deps.createWindow,
      deps.preloadPath,
      job,
      (win) => {
        onStage('printing');
        return win.webContents.printToPDF(electronPdfOptions(job));
      },
      deps.timeoutMs,
    );
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
