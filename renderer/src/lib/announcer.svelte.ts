/**
 * The app's polite live region, as state: what it says now. Lives as long as the app (created in
 * App.svelte), so the region is in the page before anything is said in it, which screen readers
 * need to hear a change. Inside a modal dialog the page behind is inert and its live region is
 * not heard: dialogs keep their own (the search's result count).
 */
export class Announcer {
  message = $state('');
  /** How many views have been shown; the first (the app opening) is not announced. */
  private viewsShown = 0;

  /** Says the text; the same text twice in a row is said again (a no-break space makes it a change). */
  announce(text: string): void {
    this.message = text === this.message ? `${text}\u00a0` : text;
  }

  /** A reading view was shown: true (and announced) unless it is the first the app opens with. */
  viewShown(text: string): boolean {
    this.viewsShown += 1;
    if (this.viewsShown === 1) return false;
    this.announce(text);
    return true;
  }
}
