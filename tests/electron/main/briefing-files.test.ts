/**
 * Reading a briefing file from disk: one open and one read per file, the source text only from
 * the briefing's own folder, UTF-8 only. Then property-based tests over the whole file reader —
 * bytes on disk to the answer main gets, through the reader's worker thread as the app runs it:
 * thousands of generated files, each accepted or refused with sentences, within the deadline and
 * the memory cap.
 */
import fc from 'fast-check';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBriefingFailure, readBriefingFile, readBriefingFileSync, readFileOnce } from '../../../electron/main/briefing-files';
import { BriefingReader, READ_DEADLINE_MS, READ_MEMORY_MB } from '../../../electron/main/briefing-reader';
import type { BriefingFileResult } from '../../../electron/main/briefing-result';
import { MAX_BRIEFING_BYTES, MAX_PROBLEM_CHARS, MAX_PROBLEMS } from '../../../electron/shared/briefing-loader';
import { timed } from '../../support/cpu-time';
import { BUNDLED_PATH, bundledJson, bundledSourceText } from '../../support/load-bundled';
import { BUNDLED_SOURCE, SOURCE_NAME, briefingFolder, removeTempFolders, tempFolder } from '../../support/hostile-briefings';
import { pathsOf, type Json, type Path } from '../../support/json-paths';

const origin = { kind: 'file' as const, path: 'x' };

function folderWith(files: Record<string, string | null>): string {
  const dir = tempFolder('bv-files-');
  for (const [name, content] of Object.entries(files)) {
    if (content === null) copyFileSync(name === 'briefing.json' ? BUNDLED_PATH : BUNDLED_SOURCE, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

function problems(path: string): string[] {
  const result = readBriefingFileSync(path, origin);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

describe('reading briefing files', () => {
  it('reads a briefing and the source text beside it', async () => {
    const dir = folderWith({ 'briefing.json': null, 'pilot-ftz-2022-briefing.txt': null });
    const result = await readBriefingFile(join(dir, 'briefing.json'), origin);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.payload.origin).toEqual(origin);
  });

  it('says when the file does not exist, and marks it missing (it leaves the recent list)', () => {
    const result = readBriefingFileSync('/nonexistent/briefing.json', origin);
    expect(result).toEqual({ ok: false, file: '/nonexistent/briefing.json', problems: ['The briefing file /nonexistent/briefing.json does not exist.'], missing: true });
  });

  it('says when the path is a folder', () => {
    const dir = tempFolder('bv-files-');
    mkdirSync(join(dir, 'a.json'));
    expect(problems(join(dir, 'a.json'))).toEqual([`${join(dir, 'a.json')} is a folder, not a briefing file.`]);
  });

  it('refuses a file too large to be a briefing without reading it', () => {
    const dir = folderWith({ 'huge.json': '' });
    truncateSync(join(dir, 'huge.json'), MAX_BRIEFING_BYTES + 1024 * 1024);
    expect(problems(join(dir, 'huge.json'))).toEqual([`The briefing file ${join(dir, 'huge.json')} is larger than 20 MB, the largest accepted.`]);
  });

  it.skipIf(process.platform !== 'linux')('reads no more than the limit from its one handle, whatever the file said its size was', () => {
    // /proc files say they are empty and then hold text: as a file swapped or grown after the
    // size check would. The read stops one byte past the limit.
    const read = readFileOnce('/proc/self/status', 100, 'briefing file');
    expect(read).toEqual({ ok: false, problem: 'The briefing file /proc/self/status is larger than 0 MB, the largest accepted (it grew while it was being read).' });
    const whole = readFileOnce('/proc/self/status', 1_000_000, 'briefing file');
    expect(whole.ok && whole.bytes.length).toBeGreaterThan(100);
  });

  it('says when the file is not JSON, with the line and column', () => {
    const dir = folderWith({ 'notes.json': '{\n  "title": "Minutes",\n  "figures": [1, 2,,]\n}' });
    expect(problems(join(dir, 'notes.json'))).toEqual([
      'The file is not valid JSON: line 3, column 20: expected a value (a text in double quotes, a number, true, false, null, a list or an object), found ","; there may be a comma too many.',
    ]);
  });

  it('says when the source text is not beside the briefing', () => {
    const dir = folderWith({ 'briefing.json': null });
    expect(problems(join(dir, 'briefing.json'))).toEqual([
      `source.file: The source text ${join(dir, 'pilot-ftz-2022-briefing.txt')} does not exist. It must be beside briefing.json.`,
    ]);
  });

  it.skipIf(process.platform === 'win32')('follows a link to a file in the same folder, and no further', () => {
    const path = briefingFolder((json) => (json['source'].file = 'alias.txt'));
    symlinkSync(SOURCE_NAME, join(path, '..', 'alias.txt'));
    expect(readBriefingFileSync(path, origin).ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('opens a briefing through a link to it, finding the source beside the link', () => {
    const real = briefingFolder();
    const dir = tempFolder();
    symlinkSync(real, join(dir, 'link.json'));
    copyFileSync(BUNDLED_SOURCE, join(dir, SOURCE_NAME));
    expect(readBriefingFileSync(join(dir, 'link.json'), origin).ok).toBe(true);
  });

  it('refuses a briefing saved as UTF-16, and one with a NUL byte in its source text', () => {
    const dir = folderWith({ 'pilot-ftz-2022-briefing.txt': null });
    writeFileSync(join(dir, 'briefing.json'), Buffer.from(`\uFEFF${JSON.stringify(bundledJson())}`, 'utf16le'));
    expect(problems(join(dir, 'briefing.json'))).toEqual([`The briefing file ${join(dir, 'briefing.json')} is saved as UTF-16 text. Save it as UTF-8 and open it again.`]);
    const path = briefingFolder();
    writeFileSync(join(path, '..', SOURCE_NAME), `${bundledSourceText()}\n\u0000binary`);
    expect(problems(path)[0]).toMatch(/^source\.file: The source text .* holds binary data \(a NUL character on line \d+\), not text\.$/);
  });

  it('describes a failure in sentences, keeping long lists short', () => {
    const text = describeBriefingFailure({ ok: false, file: '/x/b.json', problems: Array.from({ length: 15 }, (_, i) => `p${i}`) });
    expect(text.split('\n')).toEqual(['b.json could not be opened as a briefing:', ...Array.from({ length: 12 }, (_, i) => `• p${i}`), '• …and 3 more problems.']);
    const many = describeBriefingFailure({ ok: false, file: '/x/b\n• safe.json', problems: ['p'], more: 4_212 });
    expect(many.split('\n')).toEqual(['b\\n• safe.json could not be opened as a briefing:', '• p', '• …and 4,212 more problems.']);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based tests over the whole reader.

const PATHS = pathsOf(bundledJson());

function nested(depth: number): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { deeper: v };
  return v;
}

/** Values a hostile or careless file might hold in place of the right one. */
const strangeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -100, -250, 5e-324, 1e308, -0, 1e21, 2 ** 53, '', ' ', 'NaN', 'Infinity', '1e999', '0x10', 'null', '[]', '{}'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom('\u202Eevil', '\uFEFF', 'a\u0000b', '\uD800', 'line\n• forged', '𝟙𝟚𝟛', 'Cafe\u0301', '上海'.repeat(40), '<img src=x onerror=alert(1)>'),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 10, max: 60 }).map(nested),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}') as Json,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Json,
  ),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 12_000 }),
  fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 20 }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.constant(0), { maxKeys: 300 }),
);

type Mutation = { path: Path; kind: 'delete' | 'replace' | 'add-key' | 'duplicate'; value: Json; key: string; copies: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  kind: fc.constantFrom('delete', 'replace', 'replace', 'add-key', 'duplicate'),
  value: strangeValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'id', '', 'a\nb', '\u202E'), fc.string({ maxLength: 10 })),
  copies: fc.constantFrom(1, 50, 600, 12_000),
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
    const item = parent[Number(last)];
    // Copies of copies (12,000 points, then 12,000 copies of their area) would make a file no
    // string can hold (JSON.stringify throws "Invalid string length"): at most about 64 MB are added.
    if ((JSON.stringify(item)?.length ?? 0) * m.copies > 64_000_000) return;
    for (let i = 0; i < m.copies; i++) parent.push(item);
  }
}

const ENCODER = new TextEncoder();
const BUNDLED_TEXT = JSON.stringify(bundledJson());

/** What a file on disk may be: text, then bytes damaged in ways editors and attackers damage them. */
type Damage = { kind: 'none' } | { kind: 'bom' } | { kind: 'utf16' } | { kind: 'cut'; at: number } | { kind: 'bytes'; at: number; bytes: number[] };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.constant({ kind: 'bom' as const }),
  fc.constant({ kind: 'utf16' as const }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x00, 0x80, 0xc0, 0xed, 0xff, 0x22, 0x5c, 0x0a)), { minLength: 1, maxLength: 6 }),
  }),
);

function damaged(text: string, d: Damage): Uint8Array {
  const bytes = ENCODER.encode(text);
  switch (d.kind) {
    case 'none':
      return bytes;
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'utf16':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'cut':
      return bytes.subarray(0, d.at % (bytes.length + 1));
    case 'bytes': {
      const at = d.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(at)]);
    }
  }
}

/** The source text beside the briefing. */
type Source = 'bundled' | 'missing' | 'nfd' | 'bom' | 'latin1' | 'empty' | 'nul' | 'folder';
const source: fc.Arbitrary<Source> = fc.oneof(
  { weight: 12, arbitrary: fc.constant('bundled' as const) },
  fc.constantFrom<Source>('missing', 'nfd', 'bom', 'latin1', 'empty', 'nul', 'folder'),
);

/** Whole files: a mutated briefing, damaged bytes, any JSON at all, or random text. */
const briefingText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => { const data = bundledJson() as Json; for (const m of ms) apply(data, m); return JSON.stringify(data) ?? 'undefined'; }) },
  { weight: 1, arbitrary: fc.constant(BUNDLED_TEXT) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom('[', '{', ',', '"', '\\', ']]]', '\u0000', '/*', "'")).map(([n, s]) => { const at = n % BUNDLED_TEXT.length; return BUNDLED_TEXT.slice(0, at) + s + BUNDLED_TEXT.slice(at); }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n)) },
);

const SOURCE_TEXT = bundledSourceText();
function writeSource(dir: string, kind: Source): void {
  const path = join(dir, SOURCE_NAME);
  const text = `${SOURCE_TEXT}\nCafé Zürich.\n`;
  if (kind === 'bundled') writeFileSync(path, text);
  else if (kind === 'nfd') writeFileSync(path, text.normalize('NFD'));
  else if (kind === 'bom') writeFileSync(path, `\uFEFF${text}`);
  else if (kind === 'latin1') writeFileSync(path, Buffer.from(text, 'latin1'));
  else if (kind === 'empty') writeFileSync(path, '');
  else if (kind === 'nul') writeFileSync(path, `${text}\u0000`);
  else if (kind === 'folder') mkdirSync(path);
}

/** Words of programmers that a message for people must not hold (outside quoted data). */
const PROGRAMMER_WORDS =
  /\b(Invalid input|Invalid option|Too (big|small)|expected (int|number|string|array|object|boolean)|received|NaN|Infinity|undefined|\[object Object\]|9007199254740991|position \d+|Unexpected token|SyntaxError|TypeError|RangeError|Zod\w*|int)\b/;

function expectAnswerForPeople(result: BriefingFileResult): void {
  if (result.ok) {
    expect(typeof result.payload.briefing.id).toBe('string');
    expect(result.payload.sourceText.startsWith('\uFEFF')).toBe(false);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  if (result.more !== undefined) expect(Number.isInteger(result.more) && result.more > 0).toBe(true);
  for (const p of result.problems) {
    expect(p.trim().length).toBeGreaterThan(0);
    expect(p.length).toBeLessThanOrEqual(MAX_PROBLEM_CHARS);
    expect(p).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(p.replace(/"(?:[^"\\]|\\.)*"/g, '""'), p).not.toMatch(PROGRAMMER_WORDS);
    // Never the reader giving up: every file is answered within its deadline and memory cap.
    expect(p, p).not.toMatch(/took longer than|more memory than|file reader stopped|could not be read \(/);
  }
  expect(describeBriefingFailure(result).length).toBeLessThan(8_000);
}

describe('the whole file reader, on generated files (property-based, through the worker thread)', () => {
  // Half the app's memory cap: every file must be read well within it.
  const reader = new BriefingReader({ memoryMb: READ_MEMORY_MB / 2 });
  const dir = tempFolder('bv-property-');
  let n = 0;
  let slowest = 0;
  const outcomes = { accepted: 0, refused: 0 };
  beforeAll(() => reader.read(briefingFolder(), { kind: 'bundled' }));
  afterAll(async () => {
    await reader.close();
    removeTempFolders();
  }, 60_000);

  async function check(text: fc.Arbitrary<string>, runs: number): Promise<void> {
    await fc.assert(
      fc.asyncProperty(text, damage, source, async (briefing, d, src) => {
        // One folder, rewritten for each file (reads are one at a time).
        const caseDir = dir;
        n++;
        rmSync(join(caseDir, SOURCE_NAME), { recursive: true, force: true });
        writeFileSync(join(caseDir, 'briefing.json'), damaged(briefing, d));
        writeSource(caseDir, src);
        const { value: result, wallMs, cpuMs } = await timed(() => reader.read(join(caseDir, 'briefing.json'), { kind: 'file', path: join(caseDir, 'briefing.json') }));
        slowest = Math.max(slowest, cpuMs);
        // Within the deadline (the reader would have refused it otherwise, which expectAnswerForPeople
        // rules out), and at most 2.5 s of CPU time for any file.
        expectAnswerForPeople(result);
        expect(wallMs).toBeLessThan(READ_DEADLINE_MS);
        expect(cpuMs).toBeLessThan(2_500);
        outcomes[result.ok ? 'accepted' : 'refused']++;
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: runs },
    );
  }

  it('answers every file with an accepted briefing or sentences for people, in bounded time and memory (4,000 files)', async () => {
    await check(briefingText, 4_000);
    expect(outcomes.refused).toBeGreaterThan(2_000);
    expect(outcomes.accepted).toBeGreaterThan(100);
  }, 240_000);

  it('answers the same way for files that are only a little wrong (1,000 files: the bundled briefing, its bytes or source changed)', async () => {
    await check(fc.constant(BUNDLED_TEXT), 1_000);
    expect(slowest).toBeLessThan(2_500);
    // The slowest file of the run, in CPU time, for the record.
    console.info(`slowest generated file: ${Math.round(slowest)} ms of CPU time`);
  }, 120_000);
});
