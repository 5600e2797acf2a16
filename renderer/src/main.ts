import { hydrate, mount } from 'svelte';
import '@fontsource-variable/inter/wght.css';
import './styles/tokens.css';
import './styles/global.css';
import type { BriefingViewerApi } from '../../electron/shared/ipc-contract';
import App from './App.svelte';
import { getBriefingApi } from './lib/briefing-api';
import { loadChineseFont } from './lib/chinese-font';
import { FIRST_VIEW_ATTRIBUTE, NO_FIRST_VIEW_CLASS } from '../../electron/shared/first-view';
import { prefetchPrint } from './print/print-modules';

// A print window asks for the print document's code and fonts now, beside the briefing.
prefetchPrint(window.location.hash);

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the app in.');
const api = getBriefingApi();
const afterFirstPaint = () => requestAnimationFrame(() => setTimeout(() => void loadChineseFont()));

/**
 * The first view written into the page at build time (the bundled briefing's overview) is
 * hydrated, once the briefing is in and is the one it shows: the same elements, made live. (The
 * head's script starts this script once that view is on screen: `FIRST_VIEW_SCRIPT`.)
 * Otherwise — a window that shows something else (where it was never painted), another
 * briefing, or none — the app is mounted in its place.
 */
function start(app: HTMLElement, briefingApi: BriefingViewerApi | undefined): void {
  const shows = app.getAttribute(FIRST_VIEW_ATTRIBUTE);
  const hidden = document.documentElement.classList.contains(NO_FIRST_VIEW_CLASS);
  if (shows !== null && !hidden && briefingApi) {
    const request = briefingApi.getBriefing();
    const replace = () => finish(app, () => (app.replaceChildren(), mount(App, { target: app, props: { api: briefingApi, request } })));
    request.then(
      (payload) => (payload.briefing.id === shows ? finish(app, () => hydrate(App, { target: app, props: { api: briefingApi, initial: payload } })) : replace()),
      // The app says what went wrong, from the same request.
      replace,
    );
    return;
  }
  if (shows !== null) app.replaceChildren();
  finish(app, () => mount(App, { target: app, props: { api: briefingApi } }));
}

function finish(app: HTMLElement, show: () => unknown): void {
  show();
  app.removeAttribute(FIRST_VIEW_ATTRIBUTE);
  // The zones' Chinese names: after the first view has painted.
  afterFirstPaint();
}

start(target, api);
