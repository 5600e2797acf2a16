import { mount } from 'svelte';
import '@fontsource-variable/inter/wght.css';
import './styles/tokens.css';
import './styles/global.css';
import App from './App.svelte';
import { getBriefingApi } from './lib/briefing-api';
import { loadChineseFont } from './lib/chinese-font';
import { prefetchPrint } from './print/print-modules';

// A print window asks for the print document's code and fonts now, beside the briefing.
prefetchPrint(window.location.hash);

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the app in.');
mount(App, { target, props: { api: getBriefingApi() } });
// The zones' Chinese names: after the first view has painted.
requestAnimationFrame(() => setTimeout(() => void loadChineseFont()));
