/**
 * The first view's script, written inline into the head of `index.html` by
 * scripts/build-first-view.ts and allowed by the Content-Security-Policy by its hash
 * (electron/main/content-security-policy.ts). Its own module, so the renderer's bundle, which
 * imports the names in `first-view.ts`, does not carry its text.
 */
import { APP_SCRIPTS_ID, FIRST_PAINT_WAIT_MS, NO_FIRST_VIEW_CLASS, OPENED_FILE_QUERY, THEME_STORAGE_KEY } from './first-view';

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
  var hidden = route !== '' || opened;
  if (hidden) root.classList.add(${JSON.stringify(NO_FIRST_VIEW_CLASS)});
  var scripts = [];
  try {
    scripts = JSON.parse(document.getElementById(${JSON.stringify(APP_SCRIPTS_ID)}).textContent);
  } catch (e) {
    /* no list: nothing to load (a build without one has its own module script) */
  }
  if (!scripts.length) return;
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
  if (hidden) {
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
