/**
 * The bundled briefing's first view, rendered to HTML at build time (scripts/build-first-view.ts) by
 * the app itself — its root component with the briefing already in, as `main.ts` hydrates it — so
 * the page can paint the overview before its script has run.
 */
import { render } from 'svelte/server';
import type { BriefingPayload, BriefingViewerApi } from '../../../electron/shared/ipc-contract';
import App from '../App.svelte';

/**
 * The page has the contract's API whenever it runs (the preload's, or the tests' browser one), and
 * the first view shows what depends on it (the app bar's Export PDF button). Rendering calls none of
 * its methods: they are called by effects and handlers, which do not run here.
 */
const API_PRESENT = {} as BriefingViewerApi;

export function renderFirstView(payload: BriefingPayload): string {
  return render(App, { props: { api: API_PRESENT, initial: payload } }).body;
}
