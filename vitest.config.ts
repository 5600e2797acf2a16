import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { realpathSync } from 'node:fs';

/** node_modules may be a symlink to a shared install (git worktrees); Vite must be allowed to serve it. */
const nodeModules = realpathSync('node_modules');

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        // Tests mirror the source tree: tests/electron/main/app-menu.test.ts tests electron/main/app-menu.ts.
        // A few (the security scan, electron-builder's own loader) take seconds on a busy machine.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.svelte.test.ts'],
          testTimeout: 30_000,
          // The briefing reader's worker, built from its sources for the run (see the files).
          globalSetup: ['tests/support/build-reader-worker.ts'],
          setupFiles: ['tests/support/reader-worker.ts'],
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        server: { fs: { allow: ['.', nodeModules] } },
        // Svelte components, in a DOM: tests/renderer/src/views/ZoneView.svelte.test.ts tests ZoneView.svelte.
        test: { name: 'component', environment: 'jsdom', include: ['tests/**/*.svelte.test.ts'] },
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
