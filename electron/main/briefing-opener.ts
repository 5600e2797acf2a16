/**
 * Opening another briefing while the app runs: from File ▸ Open Briefing…, File ▸ Open Recent,
 * a file dropped on the window, or the command line. Every file is read by the reader's worker
 * thread (`BriefingReader`, validated once, main never blocked); a bad file ends as sentences
 * naming what is wrong and where, and the briefing already open stays open. On success the
 * renderer is sent the new payload.
 */
import type { Dialog } from 'electron';
import type { BriefingOrigin, BriefingPayload, EventChannel, EventContract, OpenBriefingResult } from '../shared/ipc-contract';
import { plainForMessage } from '../shared/messages';
import { describeBriefingFailure, type BriefingFileResult } from './briefing-result';
import type { RecentBriefings } from './recent-briefings';

export interface BriefingOpenerDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** Reads and validates a briefing file off the main thread (`BriefingReader.read`). */
  read(path: string, origin: BriefingOrigin): Promise<BriefingFileResult>;
  recent: RecentBriefings;
  /** Sends an event to the main window's renderer (does nothing when there is no window). */
  send<C extends EventChannel>(channel: C, payload: EventContract[C]): void;
  /** Called when the recent list may have changed, so the menu can be rebuilt. */
  onRecentChanged(): void;
}

/* Plain `private` members, not `#private` fields: the security scanner's parser cannot read the latter and would skip the main bundle. */
export class BriefingOpener {
  private currentPayload: BriefingPayload;
  /** One open at a time: a second request waits for the first to finish. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    initial: BriefingPayload,
    private readonly deps: BriefingOpenerDeps,
  ) {
    this.currentPayload = initial;
  }

  get current(): BriefingPayload {
    return this.currentPayload;
  }

  /** Reads and validates a briefing file; on success it becomes the open briefing. */
  openPath(path: string): Promise<OpenBriefingResult> {
    const next = this.queue.then(() => this.openNow(path));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async openNow(path: string): Promise<OpenBriefingResult> {
    let loaded: BriefingFileResult;
    try {
      loaded = await this.deps.read(path, { kind: 'file', path });
    } catch (err) {
      // The reader reports bad files itself; this is the last guard against the unexpected.
      loaded = { ok: false, file: path, problems: [`The file could not be read (${plainForMessage(err instanceof Error ? err.message : String(err), 200)}).`] };
    }
    if (!loaded.ok) {
      if (loaded.missing) {
        await this.deps.recent.remove(path);
        this.deps.onRecentChanged();
      }
      return { ok: false, reason: 'invalid', message: describeBriefingFailure(loaded), problems: loaded.problems, more: loaded.more ?? 0 };
    }
    this.currentPayload = loaded.payload;
    await this.deps.recent.add(path);
    this.deps.onRecentChanged();
    this.deps.send('briefing:changed', loaded.payload);
    return { ok: true };
  }

  /** Shows the Open dialog (JSON files only) and opens the chosen file. */
  async openWithDialog(): Promise<OpenBriefingResult> {
    const options: Electron.OpenDialogOptions = {
      title: 'Open Briefing',
      buttonLabel: 'Open',
      properties: ['openFile'],
      filters: [{ name: 'Briefing (JSON)', extensions: ['json'] }],
    };
    const choice = await this.deps.dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return { ok: false, reason: 'cancelled' };
    return this.openPath(path);
  }

  /** For opens started in main (menu, command line): a failure is shown in the renderer. */
  async openAndReport(open: () => Promise<OpenBriefingResult>): Promise<OpenBriefingResult> {
    const result = await open();
    if (!result.ok && result.reason === 'invalid') {
      this.deps.send('briefing:open-failed', { message: result.message, problems: result.problems, more: result.more });
    }
    return result;
  }
}
