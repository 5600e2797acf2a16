/**
 * One build for the three parts of the app (electron-vite drives Vite for each):
 * - main: Node (CommonJS), externalises `dependencies` (zod, pptxgenjs, jszip) so they ship in the asar as is;
 * - preload: one CommonJS file, because a sandboxed preload cannot load ES modules or other files;
 * - renderer: the Svelte app, every asset emitted as a file (fonts too) so the strict
 *   Content-Security-Policy needs no `data:` fonts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/main/content-security-policy';

/** Writes the Content-Security-Policy into the built index.html (not in dev: Vite's dev server injects inline styles). */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'briefing-viewer:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Preloads the Latin subset of the text font from index.html, so it is fetched with the page
 * rather than found only once the stylesheet is parsed (the first view paints in it).
 */
function preloadTextFont(): Plugin {
  return {
    name: 'briefing-viewer:preload-text-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const font = Object.keys(ctx.bundle ?? {}).find((name) => /inter-latin-wght-normal-[\w-]+\.woff2$/.test(name));
        if (!font) throw new Error('The text font (Inter, Latin) is missing from the build: it cannot be preloaded.');
        return [{ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${font}`, crossorigin: '' }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The briefing reader runs in a worker thread from its own entry, found next to index.js at run time.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'briefing-reader-worker': resolve(__dirname, 'electron/main/briefing-reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [svelte(), contentSecurityPolicyMeta(), preloadTextFont()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      assetsInlineLimit: 0,
      // Minified: the renderer's start-up is parse time (electron-vite leaves output readable by default).
      minify: true,
      // scripts/build-print-pages.ts finds the print pages' stylesheets and fonts in the manifest (and then removes it).
      manifest: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
