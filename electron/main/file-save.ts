/**
 * Saves a file the renderer made (a chart as PNG, its numbers as CSV, the slides as PowerPoint) where the person chooses:
 * the system's save dialog, then an atomic write. A failure comes back as a sentence saying what
 * went wrong and what to do; nothing is half-written.
 */
import type { Dialog } from 'electron';
import { join } from 'node:path';
import type { SaveFileRequest, SaveFileResult } from '../shared/ipc-contract';
import { safeFileName } from '../shared/file-names';
import { FileWriteError, writeFileAtomic } from './atomic-file';

const FILTERS: Record<SaveFileRequest['kind'], { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  pptx: { name: 'PowerPoint presentation', extensions: ['pptx'] },
};

const TITLES: Record<SaveFileRequest['kind'], string> = {
  png: 'Save chart as PNG',
  csv: 'Save numbers as CSV',
  pptx: 'Export slides as PowerPoint',
};

export async function saveFileWithDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  request: SaveFileRequest,
  defaultFolder: string,
): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog({
    title: TITLES[request.kind],
    // The name comes from the briefing's ids or title: made safe to offer (no separators, not too long).
    defaultPath: join(defaultFolder, safeFileName(request.suggestedName.replace(/\.[^.]*$/, ''), FILTERS[request.kind].extensions[0] ?? request.kind)),
    filters: [FILTERS[request.kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
  const bytes = request.kind === 'csv' ? request.data : Buffer.from(request.data, 'base64');
  try {
    await writeFileAtomic(choice.filePath, bytes);
    return { saved: true, path: choice.filePath };
  } catch (err) {
    return { saved: false, reason: 'error', message: err instanceof FileWriteError ? err.message : String(err) };
  }
}
