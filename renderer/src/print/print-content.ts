/**
 * What the print documents decide from the model before they lay anything out: the running
 * header's texts, where the summary says a headline figure's words (once), the charts it prints
 * (in parts, none taller than a page), the one-page brief's content, and how far the brief may
 * shrink to stay on one page. Pure: no DOM, no Svelte.
 */
import type { Figure, Point } from '../../../electron/shared/briefing-schema';
import type { PrintContent } from '../../../electron/shared/ipc-contract';
import type { BriefingIndex } from '../model/briefing-index';
import { chartParts, type ChartSpec } from '../model/chart-specs';
import type { Page } from '../model/deck-pages';
import { charactersBeyondText } from '../lib/text-coverage';

/** What the running header says this document is. */
export const PRINT_LABELS: Readonly<Record<PrintContent, string>> = { summary: 'Summary', handout: 'Slides', brief: 'Brief' };

/**
 * What a print document sets on the page around it, live (`PrintDocument`) or written at build
 * time (`print-page/render-print-page.ts`): the PDF's title and language, the print scale on the
 * root (which the running header and footer read in the page's context), and the running
 * header's texts as custom properties (print-pages.css).
 */
export interface PrintRoot {
  title: string;
  lang: string;
  classes: readonly string[];
  properties: Readonly<Record<string, string>>;
}

export function printRoot(briefing: { title: string; language: string }, content: PrintContent): PrintRoot {
  return {
    title: briefing.title,
    lang: briefing.language,
    classes: ['scale-print', 'print-root'],
    properties: { '--print-running-title': cssString(briefing.title), '--print-running-label': cssString(PRINT_LABELS[content]) },
  };
}

/**
 * Every character a print document prints that the text font lacks (the zones' Chinese names, any
 * Chinese in quotes, or in the source text the summary prints): asked of the Chinese font at once.
 */
export function charactersBeyondTextFont(index: { briefing: unknown; sourceText: string }, content: PrintContent): string {
  return charactersBeyondText(`${JSON.stringify(index.briefing)}${content === 'summary' ? index.sourceText : ''}`);
}

/** A CSS string literal for `content:` (the running header's texts), whatever the text holds. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\A ')}"`;
}

/** A heading for a progress area, as the summary and the brief write it: "1. Promote high-level opening up". */
export function areaHeading(area: { number: number; title: string }): string {
  return `${area.number}. ${area.title}`;
}

/**
 * The headline figures whose quote the summary prints again under an area (a point that cites
 * the figure quotes the same words, or a sentence holding them), with that area's heading: their
 * cards leave the quote to the point, so the summary says each thing once.
 */
export function figuresQuotedUnderAreas(index: Pick<BriefingIndex, 'briefing' | 'headlineFigures'>): Map<string, string> {
  const quotedAt = new Map<string, string>();
  for (const figure of index.headlineFigures) {
    const area = index.briefing.areas.find((a) => a.points.some((p) => p.quote.includes(figure.quote) && p.figures.includes(figure.id)));
    if (area) quotedAt.set(figure.id, areaHeading(area));
  }
  return quotedAt;
}

export interface BriefArea {
  id: string;
  heading: string;
  /** The area in a sentence or two: its plain summary, or its summary quote, then what it covers. */
  summary: string;
  /** True where `summary` is the briefing's words, printed as a quote. */
  quoted: boolean;
  points: string[];
}

export interface BriefContent {
  figures: Figure[];
  areas: BriefArea[];
  tasks: Point[];
  tasksTitle: string | undefined;
}

/** The brief: the headline figures, the areas in a sentence or two each, and the tasks ahead. */
export function briefContent(index: Pick<BriefingIndex, 'briefing' | 'headlineFigures'>): BriefContent {
  const b = index.briefing;
  return {
    figures: index.headlineFigures,
    areas: b.areas.map((area) => ({
      id: area.id,
      heading: areaHeading(area),
      summary: area.summaryQuote ?? '',
      quoted: Boolean(area.summaryQuote),
      points: area.points.map((p) => p.title),
    })),
    tasks: b.outlook?.tasks ?? [],
    tasksTitle: b.outlook?.title,
  };
}

/** How far the brief may shrink to stay on one page: below this its type would be too small to read. */
export const BRIEF_MIN_SCALE = 0.8;

/**
 * The zoom that puts the brief on one page: 1 when it fits, else the largest step of 0.02 down
 * to `BRIEF_MIN_SCALE` at which it does (zoomed, its lines hold more words, so each step is
 * measured again). `fits` is false when even the smallest type needs a second page: then the
 * brief says so and goes on to it, rather than cutting anything.
 */
export function fitBrief(heightAt: (scale: number) => number, pageHeight: number): { scale: number; fits: boolean } {
  for (let step = 0; ; step++) {
    const scale = Math.round((1 - step * 0.02) * 100) / 100;
    if (heightAt(scale) <= pageHeight) return { scale, fits: true };
    if (scale <= BRIEF_MIN_SCALE) return { scale, fits: false };
  }
}

/**
 * The most categories one printed chart shows. A longer chart prints in parts ("Year-on-year
 * growth (2 of 5)"), each with its own table, so no chart is taller than a page: a horizontal
 * chart takes 4 rem a category, so 8 categories and their table fit a page with room to spare.
 */
export const PRINT_CHART_CATEGORIES = 8;

/** A chart as the summary prints it: the whole chart, or one part of a long one ("(2 of 5)"), with a key unique in the document. */
export interface PrintedChart {
  spec: ChartSpec;
  page?: Page;
  id: string;
}

/** Every chart the summary prints, in order, each long one in parts of at most `PRINT_CHART_CATEGORIES` categories. */
export function printedCharts(model: { charts: readonly ChartSpec[] }): PrintedChart[] {
  return model.charts.flatMap((chart) => chartParts(chart, PRINT_CHART_CATEGORIES).map((part) => ({ ...part, id: `${chart.id}-${part.page?.number ?? 1}` })));
}
