/**
 * A print page's parts, rendered at build time (scripts/build-print-pages.ts) by the app's own
 * components through Svelte's server renderer: the summary's markup with the same class names as
 * the built stylesheets, what `PrintDocument` would set on the page around it (title, language,
 * running header), and the data its script draws the charts from.
 */
import { render } from 'svelte/server';
import type { BriefingPayload, PaperSize } from '../../../../electron/shared/ipc-contract';
import { buildBriefingModel } from '../../model/briefing-model';
import { charactersBeyondTextFont, printedCharts, printRoot, type PrintRoot } from '../print-content';
import type { PrintPageData } from './print-page-data';
import SummaryPage from './SummaryPage.svelte';

export interface RenderedPrintPage {
  /** What `PrintDocument` sets on the page around it, written into the page instead. */
  root: PrintRoot;
  /** The document's markup, for the page's `#app` element. */
  body: string;
  data: PrintPageData;
}

export function renderSummaryPage(payload: BriefingPayload, paper: PaperSize): RenderedPrintPage {
  const model = buildBriefingModel(payload);
  return {
    root: printRoot(model.briefing, 'summary'),
    body: render(SummaryPage, { props: { model, paper } }).body,
    data: { charts: printedCharts(model).map((chart) => chart.spec), beyondText: charactersBeyondTextFont(model, 'summary') },
  };
}
