/**
 * The script of a print page written at build time (the bundled briefing's summary, see
 * scripts/build-print-pages.ts): its markup, styles and fonts are in the page already, as in a
 * static page, so all that is left is what a static page cannot hold — the charts, drawn into its
 * empty canvases once their fonts are in — and saying the document is ready, as `PrintDocument`
 * does. No app, no briefing request, no Svelte.
 */
import { drawOnPaper } from '../../charts/chart-drawing';
import { loadPrintFonts, signalPrintReady } from '../print-ready';
import { readPrintPageData } from './print-page-data';

const data = readPrintPageData(document);
const fontsLoading = loadPrintFonts(data.beyondText);
const boxes = [...document.querySelectorAll<HTMLElement>('[data-chart-canvas]')];
if (boxes.length !== data.charts.length) throw new Error(`The print page has ${boxes.length} chart boxes for ${data.charts.length} charts: build the app again (npm run build).`);
boxes.forEach((host, i) => {
  const canvas = host.querySelector('canvas');
  // Drawn as soon as every chart is queued and the fonts are in, not at the next frame: a hidden
  // print window need not paint the page first (the measuring lays it out).
  if (canvas) drawOnPaper(canvas, host, { spec: data.charts[i]!, variant: 'print' }, () => {}, queueMicrotask);
});
void signalPrintReady(document, () => fontsLoading);
