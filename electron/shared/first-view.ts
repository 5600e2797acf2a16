/**
 * The bundled briefing's first view, written into `index.html` at build time
 * (scripts/build-first-view.ts) and replaced by the mounted app (renderer/src/main.ts), and what it
 * is known by: the attribute on its wrapper, the class the head's script (`renderer/public/`) puts
 * on the root when the window shows something else, so that it is never painted there, and that
 * script's file.
 */
/** On the app element, naming the briefing (its id) whose view it holds. */
export const FIRST_VIEW_ATTRIBUTE = 'data-first-view';
export const NO_FIRST_VIEW_CLASS = 'no-first-view';
export const FIRST_VIEW_SCRIPT = 'first-view.js';
/** In the main window's address when it opens a briefing other than the bundled one. */
export const OPENED_FILE_QUERY = 'briefing=file';

/** The main window's address: marked when the window opens a briefing other than the bundled one, whose first view is not in the page. */
export function mainWindowUrl(entryUrl: string, origin: { kind: 'bundled' | 'file' }): string {
  return origin.kind === 'file' ? `${entryUrl}?${OPENED_FILE_QUERY}` : entryUrl;
}
