import { mount } from 'svelte';
import '@fontsource-variable/inter/wght.css';
import '@fontsource/noto-sans-sc/chinese-simplified-400.css';
import '@fontsource/noto-sans-sc/chinese-simplified-700.css';
import './styles/global.css';
import App from './App.svelte';
import { getBriefingApi } from './lib/briefing-api';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the app in.');
mount(App, { target, props: { api: getBriefingApi() } });
