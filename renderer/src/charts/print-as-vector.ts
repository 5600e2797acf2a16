/**
 * A chart on paper prints as paths and text, not as a picture. Chromium prints a canvas from the
 * drawing it recorded rather than from its pixels when nothing of it has been shown on screen
 * (Blink's vector printing of 2D canvases) — and when nothing in that recording clears: a clear
 * (`clearRect`, `reset()`, a new size of a canvas already drawn on) is recorded too, as a draw in
 * the *clear* blend mode, and Chromium's PDF writer then turns everything painted before it on the
 * page into one form drawn inside the chart's Figure, which loses the page's tags.
 *
 * So when printing begins (`beforeprint`, which Chromium fires as it starts to print, for
 * `printToPDF` and the print dialog alike), the chart is drawn
 * again on a new canvas that has never been drawn on, put in place of the one shown, by a chart
 * that does not clear first (there is nothing to clear; Chart.js sizes the canvas before its first
 * draw, which records nothing); when printing ends (`afterprint`, or the next `beforeprint` if that
 * never came), the shown canvas is put back. The PDF then holds the chart's bars, lines and labels
 * as paths and text in the chart's own fonts (the derived bars' hatch is a pattern of one small
 * tile, drawn at the page's 3×), tagged as the Figure the canvas is (the copy has its role, name and
 * description): sharp at any zoom, its words selectable, found by search and read back by tools,
 * and a fraction of the bytes of a 300 ppi picture, with no picture for Chromium to compress. A
 * recording has no resolution of its own, so the copy is drawn at one device pixel per CSS pixel:
 * the print costs Chart.js's drawing only, not a new 300 ppi bitmap.
 */
import { Chart, type ChartConfiguration, type Plugin } from 'chart.js';

/** A chart that never clears its canvas: for a canvas nothing has been drawn on, where a clear would only be recorded. */
class NonClearingChart extends Chart<'bar'> {
  override clear(): this {
    return this;
  }
}

/** For a chart on paper: drawn again for every print, as described above, with the configuration `printConfig` gives. */
export function printAsVector(printConfig: () => ChartConfiguration<'bar'>): Plugin<'bar'> {
  let restoreShown: (() => void) | undefined;
  let listeners: { before: () => void; after: () => void } | undefined;
  const putBack = () => {
    restoreShown?.();
    restoreShown = undefined;
  };
  return {
    id: 'printAsVector',
    install(chart) {
      const before = () => {
        putBack();
        const shown = chart.canvas;
        const copy = shown.cloneNode(false) as HTMLCanvasElement; // its role, name, description and size on the page
        copy.width = chart.width;
        copy.height = chart.height;
        const display = shown.style.display;
        let printChart: Chart<'bar'> | undefined;
        restoreShown = () => {
          printChart?.destroy();
          copy.remove();
          shown.style.display = display;
        };
        shown.after(copy);
        shown.style.display = 'none';
        try {
          const config = printConfig();
          // At the shown chart's size, and still: no pointer events, so nothing draws it again over itself.
          if (config.options) Object.assign(config.options, { responsive: false, events: [] });
          printChart = new NonClearingChart(copy, config);
        } catch (error) {
          putBack(); // print the chart shown, as a picture, rather than nothing
          throw error;
        }
      };
      listeners = { before, after: putBack };
      addEventListener('beforeprint', listeners.before);
      addEventListener('afterprint', listeners.after);
    },
    uninstall() {
      putBack();
      if (listeners) {
        removeEventListener('beforeprint', listeners.before);
        removeEventListener('afterprint', listeners.after);
      }
      listeners = undefined;
    },
  };
}
