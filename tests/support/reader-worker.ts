/**
 * Set-up file of the unit tests: the app finds its reader worker next to the built main bundle;
 * in tests it is the fresh build made by `build-reader-worker.ts`.
 */
import { inject, vi } from 'vitest';

vi.mock('../../electron/main/reader-worker-file', () => ({ READER_WORKER_FILE: inject('readerWorkerFile') }));
