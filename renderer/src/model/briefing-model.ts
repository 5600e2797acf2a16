/**
 * The briefing model: everything the app shows of one opened briefing, built once from the
 * validated payload — the index (figures, points, zones by id), the derived figures, the chart
 * specs, the slide deck, the source paragraphs with quote locations and the search entries.
 * Reading views, slides, print documents and exports only display it, so a new figure or chart
 * reaches every output from here. Pure: no DOM, no Svelte; the renderer provides it to the tree
 * through `model-context.ts`.
 *
 * The parts other than the index are built on first use and then kept, so opening the overview
 * does not pay for the deck, and presenting twice does not build it twice.
 */
import type { BriefingOrigin, BriefingPayload } from '../../../electron/shared/ipc-contract';
import { indexBriefing, type BriefingIndex } from './briefing-index';
import { chartSpecs, type ChartSpec } from './chart-specs';
import { buildDeck, type Slide } from './deck';
import { deriveFigures, type DerivedFigure } from './derived-figures';
import { buildSearchIndex, type SearchResult } from './search-index';
import { locateInParagraphs, sourceParagraphs, type QuoteLocation, type SourceParagraph } from './source-text';
import { zoneMapLayout, type ZoneMapLayout } from './zone-map';

export interface BriefingModel extends BriefingIndex {
  sourceText: string;
  origin: BriefingOrigin;
  /** Every derived figure, in the order of the stated figures they come from. */
  readonly derived: DerivedFigure[];
  /** The derived figures computed from one stated figure. */
  derivedFor(figureId: string): DerivedFigure[];
  /** The charts the data supports, in the order the app shows them. */
  readonly charts: ChartSpec[];
  chart(id: string): ChartSpec | undefined;
  /** The zones' tile map; null when no zone has a tile. */
  readonly zoneMap: ZoneMapLayout | null;
  /** The slides, in order. */
  readonly deck: Slide[];
  readonly sourceParagraphs: SourceParagraph[];
  /** Where a quoted item (see `quoted`) stands in the source paragraphs; null if it spans two. */
  quoteLocation(id: string): QuoteLocation | null;
  search(query: string, limit?: number): SearchResult[];
}

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

function memoised<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

export function buildBriefingModel(payload: BriefingPayload): BriefingModel {
  const index = indexBriefing(payload.briefing);
  const derived = once(() => deriveFigures(payload.briefing));
  const derivedByFigure = once(() => {
    const groups = new Map<string, DerivedFigure[]>();
    for (const d of derived()) groups.set(d.from[0]!, [...(groups.get(d.from[0]!) ?? []), d]);
    return groups;
  });
  const charts = once(() => chartSpecs(index));
  const paragraphs = once(() => sourceParagraphs(payload.sourceText));
  const search = once(() => buildSearchIndex(index, paragraphs()));
  const zoneMap = once(() => zoneMapLayout(index));
  const deck = once(() => buildDeck(index, charts()));
  const locate = memoised((id) => {
    const item = index.quoted(id);
    return item ? locateInParagraphs(paragraphs(), item.quote) : null;
  });
  return {
    ...index,
    sourceText: payload.sourceText,
    origin: payload.origin,
    get derived() {
      return derived();
    },
    derivedFor: (figureId) => derivedByFigure().get(figureId) ?? [],
    get charts() {
      return charts();
    },
    chart: (id) => charts().find((c) => c.id === id),
    get zoneMap() {
      return zoneMap();
    },
    get deck() {
      return deck();
    },
    get sourceParagraphs() {
      return paragraphs();
    },
    quoteLocation: locate,
    search: (query, limit) => search().search(query, limit),
  };
}
