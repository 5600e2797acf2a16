/**
 * Search across the briefing: figures, points (of the areas and the outlook), zones and the
 * source text. The entries are built once per briefing; a query only scans them. Every result
 * carries the route that shows it, and results are ranked by where the words were found: in an
 * item's name or value first, in its quote next, in the source text last — so "222.52" finds the
 * figure that is 222.52 before a figure whose quote merely mentions it.
 */
import type { BriefingIndex } from './briefing-index';
import type { SourceParagraph } from './source-text';
import { formatQuantity } from '../lib/figure-format';
import type { Route } from '../lib/routes';

export type SearchKind = 'figure' | 'point' | 'zone' | 'source';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  /** A line of context with the match in it. */
  excerpt: string;
  route: Route;
}

/** One searchable item: its name (ranked first), its body (ranked next) and how to show it. */
interface SearchEntry {
  kind: SearchKind;
  id: string;
  title: string;
  /** Normalised text of the title, for matching. */
  titleKey: string;
  /** Normalised text of everything else that may match. */
  bodyKey: string;
  /** The text excerpts are cut from, and the prefix put before them. */
  excerptFrom: string;
  excerptPrefix: string;
  route: Route;
}

function normalise(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'");
}

function entry(e: Omit<SearchEntry, 'titleKey' | 'bodyKey'>, body: string): SearchEntry {
  return { ...e, titleKey: normalise(e.title), bodyKey: normalise(body) };
}

function figureEntries(index: BriefingIndex): SearchEntry[] {
  return index.briefing.figures.map((f) =>
    entry(
      { kind: 'figure', id: f.id, title: `${f.label}: ${formatQuantity(f)}`, excerptFrom: f.quote, excerptPrefix: '', route: { name: 'source', quote: f.id } },
      `${f.quote} ${f.plainMeaning ?? ''}`,
    ),
  );
}

function pointEntries(index: BriefingIndex): SearchEntry[] {
  return index.points.map(({ point, area, placeLabel }) => {
    const zoneNames = point.zones.map((z) => index.zone(z)?.nameEn ?? '').join(' ');
    const route: Route = area ? { name: 'area', id: area.id } : { name: 'outlook' };
    return entry(
      { kind: 'point', id: point.id, title: point.title, excerptFrom: point.quote, excerptPrefix: `${placeLabel} — `, route },
      `${point.quote} ${point.plainMeaning ?? ''} ${zoneNames}`,
    );
  });
}

function zoneEntries(index: BriefingIndex): SearchEntry[] {
  return index.briefing.zones.map((z) => {
    const mentions = index.pointsNamingZone(z.id).length;
    const said = mentions ? `named in ${mentions} point${mentions > 1 ? 's' : ''}` : 'not mentioned in the briefing';
    return entry(
      { kind: 'zone', id: z.id, title: `${z.nameEn} ${z.nameZh}`, excerptFrom: `Set up in ${z.established} · ${said}`, excerptPrefix: '', route: { name: 'zone', id: z.id } },
      String(z.established),
    );
  });
}

function paragraphEntries(paragraphs: readonly SourceParagraph[]): SearchEntry[] {
  return paragraphs.map((p) =>
    entry(
      { kind: 'source', id: `paragraph-${p.number}`, title: `Source, paragraph ${p.number}`, excerptFrom: p.text, excerptPrefix: '', route: { name: 'source', paragraph: p.number } },
      p.text,
    ),
  );
}

function excerptAround(text: string, word: string, radius = 70): string {
  const at = normalise(text).indexOf(word);
  if (at < 0) return text.length > radius * 2 ? `${text.slice(0, radius * 2)}…` : text;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + word.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** 2 when every word is in the name, 1 when every word is in the name or body, else 0. */
function score(e: SearchEntry, words: readonly string[]): number {
  if (words.every((w) => e.titleKey.includes(w))) return 2;
  return words.every((w) => e.titleKey.includes(w) || e.bodyKey.includes(w)) ? 1 : 0;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchResult[];
}

export function buildSearchIndex(index: BriefingIndex, paragraphs: readonly SourceParagraph[]): SearchIndex {
  const entries = [...figureEntries(index), ...pointEntries(index), ...zoneEntries(index), ...paragraphEntries(paragraphs)];
  return {
    search(query, limit = 40) {
      const words = normalise(query).split(/\s+/).filter(Boolean);
      if (words.length === 0) return [];
      const scored = entries.map((e, order) => ({ e, order, score: score(e, words) })).filter((s) => s.score > 0);
      // Names before bodies; source paragraphs after every item; otherwise the briefing's order.
      scored.sort((a, b) => Number(a.e.kind === 'source') - Number(b.e.kind === 'source') || b.score - a.score || a.order - b.order);
      return scored.slice(0, limit).map(({ e }) => ({
        kind: e.kind,
        id: e.id,
        title: e.title,
        excerpt: `${e.excerptPrefix}${excerptAround(e.excerptFrom, words[0]!)}`,
        route: e.route,
      }));
    },
  };
}
