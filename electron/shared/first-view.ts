/**
 * The bundled briefing's first view, written into `index.html` at build time
 * (scripts/build-first-view.ts) and hydrated or replaced by the app (renderer/src/main.ts), and
 * what it is known by: the attribute on its wrapper, the class the head's script
 * (`first-view-script.ts`) puts on the root when the window shows something else, so that it is
 * never painted there, and what that script reads.
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

/** The main window's address: marked when the window opens a briefing other than the bundled one, whose first view is not in the page. */
export function mainWindowUrl(entryUrl: string, origin: { kind: 'bundled' | 'file' }): string {
  return origin.kind === 'file' ? `${entryUrl}?${OPENED_FILE_QUERY}` : entryUrl;
}
