/** Variants of the bundled briefing that exercise what the samples do not, for tests and scripts. */
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
