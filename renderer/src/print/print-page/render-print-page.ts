/**
 * A print page's parts, rendered at build time (scripts/build-print-pages.ts) by the app's own
 * components through Svelte's server renderer: the summary's markup with the same class names as
 * the built stylesheets, what `PrintDocument` would set on the page around it (title, language,
 * running header), and the data its script draws the charts from.
 */
import { render } from 'svelte/server';
import type { BriefingPayload, PaperSize } from '../../../../electron/shared/ipc-contract';
import { buildBriefingModel } from '../../model/briefing-model';
import { charactersBeyondText } from '../../lib/text-coverage';
import { cssString, PRINT_LABELS, printedCharts } from '../print-content';
import type { PrintPageData } from './print-page-data';
import SummaryPage from './SummaryPage.svelte';

export interface RenderedPrintPage {
  title: string;
  lang: string;
  /** Custom properties of the root element (the running header's texts, read by print-pages.css). */
  rootProperties: Record<string, string>;
  /** The document's markup, for the page's `#app` element. */
  body: string;
  data: PrintPageData;
}

export function renderSummaryPage(payload: BriefingPayload, paper: PaperSize): RenderedPrintPage {
  const model = buildBriefingModel(payload);
  const { briefing } = model;
  return {
    title: briefing.title,
    lang: briefing.language,
    rootProperties: { '--print-running-title': cssString(briefing.title), '--print-running-label': cssString(PRINT_LABELS.summary) },
    body: render(SummaryPage, { props: { model, paper } }).body,
    data: {
      charts: printedCharts(model).map((chart) => chart.spec),
      // As PrintDocument asks: everything the summary prints (the briefing and its source text).
      beyondText: charactersBeyondText(`${JSON.stringify(briefing)}${model.sourceText}`),
    },
  };
}
