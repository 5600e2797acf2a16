/**
 * Lookups over a briefing, computed once: items by id, what each zone is said to have done
 * (derived from the points that name it, never typed twice), which points cite a figure, the
 * figures of each area, zones by year, and every quoted item by id.
 */
import type { Area, Briefing, Figure, Point, Zone } from '../../../electron/shared/briefing-schema';

/** A point with where it sits: one of the progress areas, or the outlook. */
export interface PlacedPoint {
  point: Point;
  /** The area it belongs to; undefined for an outlook task. */
  area: Area | undefined;
  /** "Area 1 · Promote high-level opening up" or "Outlook for 2023". */
  placeLabel: string;
}

/** Something the briefing quotes from its source: a figure, a point, an area, the outlook, the event. */
export interface QuotedItem {
  id: string;
  quote: string;
  plainMeaning?: string | undefined;
}

export interface BriefingIndex {
  briefing: Briefing;
  figure(id: string): Figure | undefined;
  zone(id: string): Zone | undefined;
  area(id: string): Area | undefined;
  /** Figures flagged as headline, in the briefing's order. */
  headlineFigures: Figure[];
  /** The figures that belong to an area, in the briefing's order. */
  figuresOfArea(areaId: string): Figure[];
  /** Every point of the areas, then every outlook task, in the briefing's order. */
  points: PlacedPoint[];
  /** The points that name a zone, in the briefing's order. */
  pointsNamingZone(zoneId: string): PlacedPoint[];
  /** The points that cite a figure. */
  pointsCitingFigure(figureId: string): PlacedPoint[];
  /** The distinct zones an area's points name. */
  zonesNamedInArea(areaId: string): Zone[];
  /**
   * Any quoted item by id: figures, points and areas by their own ids, the outlook's
   * introduction as "outlook" and the event as "event" (unless an item already has that id).
   */
  quoted(id: string): QuotedItem | undefined;
  /** Zones grouped by the year they were set up, earliest first. */
  zonesByYear: { year: number; zones: Zone[] }[];
  /** What the zones are called, in the plural: "pilot free trade zones", or "zones". */
  zoneLabel: string;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Groups items under each key they list, keeping the items' order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

function placedPoints(briefing: Briefing): PlacedPoint[] {
  const outlook = briefing.outlook;
  return [
    ...briefing.areas.flatMap((area) => area.points.map((point) => ({ point, area, placeLabel: `Area ${area.number} · ${area.title}` }))),
    ...(outlook?.tasks ?? []).map((point) => ({ point, area: undefined, placeLabel: `Outlook for ${outlook!.year}` })),
  ];
}

function quotedItems(briefing: Briefing, points: readonly PlacedPoint[]): Map<string, QuotedItem> {
  const items = new Map<string, QuotedItem>();
  const add = (item: QuotedItem) => {
    if (!items.has(item.id)) items.set(item.id, item);
  };
  briefing.figures.forEach((f) => add({ id: f.id, quote: f.quote, plainMeaning: f.plainMeaning }));
  points.forEach(({ point }) => add({ id: point.id, quote: point.quote, plainMeaning: point.plainMeaning }));
  briefing.areas.forEach((a) => add({ id: a.id, quote: a.quote }));
  if (briefing.outlook) add({ id: 'outlook', quote: briefing.outlook.quote });
  add({ id: 'event', quote: briefing.event.quote });
  return items;
}

export function indexBriefing(briefing: Briefing): BriefingIndex {
  const figures = byId(briefing.figures);
  const zones = byId(briefing.zones);
  const areas = byId(briefing.areas);
  const points = placedPoints(briefing);
  const namingZone = groupBy(points, (p) => p.point.zones);
  const citingFigure = groupBy(points, (p) => p.point.figures);
  const figuresOfArea = groupBy(briefing.figures, (f) => (f.area ? [f.area] : []));
  const quotes = quotedItems(briefing, points);
  const years = [...new Set(briefing.zones.map((z) => z.established))].sort((a, b) => a - b);
  const zonesOfYear = groupBy(briefing.zones, (z) => [String(z.established)]);
  return {
    briefing,
    figure: (id) => figures.get(id),
    zone: (id) => zones.get(id),
    area: (id) => areas.get(id),
    headlineFigures: briefing.figures.filter((f) => f.headline),
    figuresOfArea: (areaId) => figuresOfArea.get(areaId) ?? [],
    points,
    pointsNamingZone: (zoneId) => namingZone.get(zoneId) ?? [],
    pointsCitingFigure: (figureId) => citingFigure.get(figureId) ?? [],
    zonesNamedInArea: (areaId) => {
      const ids = new Set(areas.get(areaId)?.points.flatMap((p) => p.zones) ?? []);
      return briefing.zones.filter((z) => ids.has(z.id));
    },
    quoted: (id) => quotes.get(id),
    zonesByYear: years.map((year) => ({ year, zones: zonesOfYear.get(String(year)) ?? [] })),
    zoneLabel: briefing.zoneCountLabel ?? 'zones',
  };
}
