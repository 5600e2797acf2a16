/**
 * Search across the briefing: figures, points (of the areas and the outlook), zones and the
 * source text. Every result carries the route that shows it.
 */
import type { BriefingIndex } from './briefing-index';
import { formatQuantity } from './figure-format';
import type { Route } from './routes';

export type SearchKind = 'figure' | 'point' | 'zone' | 'source';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  /** A line of context with the match in it. */
  excerpt: string;
  route: Route;
}

function normalise(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’']/g, "'");
}

/** Every word of the query must occur (a word may be part of a longer word). */
function matches(haystack: string, words: string[]): boolean {
  const h = normalise(haystack);
  return words.every((w) => h.includes(w));
}

function excerptAround(text: string, word: string, radius = 70): string {
  const at = normalise(text).indexOf(word);
  if (at < 0) return text.length > radius * 2 ? `${text.slice(0, radius * 2)}…` : text;
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + word.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export function searchBriefing(index: BriefingIndex, sourceText: string, query: string, limit = 40): SearchResult[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const first = words[0]!;
  const results: SearchResult[] = [];
  const b = index.briefing;

  for (const f of b.figures) {
    const value = formatQuantity(f);
    const text = `${f.label} ${value} ${f.quote} ${f.plainMeaning ?? ''}`;
    if (matches(text, words)) {
      results.push({ kind: 'figure', id: f.id, title: `${f.label}: ${value}`, excerpt: excerptAround(f.quote, first), route: { name: 'source', quote: f.id } });
    }
  }
  for (const { point, area, placeLabel } of index.points) {
    const zoneNames = point.zones.map((z) => index.zone(z)?.nameEn ?? '').join(' ');
    if (matches(`${point.title} ${point.quote} ${point.plainMeaning ?? ''} ${zoneNames}`, words)) {
      results.push({
        kind: 'point',
        id: point.id,
        title: point.title,
        excerpt: `${placeLabel} — ${excerptAround(point.quote, first)}`,
        route: area ? { name: 'area', id: area.id } : { name: 'outlook' },
      });
    }
  }
  for (const z of b.zones) {
    if (matches(`${z.nameEn} ${z.nameZh} ${z.established}`, words)) {
      const mentions = index.pointsNamingZone(z.id).length;
      results.push({
        kind: 'zone',
        id: z.id,
        title: `${z.nameEn} ${z.nameZh}`,
        excerpt: `Set up in ${z.established} · ${mentions ? `named in ${mentions} point${mentions > 1 ? 's' : ''}` : 'not mentioned in the briefing'}`,
        route: { name: 'zone', id: z.id },
      });
    }
  }
  sourceParagraphs(sourceText).forEach((paragraph, i) => {
      if (matches(paragraph, words)) {
        results.push({ kind: 'source', id: `paragraph-${i + 1}`, title: `Source, paragraph ${i + 1}`, excerpt: excerptAround(paragraph, first), route: { name: 'source', paragraph: i + 1 } });
      }
    });
  return results.slice(0, limit);
}

/** The source text's paragraphs (one a line), numbered from 1 in the order they stand. */
export function sourceParagraphs(sourceText: string): string[] {
  return sourceText.split('\n').map((p) => p.trim()).filter(Boolean);
}
