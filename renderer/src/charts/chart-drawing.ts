/**
 * A chart drawn on its canvas: Chart.js with the app's configuration (chart-config.ts) in a theme
 * read from the page, derived series hatched, and the box marked `data-drawn` once the drawing is
 * complete. Used by `ChartCanvas.svelte` and by the print pages written at build time
 * (`print/print-page/print-page.ts`), which draw their charts without the app around them.
 */
import { animator, BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { buildChartConfig, chartFonts, chartFontSizes, type ChartTheme, type ChartVariant } from './chart-config';
import { drawTogether, type DrawSchedule } from './draw-together';
import { readChartTheme } from './chart-theme';
import { hatch } from './hatch';
import { printAsVector } from './print-as-vector';
import type { ChartSpec } from '../model/chart-specs';

// What every chart draws. ChartCanvas adds the tooltip (on screen a bar tells its value on hover);
// the print pages' script does without it (a chart on paper shows no tooltip).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

export type BarChart = Chart<'bar'>;

/** Marks the box `data-drawn` once the chart is fully drawn (animation over), for printing and tests. */
function drawnMarker(target: HTMLElement): Plugin<'bar'> {
  return {
    id: 'drawnMarker',
    afterRender: (chart) => {
      if (!animator.running(chart)) target.dataset['drawn'] = 'true';
    },
  };
}

export interface ChartRequest {
  spec: ChartSpec;
  variant: ChartVariant;
  /** Draw at this many device pixels per CSS pixel, still (for printing a slide sharply). */
  pixelRatio?: number | undefined;
}

/** What to draw a chart at other than its request says: device pixels per CSS pixel (still, when given), and how finely its hatch's tile is drawn. */
interface DrawingOverrides {
  pixelRatio?: number | undefined;
  tileScale?: number;
}

/** The chart's Chart.js configuration: `request` in `theme`, drawn as `drawing` says (by default, as the request asks). */
function chartConfiguration(request: ChartRequest, theme: ChartTheme, drawing: DrawingOverrides = {}): ChartConfiguration<'bar'> {
  const { spec, variant } = request;
  const pixelRatio = drawing.pixelRatio ?? request.pixelRatio;
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const config = buildChartConfig(spec, variant, theme, { reducedMotion });
  if (pixelRatio && config.options) {
    config.options.devicePixelRatio = pixelRatio;
    config.options.animation = false;
  }
  // The hatch's tile at the chart's own resolution, so it is as sharp as the bars (on paper, 3×; on screen, the screen's).
  const tileScale = drawing.tileScale ?? drawnRatio(config);
  config.data.datasets.forEach((dataset, i) => {
    if (spec.series[i]?.derived) dataset.backgroundColor = hatch(String(dataset.backgroundColor), theme.ink, tileScale);
  });
  return config;
}

/** The device pixels per CSS pixel a configuration draws at, as a whole number. */
function drawnRatio(config: ChartConfiguration<'bar'>): number {
  return Math.max(1, Math.round(config.options?.devicePixelRatio ?? globalThis.devicePixelRatio));
}

/** The chart, drawn in `theme` on `target` inside `host`; at a fixed `size` (CSS pixels) for paper, else sized by its box. */
export function createChart(target: HTMLCanvasElement, host: HTMLElement, request: ChartRequest, theme: ChartTheme, size?: { width: number; height: number }): BarChart {
  delete host.dataset['drawn'];
  const config = chartConfiguration(request, theme);
  if (size && config.options) {
    // Paper: the page does not change size, so Chart.js need not measure or watch it.
    config.options.responsive = false;
    target.width = size.width;
    target.height = size.height;
  }
  // On paper, printing draws the chart again as paths and text (print-as-vector.ts): at one device
  // pixel per CSS pixel (a recording has no resolution of its own), its hatch as fine as on the page.
  const printConfig = () => chartConfiguration(request, theme, { pixelRatio: 1, tileScale: drawnRatio(config) });
  config.plugins = [...(config.plugins ?? []), drawnMarker(host), ...(isPaperChart(request) ? [printAsVector(printConfig)] : [])];
  // The smallest text the chart draws, in CSS pixels: checked like any other text on a slide.
  host.dataset['minFontPx'] = String(Math.min(...chartFontSizes(config, theme)));
  return new Chart(target, config);
}

/** Whether a chart is drawn still, for paper: print, or a slide drawn at a fixed pixel ratio for the handout. */
export function isPaperChart(request: ChartRequest): boolean {
  return request.variant === 'print' || request.pixelRatio !== undefined;
}

/**
 * Draws a chart for paper with every other chart of the document (draw-together.ts): its size and
 * theme are read with the others', then it is drawn once its fonts are in, at the next frame or when
 * `schedule` says. `show` gets the chart; the function returned takes it back if it has not been drawn yet.
 */
export function drawOnPaper(target: HTMLCanvasElement, host: HTMLElement, request: ChartRequest, show: (chart: BarChart) => void, schedule?: DrawSchedule): () => void {
  let theme: ChartTheme | undefined;
  let size = { width: 0, height: 0 };
  return drawTogether({
    fonts: () => chartFonts(request.spec, getComputedStyle(host).fontFamily),
    measure: () => {
      theme = readChartTheme(host);
      size = { width: host.clientWidth, height: host.clientHeight };
    },
    draw: () => show(createChart(target, host, request, theme!, size)),
  }, schedule);
}

/** The height of a chart's box where the chart sets it (a horizontal chart grows with its categories), in rem. */
export function chartBoxHeightRem(spec: ChartSpec, variant: ChartVariant): number | undefined {
  return variant !== 'projector' && spec.horizontal ? Math.max(8, spec.categories.length * 4 + (spec.series.length > 1 ? 5 : 3)) : undefined;
}
