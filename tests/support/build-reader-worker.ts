/**
 * Global set-up of the unit tests: builds the briefing reader's worker thread from its sources,
 * once per run, the way electron-vite builds it for the app (one CommonJS file for Node, here
 * with zod bundled in so it runs from a temporary folder). Tests so always run the worker of the
 * current sources, whether or not `npm run build` has run; `reader-worker.ts` points the app's
 * `READER_WORKER_FILE` at this build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

const ROOT = resolve(__dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    readerWorkerFile: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(join(tmpdir(), 'bv-reader-worker-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      ssr: join(ROOT, 'electron/main/briefing-reader-worker.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      target: 'node20',
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'briefing-reader-worker.js' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  project.provide('readerWorkerFile', join(outDir, 'briefing-reader-worker.js'));
  return () => rmSync(outDir, { recursive: true, force: true });
}
