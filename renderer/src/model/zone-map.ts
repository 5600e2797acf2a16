/**
 * The zones as a map-like grid: each zone's tile where its province lies (rows north to south),
 * trimmed to the rows and columns that hold a zone, with what the views and slides say of it.
 */
import type { Zone } from '../../../electron/shared/briefing-schema';
import type { BriefingIndex } from './briefing-index';

export interface ZoneTile {
  zone: Zone;
  /** 1-based grid row and column. */
  row: number;
  col: number;
  /** How many points name the zone. */
  mentions: number;
  /** Index of the zone's year in `years` (for its colour). */
  yearIndex: number;
}

export interface ZoneMapLayout {
  rows: number;
  cols: number;
  tiles: ZoneTile[];
  /** The years zones were set up, earliest first. */
  years: number[];
}

/**
 * The most zones a tile map shows; a briefing with more lists them instead (on screen and on
 * slides), since their names would not fit on tiles a reader could see.
 */
export const MAX_MAP_TILES = 48;

/** The tile map; null when not every zone has a tile, or there are too many (the views then list them). */
export function zoneMapLayout(index: BriefingIndex): ZoneMapLayout | null {
  const zones = index.briefing.zones;
  const placed = zones.filter((z): z is Zone & { tile: NonNullable<Zone['tile']> } => z.tile !== undefined);
  if (placed.length === 0 || placed.length !== zones.length || placed.length > MAX_MAP_TILES) return null;
  const years = index.zonesByYear.map((g) => g.year);
  const firstRow = Math.min(...placed.map((z) => z.tile.row));
  const firstCol = Math.min(...placed.map((z) => z.tile.col));
  const tiles = placed.map((zone) => ({
    zone,
    row: zone.tile.row - firstRow + 1,
    col: zone.tile.col - firstCol + 1,
    mentions: index.pointsNamingZone(zone.id).length,
    yearIndex: years.indexOf(zone.established),
  }));
  return { rows: Math.max(...tiles.map((t) => t.row)), cols: Math.max(...tiles.map((t) => t.col)), tiles, years };
}

/** How a screen reader says a zone: "Hainan, 海南, set up 2018, named in the briefing". */
export function zoneSpokenName(zone: Zone, mentions: number): string {
  return `${zone.nameEn}, ${zone.nameZh}, set up ${zone.established}, ${mentions ? 'named in the briefing' : 'not named in the briefing'}`;
}
