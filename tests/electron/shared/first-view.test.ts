import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_ATTRIBUTE, mainWindowUrl, NO_FIRST_VIEW_CLASS, OPENED_FILE_QUERY } from '../../../electron/shared/first-view';
import { THEME_STORAGE_KEY } from '../../../renderer/src/lib/theme.svelte';
import { withFirstView } from '../../../scripts/build-first-view';
import { PROJECT_ROOT } from '../../support/load-bundled';

const BOOT_SCRIPT = readFileSync(join(PROJECT_ROOT, 'renderer', 'public', 'first-view.js'), 'utf8');

/** Runs the head's script in a page at `url` with `stored` as the remembered theme; gives the root's state. */
function boot(url: string, stored: string | null) {
  const attributes = new Map<string, string>();
  const classes = new Set<string>();
  const { hash, search } = new URL(url);
  const window = { location: { hash, search }, localStorage: { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) } };
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value), classList: { add: (name: string) => classes.add(name) } } };
  runInNewContext(BOOT_SCRIPT, { window, document });
  return { theme: attributes.get('data-theme'), hidden: classes.has(NO_FIRST_VIEW_CLASS) };
}

describe('the first view written into the page at build time', () => {
  it('goes into the empty app element, marked, with the script that runs before the first paint', () => {
    const page = withFirstView('<html><head><title>t</title></head><body><div id="app"></div></body></html>', '<main><h1>Overview</h1></main>', 'pilot-ftz-2022');
    expect(page).toContain(`<div id="app" ${FIRST_VIEW_ATTRIBUTE}="pilot-ftz-2022"><main><h1>Overview</h1></main></div>`);
    expect(page).toContain('<script src="./first-view.js"></script>\n  </head>');
    expect(() => withFirstView('<html><head></head><body><div id="app">x</div></body></html>', 'v', 'b')).toThrow(/no empty <div id="app"><\/div>/);
  });

  it('is shown on the overview of the bundled briefing, in the theme remembered, and hidden in a window that shows anything else', () => {
    expect(boot('app://briefing/index.html', 'dark')).toEqual({ theme: 'dark', hidden: false });
    expect(boot('app://briefing/index.html#/', 'light')).toEqual({ theme: 'light', hidden: false });
    expect(boot('app://briefing/index.html#/', 'system')).toEqual({ theme: undefined, hidden: false });
    expect(boot('app://briefing/index.html#/', null)).toEqual({ theme: undefined, hidden: false });
    expect(boot('app://briefing/index.html#/zones', null).hidden).toBe(true);
    expect(boot('app://briefing/index.html#/print/summary?paper=a4', null).hidden).toBe(true);
    expect(boot('app://briefing/index.html#/present/3?audience=1', null).hidden).toBe(true);
    expect(boot(`app://briefing/index.html?${OPENED_FILE_QUERY}`, null).hidden).toBe(true);
  });

  it('is left out of the main window that opens a briefing from a file', () => {
    expect(mainWindowUrl('app://briefing/index.html', { kind: 'bundled' })).toBe('app://briefing/index.html');
    expect(mainWindowUrl('app://briefing/index.html', { kind: 'file' })).toBe(`app://briefing/index.html?${OPENED_FILE_QUERY}`);
  });
});
