import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { realpathSync } from 'node:fs';

/** node_modules may be a symlink to a shared install (git worktrees); Vite must be allowed to serve it. */
const nodeModules = realpathSync('node_modules');

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The briefing reader's worker, built from its sources for the run (see the files).
          globalSetup: ['tests/unit/setup/build-reader-worker.ts'],
          setupFiles: ['tests/unit/setup/reader-worker.ts'],
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        server: { fs: { allow: ['.', nodeModules] } },
        test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.ts'] },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: two cores are shared with the rest of the suite.
          fileParallelism: false,
          globalSetup: ['tests/e2e/fixtures/global-setup.ts'],
        },
      },
    ],
  },
});
