/**
 * Writes the bundled briefing's first view (the overview under the app bar) into the built
 * `out/renderer/index.html`, rendered by the app's own components (Svelte's server renderer, through
 * Vite, with the same class names as the built stylesheet), so the window paints it as soon as the
 * page's HTML, stylesheet and font are in — as a static page would — instead of after the script
 * has been fetched, compiled and run. The script then hydrates it (`main.ts`): the same elements,
 * made live.
 * A small inline script in the page's head (`FIRST_VIEW_SCRIPT`, allowed by its hash in the
 * Content-Security-Policy) applies the remembered theme before that first paint and hides the
 * rendered view in a window that shows something else.
 * Run by `npm run build`, after `electron-vite build`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { BUNDLED_BRIEFING, readBriefingFile } from '../electron/main/briefing-files';
import { APP_SCRIPTS_ID, FIRST_VIEW_ATTRIBUTE } from '../electron/shared/first-view';
import { FIRST_VIEW_SCRIPT } from '../electron/shared/first-view-script';

const ROOT = resolve(__dirname, '..');
const INDEX = join(ROOT, 'out', 'renderer', 'index.html');
const EMPTY_APP = '<div id="app"></div>';
/** The app's entry script and the module preloads of what it imports, as Vite writes them into the head. */
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * `index.html` with `view` (the view of briefing `briefingId`) in its app element and the first
 * view's script inline in its head; the app's scripts, which Vite writes as a module script and
 * module preloads, become a list the head's script loads (`FIRST_VIEW_SCRIPT`).
 */
export function withFirstView(index: string, view: string, briefingId: string): string {
  if (!index.includes(EMPTY_APP)) throw new Error(`${INDEX} has no empty ${EMPTY_APP} to write the first view into: build the renderer first (npm run build).`);
  if (!index.includes('</title>')) throw new Error(`${INDEX} has no <title> in its head.`);
  const entries = [...index.matchAll(ENTRY_SCRIPT)].map((m) => m[1]!);
  if (entries.length !== 1) throw new Error(`${INDEX} has ${entries.length} module scripts in its head; the first view expects the app's one entry script.`);
  const scripts = [...entries, ...[...index.matchAll(MODULE_PRELOAD)].map((m) => m[1]!)];
  // A data block, never run; paths hold no "<" (checked), so nothing in it can end it.
  if (scripts.some((src) => src.includes('<'))) throw new Error(`${INDEX} names a script with "<" in its path.`);
  const list = `<script type="application/json" id="${APP_SCRIPTS_ID}">${JSON.stringify(scripts)}</script>`;
  // Before the stylesheets: an inline script after a stylesheet would wait for it to load.
  return index
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace('</title>', () => `</title>\n    ${list}\n    <script>${FIRST_VIEW_SCRIPT}</script>`)
    .replace(EMPTY_APP, () => `<div id="app" ${FIRST_VIEW_ATTRIBUTE}="${briefingId}">${view}</div>`);
}

async function main(): Promise<void> {
  const read = await readBriefingFile(join(ROOT, BUNDLED_BRIEFING), { kind: 'bundled' });
  if (!read.ok) throw new Error(`The bundled briefing could not be read: ${read.problems.join('; ')}`);
  const vite = await createServer({ configFile: false, root: ROOT, plugins: [svelte()], appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, logLevel: 'error' });
  try {
    const { renderFirstView } = (await vite.ssrLoadModule('/renderer/src/first-view/render-first-view.ts')) as typeof import('../renderer/src/first-view/render-first-view');
    writeFileSync(INDEX, withFirstView(readFileSync(INDEX, 'utf8'), renderFirstView(read.payload), read.payload.briefing.id));
  } finally {
    await vite.close();
  }
  console.log(`Wrote the bundled briefing's first view into ${INDEX}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
