/**
 * The bundled briefing's first view, rendered to HTML at build time (scripts/build-first-view.ts) by
 * the app itself — its root component with the briefing already in, as `main.ts` hydrates it — so
 * the page can paint the overview before its script has run.
 */
import { render } from 'svelte/server';
import type { BriefingPayload } from '../../../electron/shared/ipc-contract';
import App from '../App.svelte';

export function renderFirstView(payload: BriefingPayload): string {
  return render(App, { props: { api: undefined, initial: payload } }).body;
}
