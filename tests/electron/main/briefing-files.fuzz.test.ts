/**
 * Property-based tests of the loader: thousands of mutated briefings (fields deleted, types
 * changed, huge strings, deep nesting, prototype-pollution keys, odd unicode, number-like text,
 * long arrays) are each either loaded or refused with a list of sentences — never a throw, never
 * a hang, never a change to Object.prototype.
 */
import fc from 'fast-check';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, validateBriefing, type Checked } from '../../../electron/shared/briefing-loader';
import { readBriefingFile } from '../../../electron/main/briefing-files';
import { bundledJson, bundledSourceText, PROJECT_ROOT } from '../../support/load-bundled';

const SOURCE_TEXT = bundledSourceText();
/** Far more than one validation needs (a few milliseconds); a run over this counts as a hang. */
const RUN_BUDGET_MS = 1_000;

type Json = unknown;
type Path = (string | number)[];

/** Every place in the bundled briefing: each object field and array element. */
function pathsOf(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...path, i]), pathsOf(v, [...path, i], out)));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push([...path, k]), pathsOf(v, [...path, k], out);
  return out;
}
const PATHS = pathsOf(bundledJson());

function nested(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { deeper: v };
  return v;
}

/** Values a hostile or careless file might hold in place of the right one. */
const strangeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, '', ' ', 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', 'null', 'undefined', '[]', '{}'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom('\u202Eevil', '\uFEFF', 'a\u0000b', '\uD800', '𝟙𝟚𝟛', '上海'.repeat(40)),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 10, max: 2_000 }).map(nested),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}') as Json,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json,
    JSON.parse('{"id": "x", "__proto__": null}') as Json,
  ),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 5_000 }),
  fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 20 }),
  fc.anything({ maxDepth: 4 }),
);

type Mutation = { path: Path; kind: 'delete' | 'replace' | 'add-key' | 'duplicate'; value: Json; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('delete', 'replace', 'replace', 'add-key', 'duplicate'),
  value: strangeValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', ''), fc.string({ maxLength: 10 })),
});

function apply(data: Json, m: Mutation): void {
  let parent = data as Record<string | number, Json>;
  for (const step of m.path.slice(0, -1)) {
    const next = parent?.[step];
    if (!next || typeof next !== 'object') return; // an earlier mutation removed the way there
    parent = next as Record<string | number, Json>;
  }
  const last = m.path[m.path.length - 1]!;
  if (!parent || typeof parent !== 'object') return;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'replace') {
    parent[last] = m.value;
  } else if (m.kind === 'add-key') {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  } else if (Array.isArray(parent)) {
    parent.push(...Array.from({ length: 50 }, () => structuredClone(parent[Number(last)])));
  }
}

function expectLoadedOrRefused(result: Checked<unknown>): void {
  if (result.ok) {
    expect(result.value).toBeTypeOf('object');
  } else {
    expect(Array.isArray(result.problems)).toBe(true);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p).toBe('string');
      expect(p.trim().length).toBeGreaterThan(0);
    }
  }
}

function timed<T>(fn: () => T): T {
  const started = performance.now();
  const value = fn();
  const ms = performance.now() - started;
  if (ms > RUN_BUDGET_MS) throw new Error(`one run took ${ms.toFixed(0)} ms`);
  return value;
}

describe('the loader under mutated briefings', () => {
  it('loads or refuses every mutated briefing with sentences, quickly, without polluting prototypes', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const data = bundledJson() as Json;
        for (const m of mutations) apply(data, m);
        const result = timed(() => validateBriefing(data, SOURCE_TEXT));
        expectLoadedOrRefused(result);
        if (!result.ok) refused++;
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 2_500 },
    );
    // The mutations really break things: most briefings are refused.
    expect(refused).toBeGreaterThan(1_500);
  }, 60_000);

  it('refuses whole values of the wrong kind with a message about the whole file', () => {
    fc.assert(
      fc.property(strangeValue, (value) => {
        const result = timed(() => validateBriefing(value, SOURCE_TEXT));
        expect(result.ok).toBe(false);
        expectLoadedOrRefused(result);
      }),
      { numRuns: 500 },
    );
  });

  it('parses or refuses any text: cut, spliced or random', () => {
    const text = JSON.stringify(bundledJson());
    const damaged = fc.oneof(
      fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
      fc.tuple(fc.nat({ max: text.length }), fc.string({ maxLength: 5 })).map(([n, s]) => text.slice(0, n) + s + text.slice(n)),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n)),
    );
    fc.assert(
      fc.property(damaged, (candidate) => {
        // Any JSON value parses (a bare "0" is JSON); only the schema decides if it is a briefing.
        const parsed = timed(() => parseJson(candidate));
        if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^The file is not valid JSON: /);
        else expectLoadedOrRefused(timed(() => validateBriefing(parsed.value, SOURCE_TEXT)));
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads mutated briefing files from disk the same way', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bv-fuzz-'));
    await copyFile(join(PROJECT_ROOT, 'assets/briefings/pilot-ftz-2022-briefing.txt'), join(dir, 'pilot-ftz-2022-briefing.txt'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const data = bundledJson() as Json;
        for (const m of mutations) apply(data, m);
        const path = join(dir, `briefing-${n++}.json`);
        await writeFile(path, JSON.stringify(data) ?? 'undefined');
        const started = performance.now();
        const result = await readBriefingFile(path, { kind: 'file', path });
        expect(performance.now() - started).toBeLessThan(RUN_BUDGET_MS);
        expectLoadedOrRefused(result.ok ? { ok: true, value: result.payload } : result);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
