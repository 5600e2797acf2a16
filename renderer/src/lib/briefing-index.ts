/**
 * Lookups over a briefing that the views share: what each zone is said to have done (derived
 * from the points that name it, never typed twice), which points cite a figure, zones by year.
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

export interface BriefingIndex {
  briefing: Briefing;
  figure(id: string): Figure | undefined;
  zone(id: string): Zone | undefined;
  area(id: string): Area | undefined;
  /** Every point of the areas, then every outlook task, in the briefing's order. */
  points: PlacedPoint[];
  /** The points that name a zone, in the briefing's order. */
  pointsNamingZone(zoneId: string): PlacedPoint[];
  /** The points that cite a figure. */
  pointsCitingFigure(figureId: string): PlacedPoint[];
  /** Any quoted item (figure, point, area, outlook task) by id: its quote. */
  quoteOf(id: string): string | undefined;
  /** Zones grouped by the year they were set up, earliest first. */
  zonesByYear: { year: number; zones: Zone[] }[];
}

export function indexBriefing(briefing: Briefing): BriefingIndex {
  const figures = new Map(briefing.figures.map((f) => [f.id, f]));
  const zones = new Map(briefing.zones.map((z) => [z.id, z]));
  const areas = new Map(briefing.areas.map((a) => [a.id, a]));
  const points: PlacedPoint[] = [
    ...briefing.areas.flatMap((area) =>
      area.points.map((point) => ({ point, area, placeLabel: `Area ${area.number} · ${area.title}` })),
    ),
    ...(briefing.outlook?.tasks ?? []).map((point) => ({
      point,
      area: undefined,
      placeLabel: `Outlook for ${briefing.outlook!.year}`,
    })),
  ];
  const quotes = new Map<string, string>([
    ...briefing.figures.map((f) => [f.id, f.quote] as const),
    ...briefing.areas.map((a) => [a.id, a.quote] as const),
    ...points.map((p) => [p.point.id, p.point.quote] as const),
  ]);
  const years = [...new Set(briefing.zones.map((z) => z.established))].sort((a, b) => a - b);
  return {
    briefing,
    figure: (id) => figures.get(id),
    zone: (id) => zones.get(id),
    area: (id) => areas.get(id),
    points,
    pointsNamingZone: (zoneId) => points.filter((p) => p.point.zones.includes(zoneId)),
    pointsCitingFigure: (figureId) => points.filter((p) => p.point.figures.includes(figureId)),
    quoteOf: (id) => quotes.get(id),
    zonesByYear: years.map((year) => ({ year, zones: briefing.zones.filter((z) => z.established === year) })),
  };
}
