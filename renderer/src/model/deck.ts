/**
 * The slide deck, generated from the briefing: a title slide, the headline figures (a few to a
 * slide), one slide per progress area, the zones, the charts, the outlook and a closing slide
 * with the source. Speaker notes come from the points' quotes and figures. A second briefing
 * gives its own deck; nothing here knows this briefing.
 */
import type { Figure } from '../../../electron/shared/briefing-schema';
import type { BriefingIndex } from './briefing-index';
import type { ChartSpec } from './chart-specs';
import { contextText, figureContext, formatDate, formatQuantity } from '../lib/figure-format';

interface SlideBase {
  /** Stable id, for keys and tests. */
  id: string;
  title: string;
  /** What the presenter may say: full quotes, figures in words. */
  notes: string[];
}

export type Slide =
  | (SlideBase & { kind: 'title'; subtitle?: string; lines: string[] })
  | (SlideBase & { kind: 'figures'; figures: Figure[] })
  | (SlideBase & { kind: 'area'; number: number; bullets: string[] })
  | (SlideBase & { kind: 'zones'; groups: { year: number; names: string[] }[]; namedCount: number; total: number })
  | (SlideBase & { kind: 'chart'; spec: ChartSpec })
  | (SlideBase & { kind: 'outlook'; bullets: string[] })
  | (SlideBase & { kind: 'closing'; lines: string[] });

/** The most big numbers one slide carries. */
const FIGURES_PER_SLIDE = 3;

/** A figure in one spoken sentence, with its context. */
export function figureSentence(f: Figure): string {
  const context = figureContext(f).map(contextText);
  return `${f.label}: ${formatQuantity(f)} (${f.period})${context.length ? `, ${context.join(', ')}` : ''}.`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function titleSlide(index: BriefingIndex): Slide {
  const b = index.briefing;
  const speakers = b.speakers.map((s) => `${s.name}, ${s.role}`);
  return {
    kind: 'title',
    id: 'title',
    title: b.title,
    ...(b.subtitle ? { subtitle: b.subtitle } : {}),
    lines: [...speakers, `${b.event.organiser} · ${formatDate(b.event.date)}`],
    notes: [`${b.event.name}, ${b.event.organiser}, ${formatDate(b.event.date)}.`, `Speaker: ${speakers.join('; ')}.`, `Source quote: “${b.event.quote}”`],
  };
}

/** Headline figures, grouped by the area they belong to, a few to a slide. */
function figureSlides(index: BriefingIndex): Slide[] {
  const groups = new Map<string, Figure[]>();
  for (const f of index.headlineFigures) groups.set(f.area ?? '', [...(groups.get(f.area ?? '') ?? []), f]);
  return [...groups].flatMap(([areaId, figures]) => {
    const area = areaId ? index.area(areaId) : undefined;
    return chunk(figures, FIGURES_PER_SLIDE).map((part, i): Slide => ({
      kind: 'figures',
      id: `figures-${areaId || 'other'}-${i + 1}`,
      title: area ? area.title : 'Headline figures',
      figures: part,
      notes: part.flatMap((f) => [figureSentence(f), `“${f.quote}”`, ...(f.plainMeaning ? [`In plain words: ${f.plainMeaning}`] : [])]),
    }));
  });
}

function areaSlides(index: BriefingIndex): Slide[] {
  return index.briefing.areas.map((area) => ({
    kind: 'area',
    id: `area-${area.id}`,
    number: area.number,
    title: area.title,
    bullets: area.points.map((p) => p.title),
    notes: area.points.flatMap((p) => [
      `${p.title}. “${p.quote}”`,
      ...(p.plainMeaning ? [`In plain words: ${p.plainMeaning}`] : []),
      ...p.figures.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined).map(figureSentence),
    ]),
  }));
}

function zoneSlides(index: BriefingIndex): Slide[] {
  const zones = index.briefing.zones;
  if (!zones.length) return [];
  const named = zones.filter((z) => index.pointsNamingZone(z.id).length > 0);
  return [
    {
      kind: 'zones',
      id: 'zones',
      title: `${zones.length} ${index.zoneLabel}`,
      groups: index.zonesByYear.map((g) => ({ year: g.year, names: g.zones.map((z) => z.nameEn) })),
      namedCount: named.length,
      total: zones.length,
      notes: [
        `${zones.length} ${index.zoneLabel}, set up between ${index.zonesByYear[0]!.year} and ${index.zonesByYear.at(-1)!.year}.`,
        named.length ? `The briefing names ${named.length}: ${named.map((z) => z.nameEn).join(', ')}.` : 'The briefing names none of them.',
      ],
    },
  ];
}

function chartSlides(charts: readonly ChartSpec[]): Slide[] {
  return charts.map((spec) => ({ kind: 'chart', id: `chart-${spec.id}`, title: spec.title, spec, notes: [spec.takeaway, ...(spec.derivedNote ? [spec.derivedNote] : []), `Source: ${spec.source}`] }));
}

function outlookSlides(index: BriefingIndex): Slide[] {
  const outlook = index.briefing.outlook;
  if (!outlook) return [];
  return [
    {
      kind: 'outlook',
      id: 'outlook',
      title: outlook.title,
      bullets: outlook.tasks.map((t) => t.title),
      notes: [`“${outlook.quote}”`, ...outlook.tasks.map((t) => `${t.title}. “${t.quote}”`)],
    },
  ];
}

function closingSlide(index: BriefingIndex): Slide {
  const b = index.briefing;
  return {
    kind: 'closing',
    id: 'closing',
    title: 'Source',
    lines: [b.source.publisher, `${b.event.organiser}: ${b.event.name}`, formatDate(b.event.date), 'Every figure in this deck is traced to its quote in the source text.'],
    notes: [...(b.source.translationNote ? [b.source.translationNote] : []), 'Questions.'],
  };
}

export function buildDeck(index: BriefingIndex, charts: readonly ChartSpec[]): Slide[] {
  return [titleSlide(index), ...figureSlides(index), ...areaSlides(index), ...zoneSlides(index), ...chartSlides(charts), ...outlookSlides(index), closingSlide(index)];
}
