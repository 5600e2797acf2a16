/**
 * The reveal.js baseline: the app's deck (as `extractDeck` took it) as a reveal.js 6 presentation,
 * served from node_modules by the bench's server. Each reveal.js slide holds the app's rendered
 * stage, styled by the app's own stylesheets, at the stage's size (reveal.js's `width`/`height`,
 * no margin, no transition: the app has none either). Charts are drawn as a reveal.js user draws
 * them: Chart.js's UMD build, the same version and the same configuration as the app's, a chart
 * created when its slide is shown (`ready`, `slidechanged`) and destroyed when it is left, as the app
 * does. With `?print-pdf` reveal.js lays the deck out one slide to a page; the slides are then laid
 * out at the app's handout size (`printScale` of the stage, by CSS zoom, as the app's handout does)
 * and the charts drawn still at three device pixels per CSS pixel, as the app prints them.
 */
import type { ExtractedDeck } from './deck-extract';
import type { BenchServer } from './server';
import { hatch } from '../../renderer/src/charts/hatch';

export const REVEAL_DECK_PATH = '/bench-reveal/deck.html';

interface DeckArgs {
  width: number;
  height: number;
  printScale: number;
  charts: Record<string, string>;
}

interface ChartLike {
  destroy(): void;
  data: { datasets: { data: unknown[] }[] };
  ctx: CanvasRenderingContext2D;
  options: { indexAxis?: string };
  getDatasetMeta(i: number): { hidden: boolean; data: { x: number; y: number }[] };
}
type ChartConfig = { data?: { datasets?: { backgroundColor?: unknown; borderColor?: unknown }[] }; options?: Record<string, unknown>; plugins?: unknown[] };
interface RevealEvent {
  previousSlide?: Element;
  currentSlide?: Element;
}
interface RevealApi {
  initialize(config: Record<string, unknown>): Promise<void>;
  on(type: string, listener: (event: RevealEvent) => void): void;
  getCurrentSlide(): Element | undefined;
}

/** In the reveal.js page: a plugin writing each bar's value at its end, as the app's charts do. */
function valueLabels(): { id: string; afterDatasetsDraw(chart: ChartLike): void } {
  return {
    id: 'benchValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = chart.options.indexAxis === 'y';
      ctx.save();
      ctx.font = "600 22px 'Inter Variable', system-ui, sans-serif";
      ctx.fillStyle = '#1b1f27';
      ctx.textBaseline = horizontal ? 'middle' : 'bottom';
      ctx.textAlign = horizontal ? 'right' : 'center';
      chart.data.datasets.forEach((dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => ctx.fillText(String(dataset.data[i]), horizontal ? bar.x - 8 : bar.x, horizontal ? bar.y : bar.y - 6));
      });
      ctx.restore();
    },
  };
}

/** The reveal.js page's own script (deck.js), given the two helpers above. Self-contained. */
function revealDeckScript(args: DeckArgs, fill: typeof hatch, labels: ReturnType<typeof valueLabels>): void {
  const w = window as unknown as { Reveal: RevealApi; Chart: new (canvas: HTMLCanvasElement, config: ChartConfig) => ChartLike };
  const print = /print-pdf/i.test(location.search);
  const live = new Map<HTMLCanvasElement, ChartLike>();
  const draw = (canvas: HTMLCanvasElement, pixelRatio?: number): void => {
    const config = JSON.parse(args.charts[canvas.dataset['benchChart'] ?? ''] ?? 'null') as ChartConfig | null;
    if (!config) return;
    config.data?.datasets?.forEach((d) => {
      if (d.backgroundColor && typeof d.backgroundColor === 'object') d.backgroundColor = fill('#b5d3e7', '#1b1f27');
    });
    if (pixelRatio) config.options = { ...config.options, devicePixelRatio: pixelRatio, animation: false };
    config.plugins = [labels];
    live.set(canvas, new w.Chart(canvas, config));
  };
  const charts = (root?: Element) => [...(root?.querySelectorAll<HTMLCanvasElement>('canvas[data-bench-chart]') ?? [])];
  const frames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const reveal = w.Reveal;
  if (print) document.documentElement.classList.add('bench-print');
  reveal.on('slidechanged', (event) => {
    charts(event.previousSlide).forEach((c) => {
      live.get(c)?.destroy();
      live.delete(c);
    });
    charts(event.currentSlide).forEach((c) => draw(c));
  });
  reveal.on('pdf-ready', () => {
    charts(document.body).forEach((c) => draw(c, 3));
    void document.fonts.ready.then(frames).then(() => (document.body.dataset['printReady'] = 'true'));
  });
  const scale = print ? args.printScale : 1;
  const config = { width: args.width * scale, height: args.height * scale, margin: 0, center: false, transition: 'none', backgroundTransition: 'none' };
  void reveal.initialize({ ...config, controls: false, progress: false, hash: false, history: false, slideNumber: false, pdfMaxPagesPerSlide: 1 }).then(async () => {
    if (print) return;
    charts(reveal.getCurrentSlide()).forEach((c) => draw(c));
    await frames();
    document.body.dataset['benchReady'] = 'true';
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function revealDeckHtml(deck: ExtractedDeck): string {
  const attributes = Object.entries(deck.htmlAttributes).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  const sheets = ['/bench-lib/reveal/reveal.css', ...deck.stylesheets, '/bench-reveal/deck.css'];
  const slides = deck.slides.map((s) => `<section data-bench-slide="${s.index}">${s.html}</section>`);
  return [
    `<!DOCTYPE html>\n<html${attributes}><head><meta charset="utf-8"><title>The same deck in reveal.js</title>`,
    ...sheets.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
    '</head><body><div class="reveal"><div class="slides">',
    ...slides,
    '</div></div>',
    '<script src="/bench-lib/chart.js/chart.umd.min.js"></script>',
    '<script src="/bench-lib/reveal/reveal.js"></script>',
    '<script src="/bench-reveal/deck.js"></script>',
    '</body></html>',
  ].join('\n');
}

function revealDeckCss(deck: ExtractedDeck, printScale: number): string {
  return [
    '.reveal .slides > section { padding: 0; }',
    // reveal.js's own slide number has the app's class name; undo what reveal.js gives it.
    '.bench-stage .slide-number { z-index: auto; background-color: transparent; padding: 0; font-family: inherit; line-height: inherit; }',
    `.bench-stage { position: relative !important; left: 0 !important; top: 0 !important; transform: none !important; width: ${deck.width}px; height: ${deck.height}px; }`,
    `html.bench-print .bench-stage { zoom: ${printScale}; }`,
  ].join('\n');
}

/** Puts the deck's page, script and styles on the bench server; returns the page's path. */
export function serveRevealDeck(server: BenchServer, deck: ExtractedDeck, printScale: number): string {
  const args: DeckArgs = { width: deck.width, height: deck.height, printScale, charts: Object.assign({}, ...deck.slides.map((s) => s.charts)) };
  const script = `globalThis.__name ??= (fn) => fn;\n(${revealDeckScript.toString()})(${JSON.stringify(args)}, ${hatch.toString()}, (${valueLabels.toString()})());\n`;
  server.put(REVEAL_DECK_PATH, { body: revealDeckHtml(deck), typeOf: 'deck.html', revealPolicy: true });
  server.put('/bench-reveal/deck.js', { body: script, typeOf: 'deck.js', revealPolicy: true });
  server.put('/bench-reveal/deck.css', { body: revealDeckCss(deck, printScale), typeOf: 'deck.css', revealPolicy: true });
  return REVEAL_DECK_PATH;
}
