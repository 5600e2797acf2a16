/*
 * Runs before the first paint (a classic script in index.html's head, written there by
 * scripts/build-first-view.ts with the bundled briefing's first view). It applies the theme the
 * reader chose last time (as lib/theme.svelte.ts remembers it), and hides the first view in a
 * window that will show something else — another route, or a briefing opened from a file — so
 * only the app's own view is ever painted there. Names: electron/shared/first-view.ts.
 */
(function () {
  var root = document.documentElement;
  try {
    var theme = window.localStorage.getItem('briefing-viewer:theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* no storage: the system's theme */
  }
  var route = window.location.hash.replace(/^#\/?/, '');
  var opened = /(^\?|&)briefing=file(&|$)/.test(window.location.search);
  if (route !== '' || opened) root.classList.add('no-first-view');
})();
