/**
 * Main's way to read a briefing file: never itself. Reading, parsing and validating happen in a
 * worker thread (`briefing-reader-worker.ts`) under a deadline and a memory cap; main posts the
 * path and waits for the answer without blocking its event loop. A read that runs past the
 * deadline is stopped (the thread is terminated) and a read that needs more memory than the cap
 * ends the thread (V8 stops it); either way the file is refused with a sentence that says so,
 * and the next read gets a new thread.
 *
 * Reads go through one queue, one at a time: a stuck read holds later ones back at most until
 * its deadline. The thread is kept for the next read and let go after a short idle time.
 */
import { Worker } from 'node:worker_threads';
import type { BriefingOrigin } from '../shared/ipc-contract';
import { plainForMessage } from '../shared/messages';
import type { BriefingFileResult } from './briefing-result';
import { READER_WORKER_FILE } from './reader-worker-file';

/** A briefing is read in well under a second; ten is a generous deadline on a slow machine. */
export const READ_DEADLINE_MS = 10_000;
/**
 * The reader's heap cap. It is a backstop, not the bound: the reader's own caps keep every file
 * far below it (the worst measured, a 20 MB source text saved decomposed, reads within 64 MB; the
 * files of issue #10 needed over 4 GB before those caps). Far below it matters, because V8 cannot
 * always stop a thread cleanly at its limit: with some allocation patterns it aborts the whole
 * process instead (nodejs/node#47224).
 */
export const READ_MEMORY_MB = 256;
/** How long an idle reader thread is kept for the next read. */
export const READER_IDLE_MS = 10_000;

/** What main posts to the worker. */
export interface ReaderRequest {
  id: number;
  path: string;
  origin: BriefingOrigin;
}

/** What the worker answers. */
export interface ReaderReply {
  id: number;
  result: BriefingFileResult;
}

export interface BriefingReaderOptions {
  /** The worker script (the built `briefing-reader-worker.js` by default). */
  workerFile?: string;
  deadlineMs?: number;
  memoryMb?: number;
  idleMs?: number;
}

interface PendingRead {
  id: number;
  path: string;
  worker: Worker;
  timer: ReturnType<typeof setTimeout>;
  resolve(result: BriefingFileResult): void;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s === 1 ? '1 second' : `${Number.isInteger(s) ? s : s.toFixed(1)} seconds`;
}

/* Plain `private` members, not `#private` fields: the security scanner's parser cannot read the latter. */
export class BriefingReader {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private pending: PendingRead | undefined;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly workerFile: string;
  private readonly deadlineMs: number;
  private readonly memoryMb: number;
  private readonly idleMs: number;

  constructor(options: BriefingReaderOptions = {}) {
    this.workerFile = options.workerFile ?? READER_WORKER_FILE;
    this.deadlineMs = options.deadlineMs ?? READ_DEADLINE_MS;
    this.memoryMb = options.memoryMb ?? READ_MEMORY_MB;
    this.idleMs = options.idleMs ?? READER_IDLE_MS;
  }

  /** Reads, parses and validates a briefing file off the main thread. Never rejects. */
  read(path: string, origin: BriefingOrigin): Promise<BriefingFileResult> {
    const next = this.queue.then(() => this.readNow(path, origin));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Stops the worker thread, if any (at quit, and in tests). */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private readNow(path: string, origin: BriefingOrigin): Promise<BriefingFileResult> {
    clearTimeout(this.idleTimer);
    return new Promise((resolve) => {
      let worker: Worker;
      const fresh = !this.worker;
      try {
        worker = this.worker ?? this.startWorker();
      } catch (err) {
        resolve(this.refusal(path, `The app's file reader could not start (${plainForMessage(err instanceof Error ? err.message : String(err), 200)}). Reinstall the app to repair it.`));
        return;
      }
      const id = this.nextId++;
      const timeOut = () => {
        this.discard(worker);
        this.settle(id, this.refusal(path, `Reading it took longer than ${seconds(this.deadlineMs)}, so it was stopped; a briefing file is read in well under a second.`));
      };
      // The deadline counts from when the thread runs; a new thread gets as long again to start.
      const timer = setTimeout(timeOut, fresh ? 2 * this.deadlineMs : this.deadlineMs);
      this.pending = { id, path, worker, timer, resolve };
      if (fresh) {
        worker.once('online', () => {
          const pending = this.pending;
          if (pending?.id !== id) return;
          clearTimeout(pending.timer);
          pending.timer = setTimeout(timeOut, this.deadlineMs);
        });
      }
      worker.postMessage({ id, path, origin } satisfies ReaderRequest);
    });
  }

  private startWorker(): Worker {
    const worker = new Worker(this.workerFile, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      // No inspector or other flags from main's command line; nothing on the worker's stdin.
      execArgv: [],
      stdin: false,
    });
    // An idle reader never keeps the app (or a test run) alive; a pending read's deadline timer does.
    worker.unref();
    worker.on('message', (reply: ReaderReply) => {
      this.settle(reply.id, reply.result);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const pending = this.pending;
      this.discard(worker);
      if (pending?.worker !== worker) return;
      const problem =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `Reading it needed more memory than the ${this.memoryMb} MB a briefing may use, so it was stopped.`
          : err.code === 'MODULE_NOT_FOUND' || err.code === 'ERR_MODULE_NOT_FOUND'
            ? `The app's file reader is missing (${plainForMessage(this.workerFile, 200)}). Reinstall the app to repair it.`
            : `The file could not be read (${plainForMessage(err.message, 200)}).`;
      this.settle(pending.id, this.refusal(pending.path, problem));
    });
    worker.on('exit', () => {
      const pending = this.pending;
      if (this.worker === worker) this.worker = undefined;
      if (pending?.worker === worker) this.settle(pending.id, this.refusal(pending.path, 'The file reader stopped before it finished; the file was not opened.'));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the current read with `result` (once), and lets an idle worker go after a while. */
  private settle(id: number, result: BriefingFileResult): void {
    const pending = this.pending;
    if (!pending || pending.id !== id) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(result);
    if (this.worker) {
      const idle = this.worker;
      this.idleTimer = setTimeout(() => {
        if (this.worker === idle && !this.pending) this.discard(idle);
      }, this.idleMs);
      this.idleTimer.unref?.();
    }
  }

  /** Drops a worker: no later read uses it, and its thread is stopped (without waiting for it). */
  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    worker.terminate().catch(() => undefined);
  }

  private refusal(path: string, problem: string): BriefingFileResult {
    return { ok: false, file: path, problems: [problem] };
  }
}
