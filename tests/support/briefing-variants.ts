/** Variants of the bundled briefing that exercise what the samples do not, for tests and scripts. */
import type { BriefingInput } from '../../electron/shared/briefing-schema';
import { validateBriefing } from '../../electron/shared/briefing-loader';
import { buildBriefingModel, type BriefingModel } from '../../renderer/src/model/briefing-model';
import { bundledJson, bundledSourceText } from './load-bundled';

/**
 * The bundled briefing with its zones' tiles taken away and its zones listed three times over
 * (new ids and names): its deck lists the zones, a page at a time, instead of mapping them.
 */
export function listedZonesModel(): BriefingModel {
  const json = bundledJson();
  const zones = (json.zones ?? []).map(({ tile: _tile, ...z }) => z);
  json.zones = [0, 1, 2].flatMap((n) => zones.map((z) => (n ? { ...z, id: `${z.id}-${n}`, nameEn: `${z.nameEn} ${'II'.slice(0, n)}`, nameZh: `${z.nameZh}${n}` } : z)));
  const result = validateBriefing(json, bundledSourceText());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return buildBriefingModel({ briefing: result.value, sourceText: bundledSourceText(), origin: { kind: 'bundled' } });
}

const long = (what: string, length: number) => `${what} `.repeat(Math.ceil(length / (what.length + 1))).slice(0, length).trim();

/** The title and the number of zones of the briefing at the format's limits. */
export const LONG_BRIEFING_TITLE = long('Pilot free trade zones and their very long names in the year reviewed', 200);
export const LONG_BRIEFING_ZONES = 300;

/**
 * A briefing at the format's limits: a 200-character title, 200-character area and point titles
 * and figure labels, 120-character zone names, and 300 zones.
 */
export function longBriefing(): BriefingInput {
  const b = bundledJson();
  b.title = LONG_BRIEFING_TITLE;
  b.areas = b.areas.map((a, i) => ({ ...a, title: long(`Area ${i + 1} with a title that goes on`, 200), points: a.points.map((p) => ({ ...p, title: long(`${p.title} and more`, 200), zones: [] })) }));
  b.figures = b.figures.map((f) => ({ ...f, label: long(`${f.label} counted over the whole year`, 200) }));
  if (b.outlook) b.outlook.tasks = b.outlook.tasks.map((t) => ({ ...t, zones: [] }));
  b.zones = Array.from({ length: LONG_BRIEFING_ZONES }, (_, i) => ({
    id: `zone-${i + 1}`,
    nameEn: long(`Zone ${i + 1} of the many zones with long names`, i % 10 === 0 ? 120 : 30),
    nameZh: '自由贸易试验区',
    established: 2000 + (i % 21),
    tile: { row: Math.floor(i / 20) % 21, col: i % 20 },
  }));
  return b;
}

/** The model of the briefing at the format's limits. */
export function longBriefingModel(): BriefingModel {
  const result = validateBriefing(longBriefing(), bundledSourceText());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return buildBriefingModel({ briefing: result.value, sourceText: bundledSourceText(), origin: { kind: 'bundled' } });
}
