/**
 * Pieces of messages made safe: text from a file is escaped (no line break, control or
 * direction-changing character reaches a message as it is) and clipped; numbers have separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOf, describePlace, formatCount, formatPath, lineAndColumn, plainForMessage, quoteForMessage } from '../../../electron/shared/messages';

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;

describe('quoteForMessage', () => {
  it('escapes like JSON, and writes out every invisible character', () => {
    expect(quoteForMessage('a\nb\t"c"\\')).toBe('"a\\nb\\t\\"c\\"\\\\"');
    expect(quoteForMessage('\u202Egnp.exe\u200b\uFEFF')).toBe('"\\u202Egnp.exe\\u200B\\uFEFF"');
    expect(quoteForMessage('\uD800x')).toBe('"\\uD800x"');
    expect(quoteForMessage('上海 Café 𝟙')).toBe('"上海 Café 𝟙"');
  });

  it('clips to a number of characters (not UTF-16 units)', () => {
    expect(quoteForMessage('𝟙'.repeat(50), 3)).toBe('"𝟙𝟙𝟙…"');
    expect(quoteForMessage('abc', 3)).toBe('"abc"');
  });

  it('never lets an unsafe character through, and stays short, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 60 }), (text, max) => {
        const quoted = quoteForMessage(text, max);
        expect(quoted).not.toMatch(UNSAFE);
        expect(quoted.length).toBeLessThanOrEqual(2 + max * 10 + 1);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

describe('formatPath', () => {
  it('writes paths as a reader of the JSON looks for them', () => {
    expect(formatPath(['areas', 2, 'points', 0, 'quote'])).toBe('areas[2].points[0].quote');
    expect(formatPath([])).toBe('(the whole file)');
  });

  it('quotes field names that are not plain words, escaped and clipped', () => {
    expect(formatPath(['figures', 0, 'x\n• forged'])).toBe('figures[0]["x\\n• forged"]');
    expect(formatPath(['k'.repeat(100)])).toBe(`["${'k'.repeat(40)}…"]`);
  });

  it('shortens very deep places in the middle', () => {
    expect(formatPath(Array.from({ length: 40 }, (_, i) => (i === 0 ? 'subtitle' : 0)))).toBe('subtitle[0][0][0]…[0][0][0][0]');
  });
});

describe('numbers and places', () => {
  it('writes counts with thousands separators', () => {
    expect(formatCount(4212)).toBe('4,212');
    expect(countOf(1, 'problem')).toBe('1 problem');
    expect(countOf(1_000_000, 'value')).toBe('1,000,000 values');
  });

  it('gives line and column in characters', () => {
    expect(lineAndColumn('ab\ncd\n𝟙x', 8)).toEqual({ line: 3, column: 2 });
    expect(describePlace('a\nb', 2)).toBe('line 2, column 1');
  });

  it('shows outside text (a path) without quotes, escaped, clipped in the middle', () => {
    expect(plainForMessage('/home/a\nb.json')).toBe('/home/a\\nb.json');
    expect(plainForMessage(`/${'a'.repeat(500)}/b.json`, 21)).toBe('/aaaaaaaaa…aaa/b.json');
  });
});
