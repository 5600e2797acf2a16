import { mount } from 'svelte';
import '@fontsource-variable/inter/wght.css';
// Noto Sans SC split by Unicode range: a page loads only the few small files holding the
// characters it shows (the zones' Chinese names), not the whole 1 MB face. Bold is synthesised.
import '@fontsource/noto-sans-sc/400.css';
import './styles/tokens.css';
import './styles/global.css';
import App from './App.svelte';
import { getBriefingApi } from './lib/briefing-api';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the app in.');
mount(App, { target, props: { api: getBriefingApi() } });
