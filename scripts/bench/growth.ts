/**
 * Cost that should grow linearly (issue #13, point 5): briefings 10× and 100× the bundled one,
 * generated here, are read and validated, shown (the overview) and printed (the summary PDF), and
 * each cost is compared with the bundled briefing's. Figures, areas and their points are copied
 * `times` times with unique ids (at most 64 characters); the zones are copied too, but never past
 * 1,000 zones in all, the most a briefing may list, so the 100× briefing keeps a realistic zone list.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUNDLED_BRIEFING, readBriefingFile } from '../../electron/main/briefing-files';
import { PROJECT_ROOT } from '../../tests/e2e/fixtures/harness';

export const MAX_ZONES = 1000;
const MAX_ID_LENGTH = 64;

interface Point {
  id: string;
  zones?: string[];
  figures?: string[];
}
interface BriefingJson {
  source: { file: string };
  figures: { id: string; partOf?: string; area?: string }[];
  areas: { id: string; number: number; points: Point[] }[];
  zones: { id: string; tile?: unknown }[];
}

function suffixed(id: string, copy: number): string {
  const out = copy === 0 ? id : `${id}-x${copy}`;
  if (out.length > MAX_ID_LENGTH) throw new Error(`Generated id "${out}" is longer than ${MAX_ID_LENGTH} characters.`);
  return out;
}

/** The bundled briefing with its figures, areas and points `times` over, and zones up to MAX_ZONES. */
export function enlargedBriefing(times: number): BriefingJson {
  const base = JSON.parse(readFileSync(join(PROJECT_ROOT, BUNDLED_BRIEFING), 'utf8')) as BriefingJson;
  const zoneCopies = Math.max(1, Math.min(times, Math.floor(MAX_ZONES / base.zones.length)));
  const copies = [...Array(times).keys()];
  const zoneOf = (id: string, n: number) => suffixed(id, n % zoneCopies);
  return {
    ...base,
    figures: copies.flatMap((n) =>
      base.figures.map((f) => ({ ...f, id: suffixed(f.id, n), ...(f.partOf ? { partOf: suffixed(f.partOf, n) } : {}), ...(f.area ? { area: suffixed(f.area, n) } : {}) })),
    ),
    areas: copies.flatMap((n) =>
      base.areas.map((a) => ({
        ...a,
        id: suffixed(a.id, n),
        number: n * base.areas.length + a.number,
        points: a.points.map((p) => ({ ...p, id: suffixed(p.id, n), zones: (p.zones ?? []).map((z) => zoneOf(z, n)), figures: (p.figures ?? []).map((f) => suffixed(f, n)) })),
      })),
    ),
    // Only the first copy keeps the zones' places on the map grid: two zones cannot share a tile.
    zones: [...Array(zoneCopies).keys()].flatMap((n) => base.zones.map((z) => ({ ...z, id: suffixed(z.id, n), ...(n === 0 ? {} : { tile: undefined }) }))),
  };
}

export interface GeneratedBriefing {
  times: number;
  path: string;
  bytes: number;
  figures: number;
  points: number;
  zones: number;
}

/** Writes the 1×, 10×, 100× … briefings, each with the source text beside it, in a temporary folder. */
export function writeBriefings(sizes: readonly number[]): { dir: string; briefings: GeneratedBriefing[]; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  const bundled = join(PROJECT_ROOT, BUNDLED_BRIEFING);
  const briefings = sizes.map((times) => {
    const data = enlargedBriefing(times);
    copyFileSync(join(dirname(bundled), data.source.file), join(dir, data.source.file));
    const path = join(dir, `briefing-${times}x.json`);
    const text = JSON.stringify(data, null, 1);
    writeFileSync(path, text);
    const points = data.areas.reduce((sum, a) => sum + a.points.length, 0);
    return { times, path, bytes: Buffer.byteLength(text), figures: data.figures.length, points, zones: data.zones.length };
  });
  return { dir, briefings, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads and validates the file as main does (`readBriefingFile`); the time in ms. */
export async function timeReadAndValidate(path: string): Promise<number> {
  const start = performance.now();
  const result = await readBriefingFile(path, { kind: 'file', path });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(`The generated briefing ${path} does not validate: ${result.problems.slice(0, 3).join('; ')}`);
  return ms;
}
