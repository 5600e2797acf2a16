/**
 * The files the app exported in this session, and the one thing the renderer may do with them:
 * show one in its folder or open it (`file:reveal`). Any other path is refused, so the renderer
 * can never make the shell open something it did not just write.
 */
import type { Shell } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '../shared/ipc-contract';
import type { InvokeHandlers } from './ipc-handlers';

/** Saved files a person may want to see at once: the slides as PowerPoint (not a chart's PNG or CSV). */
const REVEALABLE_SAVES: ReadonlySet<SaveFileRequest['kind']> = new Set(['pptx']);

export class ExportedFiles {
  private readonly paths = new Set<string>();

  constructor(private readonly shell: Pick<Shell, 'showItemInFolder' | 'openPath'>) {}

  add(path: string): void {
    this.paths.add(path);
  }

  /**
   * Counts a file saved through the save dialog (`file:save`) as exported, when it is of a kind
   * the person may want to see at once. Its path is the one the person chose in main's dialog and
   * main wrote, never a path the renderer named.
   */
  addSaved(kind: SaveFileRequest['kind'], result: SaveFileResult): SaveFileResult {
    if (result.saved && REVEALABLE_SAVES.has(kind)) this.add(result.path);
    return result;
  }

  readonly reveal: InvokeHandlers['file:reveal'] = async ({ path, how }) => {
    if (!this.paths.has(path)) throw new Error('Refused "file:reveal": the app shows only files it has just exported.');
    if (how === 'folder') this.shell.showItemInFolder(path);
    else {
      const failure = await this.shell.openPath(path);
      if (failure) throw new Error(`The file could not be opened: ${failure}`);
    }
  };
}
