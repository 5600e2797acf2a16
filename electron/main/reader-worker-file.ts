/**
 * Where the briefing reader's worker script is: built by electron-vite next to the main bundle
 * (`out/main/briefing-reader-worker.js`, in app.asar when packaged). The unit tests replace this
 * module with a fresh build of the worker from its sources (`tests/support/build-reader-worker.ts`).
 */
import { join } from 'node:path';

export const READER_WORKER_FILE = join(__dirname, 'briefing-reader-worker.js');
