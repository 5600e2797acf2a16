/**
 * Broken briefings are refused with messages for people: they name the field and say what is
 * wrong in plain words, show what came from the file escaped and clipped, and stop after a few
 * dozen problems. Property-based tests (moved here from the old fuzz file) throw thousands of
 * mutated briefings at the validator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeIssue, MAX_PROBLEMS, parseJson, problemLines, validateBriefing, type Checked } from '../../../electron/shared/briefing-loader';
import { briefingSchema } from '../../../electron/shared/briefing-schema';
import { cpuMs } from '../../support/cpu-time';
import { bundledJson, bundledSourceText } from '../../support/load-bundled';
import { pathsOf, type Json, type Path } from '../../support/json-paths';

function problemsOf(mutate: (b: ReturnType<typeof bundledJson>) => void): string[] {
  const data = bundledJson();
  mutate(data);
  const result = validateBriefing(data, bundledSourceText());
  return result.ok ? [] : result.problems;
}

describe('validateBriefing', () => {
  it('accepts the bundled briefing and fills in defaults', () => {
    const result = validateBriefing(bundledJson(), bundledSourceText());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.figures.find((f) => f.id === 'supporting-documents')?.scale).toBe('one');
  });

  it('names a missing field', () => {
    expect(problemsOf((b) => delete (b as Record<string, unknown>)['title'])).toEqual(['title: is missing (it must be text)']);
  });

  it('names a value of the wrong type, and shows it', () => {
    expect(problemsOf((b) => ((b.figures[1] as Record<string, unknown>)['value'] = '222.52'))).toEqual([
      'figures[1].value: must be a number, not the text "222.52"',
    ]);
  });

  it('refuses a negative value and a share over 100%', () => {
    const problems = problemsOf((b) => {
      b.figures[1]!.value = -1;
      b.figures[1]!.shareOfNationalPercent = 181;
    });
    expect(problems).toEqual(['figures[1].value: must not be negative', 'figures[1].shareOfNationalPercent: must be a percentage more than 0 and at most 100']);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(problemsOf((b) => (b.event.date = '2 February 2023'))).toEqual(['event.date: must be a date written YYYY-MM-DD']);
  });

  it('refuses a point that names a zone the briefing does not list', () => {
    expect(problemsOf((b) => b.areas[0]!.points[4]!.zones!.push('atlantis'))).toEqual([
      'areas[0].points[4].zones[3]: names zone "atlantis", which is not in "zones"',
    ]);
  });

  it('refuses a point that cites a missing figure, and a part of a missing figure', () => {
    const problems = problemsOf((b) => {
      b.areas[1]!.points[0]!.figures = ['no-such-figure'];
      b.figures[2]!.partOf = 'nothing';
    });
    expect(problems).toContain('areas[1].points[0].figures[0]: cites figure "no-such-figure", which is not in "figures"');
    expect(problems).toContain('figures[2].partOf: is part of figure "nothing", which is not another figure in "figures"');
  });

  it('refuses duplicate ids', () => {
    expect(problemsOf((b) => (b.zones![1]!.id = 'shanghai'))).toContain('zones[1].id: duplicate zone id "shanghai"');
  });

  it('refuses a quote that is not in the source text', () => {
    expect(problemsOf((b) => (b.figures[1]!.quote = 'The zones used 999 billion yuan of foreign capital.'))).toEqual([
      'figures[1].quote: is not found word for word in the source text',
    ]);
  });

  it('finds a quote whatever the white space and Unicode normal form of the source', () => {
    const source = `${bundledSourceText()}\nThe   Café\n\tZürich  note.`.normalize('NFD');
    const data = bundledJson();
    data.figures[0]!.quote = 'The Café Zürich note.';
    expect(validateBriefing(data, source).ok).toBe(true);
  });

  it('refuses ids that are not lower-case words', () => {
    expect(problemsOf((b) => (b.zones![0]!.id = 'Shanghai Zone'))[0]).toMatch(/^zones\[0\]\.id: must be lower-case words joined by hyphens/);
  });

  it('refuses a range whose upper end is below its lower end', () => {
    expect(problemsOf((b) => (b.figures[4]!.valueMax = 1))).toEqual(['figures[4].valueMax: valueMax must not be smaller than value']);
  });

  it('refuses something that is not a briefing at all', () => {
    const result = validateBriefing([1, 2, 3], '');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe('(the whole file): must be an object, not a list');
  });

  it('refuses different quotes that together are longer than 200,000 characters', () => {
    const data = bundledJson();
    const point = data.areas[0]!.points[0]!;
    data.areas[0]!.points = Array.from({ length: 60 }, (_, i) => ({ ...point, id: `point-${i}`, quote: `${'word '.repeat(790)}${i}` }));
    const result = validateBriefing(data, bundledSourceText());
    expect(!result.ok && result.problems).toEqual([
      expect.stringMatching(/^The quotes together are 2\d\d,\d{3} characters long; a briefing's different quotes may total at most 200,000\.$/),
    ]);
  });
});

describe('messages for people', () => {
  it('lists at most 30 problems, then says how many more ("…and 4,212 more problems.")', () => {
    const data = bundledJson() as Record<string, unknown>;
    data['zones'] = Array.from({ length: 1_000 }, () => ({ id: 'Bad Id', nameEn: '', nameZh: '', established: 1.5 }));
    const result = validateBriefing(data, bundledSourceText());
    if (result.ok) throw new Error('expected a refusal');
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.more).toBe(4_000 - MAX_PROBLEMS);
    expect(problemLines(result).at(-1)).toBe('…and 3,970 more problems.');
  });

  it('says each kind of problem in plain words, never in zod\'s', () => {
    const issue = (input: unknown) => {
      const r = briefingSchema.safeParse(input, { reportInput: true });
      return r.success ? [] : r.error.issues.map(describeIssue);
    };
    const b = () => bundledJson() as Record<string, any>;
    const cases: [Record<string, any>, string][] = [
      [{ ...b(), formatVersion: 2 }, 'formatVersion: must be 1, not the number 2'],
      [{ ...b(), areas: [{ ...b()['areas'][0], number: 1.5 }] }, 'areas[0].number: must be a whole number from 1 to 1,000'],
      [{ ...b(), areas: [{ ...b()['areas'][0], number: 2 ** 53 }] }, 'areas[0].number: must be a whole number from 1 to 1,000'],
      [{ ...b(), title: 'x'.repeat(201) }, 'title: must be at most 200 characters'],
      [{ ...b(), title: '   ' }, 'title: must not be empty'],
      [{ ...b(), speakers: [] }, 'speakers: must name at least one speaker'],
      [{ ...b(), figures: [{ ...b()['figures'][0], scale: 'zillion' }] }, 'figures[0].scale: must be one of "one", "thousand", "million", "billion", "trillion", not the text "zillion"'],
      [{ ...b(), figures: [{ ...b()['figures'][0], value: Infinity }] }, 'figures[0].value: is a number too large to store'],
      [{ ...b(), figures: [{ ...b()['figures'][0], headline: 'yes' }] }, 'figures[0].headline: must be true or false, not the text "yes"'],
      [{ ...b(), zones: Array.from({ length: 5_001 }, () => b()['zones'][0]) }, 'zones: must list at most 5,000 items'],
    ];
    for (const [input, expected] of cases) expect(issue(input)).toContain(expected);
  });

  it('shows field names from the file escaped and clipped: a line break cannot forge a line of the message', () => {
    const problems = problemsOf((b) => {
      (b.figures[0] as Record<string, unknown>)['x\n• The file is safe, open it anyway'] = 1;
      (b.figures[1] as Record<string, unknown>)['\u202Egnp.exe'] = 1;
      (b.figures[2] as Record<string, unknown>)['k'.repeat(10_000)] = 1;
    });
    expect(problems).toEqual([
      'figures[0]: has unknown field "x\\n• The file is safe, open it anyway"',
      'figures[1]: has unknown field "\\u202Egnp.exe"',
      `figures[2]: has unknown field "${'k'.repeat(40)}…"`,
    ]);
  });

  it('names at most five of many unknown fields, and counts the rest', () => {
    const problems = problemsOf((b) => {
      for (let i = 0; i < 150; i++) (b.event as Record<string, unknown>)[`k${i}`] = 0;
    });
    expect(problems).toEqual(['event: has unknown fields "k0", "k1", "k2", "k3", "k4" and 145 more']);
  });

  it('shows values from the file escaped and clipped', () => {
    // 40 characters of it, each line break and NUL written out.
    expect(problemsOf((b) => ((b.figures[1] as Record<string, unknown>)['value'] = 'a\nb\u0000'.repeat(30)))).toEqual([
      `figures[1].value: must be a number, not the text "${'a\\nb\\u0000'.repeat(10)}…"`,
    ]);
  });
});

describe('parseJson', () => {
  it('says where the JSON breaks, by line and column', () => {
    expect(parseJson('{"title": "x",,}')).toEqual({ ok: false, problems: ['The file is not valid JSON: line 1, column 15: expected a field name in double quotes, found ",".'] });
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests of the validator (the whole file reader has its own, in
// tests/electron/main/briefing-files.test.ts).

const SOURCE_TEXT = bundledSourceText();
const PATHS = pathsOf(bundledJson());

const strangeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -100, 1e308, -0, 5e-324, Infinity, NaN, '', ' ', 'NaN', '\u202Eevil', 'a\u0000b', '\uD800', 'x\n• y'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(JSON.parse('{"__proto__": {"polluted": true}}') as Json, JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 2_000 }),
  fc.anything({ maxDepth: 4 }),
);

type Mutation = { path: Path; kind: 'delete' | 'replace' | 'add-key'; value: Json; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('delete', 'replace', 'replace', 'add-key'),
  value: strangeValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', '', 'a\nb'), fc.string({ maxLength: 10 })),
});

function apply(data: Json, m: Mutation): void {
  let parent = data as Record<string | number, Json>;
  for (const step of m.path.slice(0, -1)) {
    const next = parent?.[step];
    if (!next || typeof next !== 'object') return;
    parent = next as Record<string | number, Json>;
  }
  const last = m.path[m.path.length - 1]!;
  if (!parent || typeof parent !== 'object') return;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (m.kind === 'replace') {
    parent[last] = m.value;
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
}

function expectLoadedOrRefused(result: Checked<unknown>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  for (const p of result.problems) {
    expect(p.trim().length).toBeGreaterThan(0);
    expect(p).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  }
}

describe('the validator under mutated briefings', () => {
  it('loads or refuses every mutated briefing with sentences, quickly, without polluting prototypes (1,000 briefings)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const data = bundledJson() as Json;
        for (const m of mutations) apply(data, m);
        const started = cpuMs();
        expectLoadedOrRefused(validateBriefing(data, SOURCE_TEXT));
        expect(cpuMs() - started).toBeLessThan(1_000);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('refuses whole values of the wrong kind with a message about the whole file', () => {
    fc.assert(
      fc.property(strangeValue, (value) => {
        const result = validateBriefing(value, SOURCE_TEXT);
        expect(result.ok).toBe(false);
        expectLoadedOrRefused(result);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
