/**
 * The bundled briefing's first view, written into `index.html` at build time
 * (scripts/build-first-view.ts) and hydrated or replaced by the app (renderer/src/main.ts), and
 * what it is known by: the attribute on its wrapper, the class the head's script puts on the root
 * when the window shows something else, so that it is never painted there, and that script.
 */
/** On the app element, naming the briefing (its id) whose view it holds. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
export const NO_FIRST_VIEW_CLASS = 'no-first-view';
/** In the main window's address when it opens a briefing other than the bundled one. */
export const OPENED_FILE_QUERY = 'briefing=file';
/** Where the reader's theme is remembered (renderer/src/lib/theme.svelte.ts writes it). */
export const THEME_STORAGE_KEY = 'briefing-viewer:theme';

/**
 * The id of the data block in the head of a page with a first view that lists the app's module
 * scripts: its entry first, then the modules the entry imports. The head's script loads them.
 */
export const APP_SCRIPTS_ID = 'app-scripts';
/**
 * How long after the page is parsed the app's script waits at most for the first frame's paint
 * entry: a window that is not on screen (minimised, or never shown) reports none.
 */
export const FIRST_PAINT_WAIT_MS = 1000;

/**
 * The script in the head of `index.html`, inline, so the parser never waits for a fetch. It runs
 * before the first paint:
 * - it applies the theme the reader chose last time;
 * - it hides the first view in a window that will show something else — another route, or a
 *   briefing opened from a file — so only the app's own view is ever painted there;
 * - it loads the app's scripts (listed in the data block before it, `APP_SCRIPTS_ID`): where the
 *   first view is hidden, asked for at once and run once the page is parsed; where it is shown,
 *   asked for and run once its first frame is on screen (Chromium's `paint` entry, which comes
 *   once the frame has been rastered and drawn) and the page is parsed (a frame can come first,
 *   and the app must find the whole view to hydrate), so that fetching, compiling and running them
 *   does not hold that frame back — the view paints as a static page does. The app then hydrates
 *   the view it finds painted. (In Electron the main window is shown on `ready-to-show`, and on
 *   Linux and Windows its frames are presented from then on.)
 * The Content-Security-Policy allows it, and no other inline script, by the SHA-256 of this exact
 * text (`electron/main/content-security-policy.ts`).
 */
export const FIRST_VIEW_SCRIPT = String.raw`(function () {
  var root = document.documentElement;
  try {
    var theme = window.localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* no storage: the system's theme */
  }
  var route = window.location.hash.replace(/^#\/?/, '');
  var opened = /(^\?|&)${OPENED_FILE_QUERY}(&|$)/.test(window.location.search);
  var scripts = JSON.parse(document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)}).textContent);
  var requested = false;
  var started = false;
  function request() {
    if (requested) return;
    requested = true;
    for (var i = 0; i < scripts.length; i++) {
      var preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.crossOrigin = '';
      preload.href = scripts[i];
      document.head.appendChild(preload);
    }
  }
  function run() {
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = scripts[0];
    document.head.appendChild(script);
  }
  function start() {
    if (started) return;
    started = true;
    request();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }
  if (route !== '' || opened) {
    root.classList.add(${JSON.stringify(NO_FIRST_VIEW_CLASS)});
    request();
    document.addEventListener('DOMContentLoaded', start);
    return;
  }
  try {
    new PerformanceObserver(start).observe({ type: 'paint' });
  } catch (e) {
    /* no paint entries: the wait below */
  }
  document.addEventListener('DOMContentLoaded', function () {
    setTimeout(start, ${FIRST_PAINT_WAIT_MS});
  });
})();`;

/** The main window's address: marked when the window opens a briefing other than the bundled one, whose first view is not in the page. */
export function mainWindowUrl(entryUrl: string, origin: { kind: 'bundled' | 'file' }): string {
  return origin.kind === 'file' ? `${entryUrl}?${OPENED_FILE_QUERY}` : entryUrl;
}
