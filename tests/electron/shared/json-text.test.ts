/**
 * JSON text is checked in one pass before it is parsed: syntax errors are said by line and
 * column in words, and text bigger than any briefing is refused before an object is built. The
 * check accepts exactly what JSON.parse accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIEFING_JSON_LIMITS, checkJsonText, parseJsonText } from '../../../electron/shared/json-text';
import { cpuMs } from '../../support/cpu-time';

const problem = (text: string) => {
  const r = checkJsonText(text);
  return r.ok ? null : r.problem;
};

describe('syntax errors, by line and column, in words', () => {
  it.each([
    ['{"a":1,,}', 'line 1, column 8: expected a field name in double quotes, found ","'],
    ['{"a":1,}', 'line 1, column 8: there is a comma before the closing "}"; JSON allows none there'],
    ['[1,]', 'line 1, column 4: there is a comma before the closing "]"; JSON allows none there'],
    ['{"a":1', 'line 1, column 7: the file ends before the JSON does (a closing "}" is missing)'],
    ['{a:1}', 'line 1, column 2: expected a field name in double quotes, found "a"'],
    ["{'a':1}", 'line 1, column 2: expected a field name in double quotes, found "\'"; field names take double quotes (")'],
    ['// note\n{}', 'line 1, column 1: expected a value (a text in double quotes, a number, true, false, null, a list or an object), found "/"; JSON does not allow comments'],
    ['{"a":"x\ny"}', 'line 1, column 8: a text holds a raw control character ("\\n"); inside a text write a line break as \\n and a tab as \\t'],
    ['{"a":"\\x"}', 'line 1, column 7: a text holds a backslash followed by "x", which JSON does not allow (write a backslash as \\\\)'],
    ['{"a":"\\u12"}', 'line 1, column 7: a text holds \\u not followed by four hexadecimal digits'],
    ['{"a":1} x', 'line 1, column 9: there is more after the end of the JSON (found "x")'],
    ['{"a" 1}', 'line 1, column 6: expected a colon (:) after the field name, found "1"'],
    ['\n\n  [1 2]', 'line 3, column 6: expected a comma (,) or "]" after a list item, found "2"'],
    ['{"a":tru}', 'line 1, column 6: expected true, found "tru}"'],
    ['{"a":01}', 'line 1, column 7: expected a comma (,) or "}" after a field, found "1"'],
    ['{"a":-}', 'line 1, column 6: a number is not written the way JSON writes numbers (such as 12, -3.5 or 1e6)'],
    ['"abc', 'line 1, column 1: a text is not closed with a double quote (")'],
    ['{"上海": 𝟙}', 'line 1, column 8: expected a value (a text in double quotes, a number, true, false, null, a list or an object), found "𝟙"'],
  ])('%j', (text, where) => {
    expect(problem(text)).toBe(`The file is not valid JSON: ${where}.`);
  });

  it('says an empty file is empty', () => {
    expect(problem('')).toBe('The file is empty: it holds no JSON at all.');
    expect(problem(' \n ')).toBe('The file is empty: it holds no JSON at all.');
  });
});

describe('limits, checked before anything is built', () => {
  it('refuses a list longer than 10,000 items, naming it', () => {
    expect(problem(`{"figures":[${'{},'.repeat(10_000)}{}]}`)).toBe('figures: lists more than 10,000 items; no list in a briefing is that long.');
  });

  it('refuses an object with more than 200 fields', () => {
    const fields = Array.from({ length: 201 }, (_, i) => `"k${i}":0`).join(',');
    expect(problem(`{"event":{${fields}}}`)).toBe('event: has more than 200 fields; an object in a briefing has at most 20.');
  });

  it('refuses nesting deeper than 32 levels', () => {
    expect(problem(`{"a":${'['.repeat(100_000)}`)).toBe('a[0][0][0]…[0][0][0][0]: is nested more than 32 levels deep; a briefing is nested a few levels at most.');
  });

  it('refuses more than 100,000 values in all', () => {
    const list = `[${'0,'.repeat(9_999)}0]`;
    expect(problem(`[${Array.from({ length: 11 }, () => list).join(',')}]`)).toBe(
      'The file holds more than 100,000 values (texts, numbers, lists and objects); a briefing holds a few thousand at most.',
    );
  });

  it('refuses a text longer than 100,000 characters, and a field name as long', () => {
    expect(problem(`{"title":"${'x'.repeat(100_001)}"}`)).toBe('title: a text of 100,001 characters is far longer than any in a briefing (at most 100,000).');
    expect(problem(`{"e":{"${'k'.repeat(100_001)}":1}}`)).toBe('e: a field name of 100,001 characters is far longer than any in a briefing (at most 100,000).');
  });

  it('names places with odd field names escaped', () => {
    expect(problem(`{"x\\n• y":[${'0,'.repeat(10_000)}0]}`)).toBe('["x\\n• y"]: lists more than 10,000 items; no list in a briefing is that long.');
  });

  it('checks 20 MB in well under a second', () => {
    const text = `[${Array.from({ length: 9_000 }, () => `"${'é'.repeat(1_100)}"`).join(',')}]`;
    const started = cpuMs();
    expect(checkJsonText(text).ok).toBe(true);
    expect(cpuMs() - started).toBeLessThan(1_000);
  });
});

describe('agreement with JSON.parse', () => {
  const accepts = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const unlimited = { ...BRIEFING_JSON_LIMITS, maxDepth: 1_000, maxValues: 1e9, maxItems: 1e9, maxFields: 1e9 };

  it('accepts what JSON.parse accepts, and refuses what it refuses (JSON values, and text cut, spliced or random)', () => {
    const valid = fc.json({ maxDepth: 5 });
    const damaged = fc.oneof(
      valid,
      fc.tuple(valid, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
      fc.tuple(valid, fc.nat(), fc.constantFrom(',', '"', '\\', ']', '}', ':', ' ', '\n', '\u0000', '-', '.', 'e', '0', 'tru', '\\u00', '"\\"')).map(
        ([t, n, s]) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1)),
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.stringMatching(/^[\s\d.eE+\-[\]{}",:tfnrul\\]{0,20}$/),
    );
    fc.assert(
      fc.property(damaged, (text) => {
        const checked = checkJsonText(text, unlimited);
        expect(checked.ok, `${JSON.stringify(text)}: ${checked.ok ? '' : checked.problem}`).toBe(accepts(text));
      }),
      { numRuns: 2_000 },
    );
  }, 60_000);

  it('parses after checking, to the same value', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 5 }), (text) => {
        const parsed = parseJsonText(text);
        expect(parsed).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
