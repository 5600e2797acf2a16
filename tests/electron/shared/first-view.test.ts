import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';
import { APP_SCRIPTS_ID, FIRST_PAINT_WAIT_MS, FIRST_VIEW_ATTRIBUTE, mainWindowUrl, NO_FIRST_VIEW_CLASS, OPENED_FILE_QUERY } from '../../../electron/shared/first-view';
import { FIRST_VIEW_SCRIPT } from '../../../electron/shared/first-view-script';
import { THEME_STORAGE_KEY } from '../../../renderer/src/lib/theme.svelte';
import { withFirstView } from '../../../scripts/build-first-view';
import { PROJECT_ROOT } from '../../support/load-bundled';

const BOOT_SCRIPT = FIRST_VIEW_SCRIPT;

/** What the head's script did in a page at `url` with `stored` as the remembered theme. */
interface Boot {
  theme: string | undefined;
  hidden: boolean;
  /** What it added to the head so far: module preloads and module scripts. */
  added: () => string[];
  /** Fires the page's events and callbacks, as the browser would. */
  fire: { contentLoaded(): void; paintEntry(): void; timers(): number[] };
}

function boot(url: string, stored: string | null, options: { paintEntries?: boolean; list?: string | null } = {}): Boot {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  const { hash, search } = new URL(url);
  const added: { tag: string; rel?: string; href?: string; type?: string; src?: string; crossOrigin: string | null }[] = [];
  const listeners = new Map<string, (() => void)[]>();
  let readyState: DocumentReadyState = 'loading';
  let paintObserver: (() => void) | undefined;
  const timers: { fn: () => void; ms: number }[] = [];
  const window = { location: { hash, search }, localStorage: { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) } };
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value), classList: { add: (name: string) => classes.add(name) } },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
    get readyState() {
      return readyState;
    },
    getElementById: (id: string) => {
      const list = options.list === undefined ? JSON.stringify(SCRIPTS) : options.list;
      return id === APP_SCRIPTS_ID && list !== null ? { textContent: list } : null;
    },
    createElement: (tag: string) => ({ tag, crossOrigin: null }),
    head: { appendChild: (el: (typeof added)[number]) => added.push(el) },
  };
  class PerformanceObserver {
    constructor(private readonly callback: () => void) {}
    observe(options: { type: string }) {
      if (options.type !== 'paint') throw new TypeError(`${options.type}: not an entry type this page observes`);
      paintObserver = this.callback;
    }
  }
  // Without paint entries, constructing the observer throws, as in a browser without the API.
  const globals = {
    window,
    document,
    PerformanceObserver: options.paintEntries === false ? undefined : PerformanceObserver,
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  };
  runInNewContext(BOOT_SCRIPT, globals);
  return {
    theme: attributes.get('data-theme'),
    hidden: classes.has(NO_FIRST_VIEW_CLASS),
    added: () => added.map((el) => (el.tag === 'link' ? `${el.rel} ${el.href}` : `${el.tag} ${el.type} ${el.src}`) + ` crossorigin=${JSON.stringify(el.crossOrigin)}`),
    fire: {
      contentLoaded: () => {
        readyState = 'interactive';
        for (const fn of listeners.get('DOMContentLoaded') ?? []) fn();
      },
      paintEntry: () => paintObserver?.(),
      timers: () => timers.splice(0).map((t) => (t.fn(), t.ms)),
    },
  };
}

const SCRIPTS = ['./assets/index-1.js', './assets/svelte-2.js'];
const PRELOADS = ['modulepreload ./assets/index-1.js crossorigin=""', 'modulepreload ./assets/svelte-2.js crossorigin=""'];
const RUN = 'script module ./assets/index-1.js crossorigin=""';

describe('the first view written into the page at build time', () => {
  it('goes into the empty app element, marked, with the script that runs before the first paint inline ahead of the stylesheets, and the app’s scripts listed for it', () => {
    const head = '<head><title>t</title>\n  <script type="module" crossorigin src="./assets/index-1.js"></script>\n  <link rel="modulepreload" crossorigin href="./assets/svelte-2.js">\n  <link rel="stylesheet" href="./a.css"></head>';
    const page = withFirstView(`<html>${head}<body><div id="app"></div></body></html>`, '<main><h1>Overview</h1></main>', 'pilot-ftz-2022');
    expect(page).toContain(`<div id="app" ${FIRST_VIEW_ATTRIBUTE}="pilot-ftz-2022"><main><h1>Overview</h1></main></div>`);
    expect(page).toContain(
      `<title>t</title>\n    <script type="application/json" id="${APP_SCRIPTS_ID}">["./assets/index-1.js","./assets/svelte-2.js"]</script>\n    <script>${FIRST_VIEW_SCRIPT}</script>\n  <link rel="stylesheet"`,
    );
    expect(page).not.toContain('<script type="module"');
    expect(page).not.toContain('<link rel="modulepreload"');
    expect(() => withFirstView('<html><head><title>t</title></head><body><div id="app">x</div></body></html>', 'v', 'b')).toThrow(/no empty <div id="app"><\/div>/);
    expect(() => withFirstView('<html><head></head><body><div id="app"></div></body></html>', 'v', 'b')).toThrow(/no <title>/);
    expect(() => withFirstView('<html><head><title>t</title></head><body><div id="app"></div></body></html>', 'v', 'b')).toThrow(/0 module scripts in its head/);
  });

  it('has the script written into the built page allowed by the policy by that text’s hash, in the header and the meta tag, and no other inline script', () => {
    const page = readFileSync(join(PROJECT_ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toEqual([FIRST_VIEW_SCRIPT]);
    // Nothing an HTML parser would read differently, nothing outside ASCII to be re-encoded.
    expect(FIRST_VIEW_SCRIPT).toMatch(/^[\x0a\x20-\x7e]+$/);
    expect(FIRST_VIEW_SCRIPT).not.toMatch(/<!--|<script|<\/script/i);
    const hash = `'sha256-${createHash('sha256').update(inline[0]!, 'utf8').digest('base64')}'`;
    const meta = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replaceAll('&#39;', "'");
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
    for (const policy of [CONTENT_SECURITY_POLICY, meta]) expect(policy.split('; ')).toContain(`script-src 'self' ${hash}`);
    // Every other script element in the page is the data block, which is never run.
    expect([...page.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([` type="application/json" id="${APP_SCRIPTS_ID}"`, '']);
  });

  it('is shown on the overview of the bundled briefing, in the theme remembered, and hidden in a window that shows anything else', () => {
    expect(boot('app://briefing/index.html', 'dark')).toMatchObject({ theme: 'dark', hidden: false });
    expect(boot('app://briefing/index.html#/', 'light')).toMatchObject({ theme: 'light', hidden: false });
    expect(boot('app://briefing/index.html#/', 'system')).toMatchObject({ theme: undefined, hidden: false });
    expect(boot('app://briefing/index.html#/', null)).toMatchObject({ theme: undefined, hidden: false });
    expect(boot('app://briefing/index.html#/zones', null).hidden).toBe(true);
    expect(boot('app://briefing/index.html#/print/summary?paper=a4', null).hidden).toBe(true);
    expect(boot('app://briefing/index.html#/present/3?audience=1', null).hidden).toBe(true);
    expect(boot(`app://briefing/index.html?${OPENED_FILE_QUERY}`, null).hidden).toBe(true);
  });

  it('asks for the app’s scripts and runs them once the first view’s first frame is on screen, once only', () => {
    const shown = boot('app://briefing/index.html#/', null);
    shown.fire.contentLoaded();
    expect(shown.added()).toEqual([]);
    shown.fire.paintEntry();
    expect(shown.added()).toEqual([...PRELOADS, RUN]);
    shown.fire.paintEntry();
    expect(shown.fire.timers()).toEqual([FIRST_PAINT_WAIT_MS]);
    expect(shown.added()).toEqual([...PRELOADS, RUN]);
  });

  it('runs them only once the page is parsed when the first frame comes before that', () => {
    const shown = boot('app://briefing/index.html#/', null);
    shown.fire.paintEntry();
    expect(shown.added()).toEqual(PRELOADS);
    shown.fire.contentLoaded();
    expect(shown.added()).toEqual([...PRELOADS, RUN]);
    expect(shown.fire.timers()).toEqual([FIRST_PAINT_WAIT_MS]);
    expect(shown.added()).toEqual([...PRELOADS, RUN]);
  });

  it('runs them anyway a while after the page is parsed where no paint is reported', () => {
    for (const paintEntries of [true, false]) {
      const shown = boot('app://briefing/index.html#/', null, { paintEntries });
      expect(shown.fire.timers()).toEqual([]);
      shown.fire.contentLoaded();
      expect(shown.added()).toEqual([]);
      expect(shown.fire.timers()).toEqual([FIRST_PAINT_WAIT_MS]);
      expect(shown.added()).toEqual([...PRELOADS, RUN]);
    }
  });

  it('asks for them at once and runs them as soon as the page is parsed in a window where the first view is hidden', () => {
    for (const url of ['app://briefing/index.html#/print/summary?paper=a4', `app://briefing/index.html?${OPENED_FILE_QUERY}`]) {
      const hidden = boot(url, null);
      expect(hidden.added()).toEqual(PRELOADS);
      hidden.fire.contentLoaded();
      expect(hidden.added()).toEqual([...PRELOADS, RUN]);
    }
  });

  it('still hides the first view, and loads nothing, where the page has no list of scripts or an unreadable one', () => {
    for (const list of [null, '', '{"not": "a list"}', '[']) {
      const other = boot('app://briefing/index.html#/zones', null, { list });
      other.fire.contentLoaded();
      other.fire.paintEntry();
      expect(other.fire.timers()).toEqual([]);
      expect([other.hidden, other.added()]).toEqual([true, []]);
    }
  });

  it('is left out of the main window that opens a briefing from a file', () => {
    expect(mainWindowUrl('app://briefing/index.html', { kind: 'bundled' })).toBe('app://briefing/index.html');
    expect(mainWindowUrl('app://briefing/index.html', { kind: 'file' })).toBe(`app://briefing/index.html?${OPENED_FILE_QUERY}`);
  });
});
