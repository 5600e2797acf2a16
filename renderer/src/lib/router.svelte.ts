/**
 * The current route, kept in step with the window's hash. Navigation is ordinary hash
 * navigation, so the browser's (and Electron's) back and forward work as people expect.
 * Create it while a component initialises: its hashchange listener lives as long as that
 * component and is removed with it.
 */
import { on } from 'svelte/events';
import { parseRoute, routeHash, type Route } from './routes';

export class Router {
  current = $state<Route>({ name: 'overview' });

  /** `win` is absent where the first view is rendered at build time (scripts/build-first-view.ts): there, the overview. */
  constructor(private readonly win: Window = globalThis.window) {
    this.current = parseRoute(win?.location.hash ?? '');
    $effect(() =>
      on(win, 'hashchange', () => {
        this.current = parseRoute(win.location.hash);
      }),
    );
  }

  /**
   * Shows a route as a new history entry. The route changes at once, not when the (asynchronous)
   * hashchange arrives, so nothing the old view still had scheduled can act in between.
   */
  go(route: Route): void {
    const hash = routeHash(route);
    if (this.win.location.hash !== hash) this.win.location.hash = hash;
    this.current = parseRoute(hash);
  }

  /** Shows a route without adding a history entry (e.g. each slide while presenting). */
  replace(route: Route): void {
    const hash = routeHash(route);
    if (this.win.location.hash === hash) return;
    this.win.history.replaceState(this.win.history.state, '', hash);
    this.current = route;
  }

  back(): void {
    this.win.history.back();
  }

  forward(): void {
    this.win.history.forward();
  }
}
