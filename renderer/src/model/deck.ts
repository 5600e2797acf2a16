/**
 * The slide deck, generated from the briefing, telling it in order: the title; the headline
 * figures; one slide per progress area with its points and the figures and zones each names;
 * the zones on their tile map; the charts; the 2023 outlook; the source. Speaker notes come from
 * the quotes and figures. A second briefing gives its own deck; nothing here knows this briefing.
 *
 * One deck serves every screen (16:9 and 4:3) and every output (presenting, the handout, the
 * PowerPoint export): content is paginated for the narrower 4:3 stage, so a briefing with many
 * points, zones or chart bars gets continued slides ("Zones (2 of 3)"), never cut content.
 * Slide titles are unique.
 */
import type { Figure, Point, Zone } from '../../../electron/shared/briefing-schema';
import type { BriefingIndex } from './briefing-index';
import { chartParts, type ChartSpec } from './chart-specs';
import { zoneMapLayout, type ZoneMapLayout } from './zone-map';
import { contextText, figureContext, formatDate, formatQuantity, plural } from '../lib/figure-format';
import { balancedPages, estimatedLines, paged, titleLines, type Page } from './deck-pages';

interface SlideBase {
  /** Stable id, for keys, tests and the exported file. */
  id: string;
  title: string;
  /** What the presenter may say: full quotes, figures in words. */
  notes: string[];
  /** Set on a slide continued over several ("(2 of 3)" is part of its title). */
  page?: Page;
}

/** A point as a slide shows it: its title, the figures it cites and the zones it names. */
export interface SlidePoint {
  id: string;
  title: string;
  figures: Figure[];
  zones: Pick<Zone, 'id' | 'nameEn' | 'nameZh'>[];
}

export type Slide =
  | (SlideBase & { kind: 'title'; subtitle?: string; lines: string[] })
  | (SlideBase & { kind: 'figures'; figures: Figure[] })
  | (SlideBase & { kind: 'area'; eyebrow: string; lede?: string; points: SlidePoint[] })
  | (SlideBase & { kind: 'zone-map'; layout: ZoneMapLayout; namedCount: number })
  | (SlideBase & { kind: 'zone-list'; zones: (Zone & { named: boolean })[] })
  | (SlideBase & { kind: 'chart'; spec: ChartSpec })
  | (SlideBase & { kind: 'outlook'; eyebrow: string; lede?: string; tasks: SlidePoint[] })
  | (SlideBase & { kind: 'closing'; lines: string[] });

/** How much one slide holds, for the 4:3 stage at the projector's type sizes (see deck-pages.ts). */
export const SLIDE_CAPACITY = {
  /** Lines of the figure rows: a big number beside its label and context (see figureLines). */
  figureLines: 13,
  /** Lines of the area and outlook lists. */
  lines: 11,
  /** Lines of zone names in a slide's three columns (see zoneLines). */
  zoneListLines: 39,
  /** Bars of one chart. */
  chartCategories: 8,
} as const;

/** Lines the body of a slide loses to a title longer than one line (a title line is about 1.5 body lines). */
function titleCost(title: string): number {
  return Math.ceil(1.5 * (titleLines(title) - 1));
}

/** The longest names a tile on the zones slide holds (in characters). */
const MAP_NAME_CHARS = { en: 14, zh: 6 } as const;

/** A figure in one spoken sentence, with its context. */
export function figureSentence(f: Figure): string {
  const context = figureContext(f).map(contextText);
  return `${f.label}: ${formatQuantity(f)} (${f.period})${context.length ? `, ${context.join(', ')}` : ''}.`;
}

/** "Headline figures" or "Headline figures (2 of 3)". */
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

function figureNotes(f: Figure): string[] {
  return [figureSentence(f), `“${f.quote}”`, ...(f.plainMeaning ? [`In plain words: ${f.plainMeaning}`] : [])];
}

/** Lines a headline figure's row takes: its label, context and period beside the number (at least the number's height). */
function figureLines(f: Figure): number {
  return Math.max(4, estimatedLines(f.label, 'half') + figureContext(f).length + 1);
}

function figureSlides(index: BriefingIndex): Slide[] {
  const pages = balancedPages(index.headlineFigures, figureLines, SLIDE_CAPACITY.figureLines);
  return pages.map(({ items, page }) => ({
    kind: 'figures',
    id: `figures-${page.number}`,
    title: paged('Headline figures', page),
    ...(page.of > 1 ? { page } : {}),
    figures: items,
    notes: items.flatMap(figureNotes),
  }));
}

function slidePoint(index: BriefingIndex, point: Point): SlidePoint {
  return {
    id: point.id,
    title: point.title,
    figures: point.figures.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined),
    zones: point.zones.map((id) => index.zone(id)).filter((z): z is Zone => z !== undefined),
  };
}

/**
 * How a slide writes a figure under its point: the value and its context, and the figure's label
 * where the point cites more than one (the point's title names a single figure well enough).
 */
export function slideFigureText(f: Figure, labelled: boolean): { value: string; detail: string } {
  return { value: formatQuantity(f), detail: [...(labelled ? [f.label] : []), ...figureContext(f).map(contextText)].join(' · ') };
}

/** Lines a point takes on a slide: its title, a line per figure, a line for its zones. */
function pointLines(p: SlidePoint): number {
  const figureLines = p.figures.reduce((n, f) => {
    const { value, detail } = slideFigureText(f, p.figures.length > 1);
    return n + estimatedLines(`${value} ${detail}`, 'sm');
  }, 0);
  return estimatedLines(p.title, 'base') + figureLines + (p.zones.length ? 1 : 0);
}

function pointNotes(index: BriefingIndex, point: Point): string[] {
  return [
    `${point.title}. “${point.quote}”`,
    ...(point.plainMeaning ? [`In plain words: ${point.plainMeaning}`] : []),
    ...point.figures.map((id) => index.figure(id)).filter((f): f is Figure => f !== undefined).map(figureSentence),
  ];
}

function areaSlides(index: BriefingIndex): Slide[] {
  const areas = index.briefing.areas;
  return areas.flatMap((area) => {
    const points = area.points.map((p) => slidePoint(index, p));
    return balancedPages(points, pointLines, SLIDE_CAPACITY.lines - titleCost(area.title)).map(({ items, page }): Slide => ({
      kind: 'area',
      id: `area-${area.id}${page.of > 1 ? `-${page.number}` : ''}`,
      title: paged(area.title, page),
      ...(page.of > 1 ? { page } : {}),
      eyebrow: `Area ${area.number} of ${areas.length}`,
      ...(area.summaryQuote && page.number === 1 && estimatedLines(area.summaryQuote, 'sm') <= 2 ? { lede: area.summaryQuote } : {}),
      points: items,
      notes: items.flatMap((p) => pointNotes(index, area.points.find((ap) => ap.id === p.id)!)),
    }));
  });
}

/** Lines a zone takes in a column of the zone list: its name, then its Chinese name and year. */
function zoneLines(zone: Zone): number {
  return estimatedLines(zone.nameEn, 'column') + 1;
}

function zonesNote(index: BriefingIndex, named: readonly Zone[]): string[] {
  const years = index.zonesByYear;
  return [
    `${plural(index.briefing.zones.length, index.zoneLabel.replace(/s$/, ''), index.zoneLabel)}, set up between ${years[0]!.year} and ${years.at(-1)!.year}.`,
    named.length ? `The briefing names ${named.length}: ${named.map((z) => z.nameEn).join(', ')}.` : 'The briefing names none of them.',
  ];
}

function zoneSlides(index: BriefingIndex): Slide[] {
  const zones = index.briefing.zones;
  if (!zones.length) return [];
  const named = zones.filter((z) => index.pointsNamingZone(z.id).length > 0);
  const title = `${zones.length} ${index.zoneLabel}`;
  const layout = zoneMapLayout(index);
  // On a slide a tile holds a short name only; longer names are listed instead.
  if (layout && zones.every((z) => z.nameEn.length <= MAP_NAME_CHARS.en && z.nameZh.length <= MAP_NAME_CHARS.zh)) {
    return [{ kind: 'zone-map', id: 'zones', title, layout, namedCount: named.length, notes: zonesNote(index, named) }];
  }
  const byYear = index.zonesByYear.flatMap((g) => g.zones).map((z) => ({ ...z, named: named.includes(z) }));
  return balancedPages(byYear, zoneLines, SLIDE_CAPACITY.zoneListLines).map(({ items, page }) => ({
    kind: 'zone-list',
    id: `zones${page.of > 1 ? `-${page.number}` : ''}`,
    title: paged(title, page),
    ...(page.of > 1 ? { page } : {}),
    zones: items,
    notes: page.number === 1 ? zonesNote(index, named) : [`${items.map((z) => z.nameEn).join(', ')}.`],
  }));
}

function chartSlides(charts: readonly ChartSpec[]): Slide[] {
  return charts.flatMap((spec) =>
    chartParts(spec, SLIDE_CAPACITY.chartCategories).map(
      ({ spec: part, page }): Slide => ({
        kind: 'chart',
        id: `chart-${spec.id}${page ? `-${page.number}` : ''}`,
        title: paged(spec.title, page),
        ...(page ? { page } : {}),
        spec: part,
        notes: [spec.takeaway, ...(spec.derivedNote ? [spec.derivedNote] : []), `Source: ${spec.source}`],
      }),
    ),
  );
}

function outlookSlides(index: BriefingIndex): Slide[] {
  const outlook = index.briefing.outlook;
  if (!outlook) return [];
  const tasks = outlook.tasks.map((t) => slidePoint(index, t));
  return balancedPages(tasks, pointLines, SLIDE_CAPACITY.lines - titleCost(outlook.title)).map(({ items, page }) => ({
    kind: 'outlook',
    id: `outlook${page.of > 1 ? `-${page.number}` : ''}`,
    title: paged(outlook.title, page),
    ...(page.of > 1 ? { page } : {}),
    eyebrow: `Outlook for ${outlook.year}`,
    ...(page.number === 1 && estimatedLines(outlook.quote, 'sm') <= 3 ? { lede: outlook.quote } : {}),
    tasks: items,
    notes: [...(page.number === 1 ? [`“${outlook.quote}”`] : []), ...items.map((t) => `${t.title}. “${outlook.tasks.find((o) => o.id === t.id)!.quote}”`)],
  }));
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
