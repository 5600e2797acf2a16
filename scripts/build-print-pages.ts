/**
 * Writes the bundled briefing's summary into print pages (`out/renderer/print-summary-a4.html`, …;
 * names in electron/shared/print-pages.ts), so a print window for it loads what a static page
 * would — markup, stylesheets, fonts — plus one small script that draws the charts and says the
 * document is ready, instead of starting the whole app to render the same document.
 *
 * The markup is rendered by the app's own components (Svelte's server renderer, through Vite, with
 * the class names of the built stylesheets); the page links the stylesheets the app's print route
 * loads (from the build's manifest), in the same order, and preloads the text font's files. The
 * style attributes the components write (the paper's width, a long chart's height) and what
 * `PrintDocument` sets on the root (the running header's texts) go to a stylesheet of the page's
 * own, since the Content-Security-Policy refuses inline styles. The script is built here, on its
 * own, so the app's chunks stay as they are. Run by `npm run build`, after `electron-vite build`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { build, createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Rollup } from 'vite';
import { BUNDLED_BRIEFING, readBriefingFile } from '../electron/main/briefing-files';
import { META_CONTENT_SECURITY_POLICY } from '../electron/main/content-security-policy';
import { PAPER_SIZES } from '../electron/shared/ipc-contract';
import { PRINT_PAGES } from '../electron/shared/print-documents';
import type { RenderedPrintPage } from '../renderer/src/print/print-page/render-print-page';
import { printPageDataBlock } from '../renderer/src/print/print-page/print-page-data';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'out', 'renderer');
const MANIFEST = join(OUT, '.vite', 'manifest.json');
const SCRIPT_ENTRY = join(ROOT, 'renderer', 'src', 'print', 'print-page', 'print-page.ts');

/** A chunk of Vite's build manifest (the fields read here). */
export interface ManifestChunk {
  file: string;
  css?: string[];
  assets?: string[];
  imports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** The Chinese font's rules (lib/chinese-font.ts), which the print documents load at once. */
const CHINESE_FONT_RULES = '../node_modules/@fontsource/noto-sans-sc/400.css';
/** What the app's print route loads, in order: the page's entry, the print document, the summary, and the Chinese font's rules. */
const ROUTE_MODULES = ['index.html', 'src/print/PrintDocument.svelte', 'src/print/PrintSummary.svelte', CHINESE_FONT_RULES];
/** The text font's Latin files in the weights the print documents use (print-modules.ts preloads the same). */
const TEXT_FONT_FILE = /\/inter-latin-(400|500|600|700|800)-normal-[\w-]+\.woff2$/;

/**
 * The stylesheets the app's print route for the summary loads, in the order it loads them (each
 * chunk's imports' before its own, as Vite's loader adds them), the text font's files to preload,
 * and the stylesheet of the Chinese font's rules (whose files a page preloads for its characters).
 */
export function routeFiles(manifest: Manifest): { stylesheets: string[]; textFonts: string[]; chineseFontRules: string } {
  const stylesheets: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build's manifest has no ${key}: build the renderer first (npm run build).`);
    chunk.imports?.forEach(visit);
    if (chunk.file.endsWith('.css')) stylesheets.push(chunk.file);
    chunk.css?.forEach((file) => stylesheets.includes(file) || stylesheets.push(file));
  };
  ROUTE_MODULES.forEach(visit);
  const textFonts = [...new Set(Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.assets ?? [])]).filter((file) => TEXT_FONT_FILE.test(`/${file}`)))].sort();
  if (textFonts.length !== 5) throw new Error(`The build has ${textFonts.length} of the text font's 5 Latin print files (Inter 400–800): build the renderer again.`);
  return { stylesheets, textFonts, chineseFontRules: manifest[CHINESE_FONT_RULES]!.file };
}

/** Whether a CSS `unicode-range` ("U+4E00-4E8F,U+FF03") holds the code point. */
function inUnicodeRange(range: string, codePoint: number): boolean {
  return range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from!, 16) && codePoint <= parseInt(to!, 16);
  });
}

/**
 * The woff2 files of a stylesheet's `@font-face` rules (a font split by Unicode range, as
 * @fontsource ships the Chinese font) that hold the characters of `text`: the few files the page
 * will ask for, to preload from its head instead of finding them at its first layout.
 */
export function fontFilesFor(css: string, text: string): string[] {
  const codePoints = [...new Set(text)].map((c) => c.codePointAt(0)!);
  const files: string[] = [];
  for (const [, rule] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const file = /url\(["']?\.\/([^)"']+\.woff2)["']?\)/.exec(rule!)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(rule!)?.[1];
    if (file && range && codePoints.some((cp) => inUnicodeRange(range, cp))) files.push(file);
  }
  return files;
}

/** A start tag as Svelte's server renderer writes it: every attribute value in double quotes, with `"`, `&` and `<` escaped in it. */
const START_TAG = /<[a-zA-Z][\w:-]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;

/**
 * The server renderer's markup without its hydration markers (comments: nothing hydrates a print
 * page), and with each start tag's style attribute moved to a rule of `css` that the element's
 * `data-print-style` attribute selects. The rule's declarations are `!important`, as an inline
 * style beats every normal rule of the stylesheets (the app's stylesheets set none of these
 * properties `!important`, where the two would differ). Text is never touched: the renderer writes
 * "<" in text as "&lt;", so only real tags match.
 */
export function withoutInlineStyles(markup: string): { markup: string; css: string } {
  const rules = new Map<string, number>();
  const moveStyle = (_match: string, declarations: string) => {
    if (/[&<>]/.test(declarations) || /\([^)]*;/.test(declarations)) throw new Error(`A print page's style attribute holds markup, an entity or a ";" inside parentheses, which this build does not move to a stylesheet: "${declarations}".`);
    const rule = declarations
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => `${d} !important;`)
      .join(' ');
    if (!rules.has(rule)) rules.set(rule, rules.size);
    return ` data-print-style="${rules.get(rule)}"`;
  };
  const moved = markup.replace(/<!--[\s\S]*?-->/g, '').replace(START_TAG, (tag) => tag.replace(/\sstyle="([^"]*)"/, moveStyle));
  return { markup: moved, css: [...rules].map(([rule, n]) => `[data-print-style="${n}"] { ${rule} }`).join('\n') };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export interface PrintPageFiles {
  stylesheets: string[];
  fonts: string[];
  script: string;
  /** The page's own stylesheet (written next to it). */
  ownStylesheet: string;
}

/** A print page's HTML and its own stylesheet's text. */
export function printPageHtml(page: RenderedPrintPage, files: PrintPageFiles): { html: string; css: string } {
  const { markup, css } = withoutInlineStyles(page.body);
  const root = `:root {\n${Object.entries(page.root.properties).map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
  const head = [
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CONTENT_SECURITY_POLICY)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
    `<title>${escapeHtml(page.root.title)}</title>`,
    // The script first (it draws the charts, the last thing the page waits for), then what the
    // first layout needs, then the fonts; the script runs after the stylesheets, as it follows them.
    `<link rel="modulepreload" crossorigin href="./${files.script}" />`,
    ...[...files.stylesheets, files.ownStylesheet].map((sheet) => `<link rel="stylesheet" href="./${sheet}" />`),
    ...files.fonts.map((font) => `<link rel="preload" as="font" type="font/woff2" href="./${font}" crossorigin />`),
    `<script type="module" crossorigin src="./${files.script}"></script>`,
  ];
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(page.root.lang)}" class="${page.root.classes.join(' ')}">`,
    '  <head>',
    ...head.map((line) => `    ${line}`),
    '  </head>',
    '  <body>',
    `    <div id="app">${markup}</div>`,
    `    ${printPageDataBlock(page.data)}`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
  return { html, css: `${root}\n${css}\n` };
}

/** Builds the print pages' script on its own (one file: the app's chunks are left as they are); gives its path under OUT. */
async function buildScript(): Promise<string> {
  const output = (await build({
    configFile: false,
    root: join(ROOT, 'renderer'),
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      rollupOptions: { input: SCRIPT_ENTRY, output: { entryFileNames: 'assets/print-page-[hash].js', format: 'es' } },
    },
  })) as Rollup.RollupOutput;
  const entries = output.output.filter((file) => file.type === 'chunk' && file.isEntry);
  if (entries.length !== 1 || output.output.length !== 1) throw new Error(`The print pages' script should build to one file, not ${output.output.map((f) => f.fileName).join(', ')}.`);
  return entries[0]!.fileName;
}

async function main(): Promise<void> {
  const read = await readBriefingFile(join(ROOT, BUNDLED_BRIEFING), { kind: 'bundled' });
  if (!read.ok) throw new Error(`The bundled briefing could not be read: ${read.problems.join('; ')}`);
  const { stylesheets, textFonts, chineseFontRules } = routeFiles(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest);
  // Read once, here: the manifest is no part of the app (app:// would serve it, and it would ship).
  rmSync(join(OUT, '.vite'), { recursive: true, force: true });
  const chineseCss = readFileSync(join(OUT, chineseFontRules), 'utf8');
  const script = await buildScript();
  const vite = await createServer({ configFile: false, root: ROOT, plugins: [svelte()], appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, logLevel: 'error' });
  try {
    const { renderSummaryPage } = (await vite.ssrLoadModule('/renderer/src/print/print-page/render-print-page.ts')) as typeof import('../renderer/src/print/print-page/render-print-page');
    for (const paper of PAPER_SIZES) {
      const file = PRINT_PAGES.summary?.[paper];
      if (!file) continue;
      const ownStylesheet = file.replace(/\.html$/, '.css');
      const page = renderSummaryPage(read.payload, paper);
      // The Chinese font's files for the characters the summary prints, beside the text font's.
      const fonts = [...textFonts, ...fontFilesFor(chineseCss, page.data.beyondText).map((file) => posix.join(posix.dirname(chineseFontRules), file))];
      const { html, css } = printPageHtml(page, { stylesheets, fonts, script, ownStylesheet });
      writeFileSync(join(OUT, file), html);
      writeFileSync(join(OUT, ownStylesheet), css);
      console.log(`Wrote the bundled briefing's summary (${paper}) into ${join(OUT, file)}`);
    }
  } finally {
    await vite.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
