/**
 * The schema bounds everything a file can make long, and refuses values that cannot be true —
 * so that nothing the app derives from an accepted briefing is NaN or infinite, and no figure is
 * ever shown as "about NaN million", a negative total or "∞".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchemaText } from '../../../electron/shared/briefing-json-schema';
import { validateBriefing } from '../../../electron/shared/briefing-loader';
import { LIMITS, SCALES, type Briefing } from '../../../electron/shared/briefing-schema';
import { deriveFigures, formatDerivedValue } from '../../../renderer/src/model/derived-figures';
import { formatChange, formatNumber, formatPercent, formatQuantity } from '../../../renderer/src/lib/figure-format';
import { bundledJson, bundledSourceText } from '../../support/load-bundled';

type Node = { type?: string | string[]; maxItems?: number; maxLength?: number; enum?: unknown[]; const?: unknown; pattern?: string; [key: string]: unknown };

/** Every place in the JSON Schema that describes a list or a text, with its path. */
function listsAndTexts(node: unknown, path = '', out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) node.forEach((n, i) => listsAndTexts(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const n = node as Node;
    if (n.type === 'array' || n.type === 'string') out.push([path, n]);
    for (const [k, v] of Object.entries(n)) listsAndTexts(v, `${path}.${k}`, out);
  }
  return out;
}

describe('caps on every list and text', () => {
  it('every list has a maximum length and every text a maximum length (or a fixed set of values)', () => {
    const found = listsAndTexts(JSON.parse(briefingJsonSchemaText()));
    expect(found.length).toBeGreaterThan(30);
    for (const [path, n] of found) {
      if (n.type === 'array') expect(n.maxItems, path).toBeGreaterThan(0);
      else if (!n.enum && n.const === undefined && n.format !== 'date') expect(n.maxLength, path).toBeGreaterThan(0);
    }
  });

  it('keeps ids short enough for a file name', () => {
    const data = bundledJson();
    data.id = `a${'-b'.repeat(40)}`;
    const result = validateBriefing(data, bundledSourceText());
    expect(!result.ok && result.problems).toEqual(['id: must be at most 64 characters']);
  });
});

function figureProblems(change: Record<string, unknown>): string[] {
  const data = bundledJson();
  Object.assign(data.figures[2]!, change);
  const result = validateBriefing(data, bundledSourceText());
  return result.ok ? [] : result.problems;
}

describe('values that cannot be true are refused with a plain sentence', () => {
  it.each([
    [{ yoyChangePercent: -100 }, 'figures[2].yoyChangePercent: must be more than -100 (a fall of 100 % or more would leave nothing, or less than nothing)'],
    [{ yoyChangePercent: -250 }, 'figures[2].yoyChangePercent: must be more than -100 (a fall of 100 % or more would leave nothing, or less than nothing)'],
    [{ yoyChangePercent: 1e7 }, 'figures[2].yoyChangePercent: must be at most 1,000,000 (percent)'],
    [{ shareOfNationalPercent: 0 }, 'figures[2].shareOfNationalPercent: must be a percentage more than 0 and at most 100 (a share of 0.000001 % or less is not a share anyone states)'],
    [{ shareOfNationalPercent: 5e-324 }, 'figures[2].shareOfNationalPercent: must be a percentage more than 0 and at most 100 (a share of 0.000001 % or less is not a share anyone states)'],
    [{ shareOfNationalPercent: 100.5 }, 'figures[2].shareOfNationalPercent: must be a percentage more than 0 and at most 100'],
    [{ value: 1e16 }, 'figures[2].value: must be at most 1,000,000,000,000,000'],
    [{ value: 1e-9 }, 'figures[2].value: must be 0 or at least 0.000001'],
    [{ value: -3 }, 'figures[2].value: must not be negative'],
  ])('%j', (change, problem) => {
    expect(figureProblems(change)).toEqual([problem]);
  });

  it('accepts the edges that can be true: a fall of 99.9 %, a share of 100 %, a value of 0', () => {
    expect(figureProblems({ yoyChangePercent: -99.9, shareOfNationalPercent: 100, value: 0 })).toEqual([]);
  });
});

describe('nothing derived from an accepted briefing is NaN or infinite', () => {
  const number = fc.oneof(
    fc.double({ noNaN: true }),
    fc.constantFrom(0, 1e-6, 1e-300, 5e-324, 1e15, 1e16, -100, -99.99999999999999, -100.00000000000001, 100, 1e6, -0),
  );
  it('every derived value is finite and formats without NaN, Infinity or ∞', () => {
    const base = bundledJson();
    fc.assert(
      fc.property(
        fc.record({ value: number, parentValue: number, yoy: number, share: number, scale: fc.constantFrom(...SCALES), parentScale: fc.constantFrom(...SCALES) }),
        ({ value, parentValue, yoy, share, scale, parentScale }) => {
          const data = structuredClone(base);
          Object.assign(data.figures[2]!, { value, scale, yoyChangePercent: yoy, shareOfNationalPercent: share });
          Object.assign(data.figures[1]!, { value: parentValue, scale: parentScale });
          const result = validateBriefing(data, bundledSourceText());
          if (!result.ok) {
            for (const p of result.problems) expect(p).not.toMatch(/NaN|Infinity|∞/);
            return;
          }
          const briefing: Briefing = result.value;
          for (const d of deriveFigures(briefing)) {
            expect(Number.isFinite(d.value), `${d.id} = ${d.value}`).toBe(true);
            expect(formatDerivedValue(d)).not.toMatch(/NaN|Infinity|∞/);
          }
          for (const f of briefing.figures) {
            const shown = [formatQuantity(f), f.yoyChangePercent !== undefined ? formatChange(f.yoyChangePercent) : '', f.shareOfNationalPercent !== undefined ? formatPercent(f.shareOfNationalPercent) : ''];
            for (const s of shown) expect(s).not.toMatch(/NaN|Infinity|∞/);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('formatting shows a dash, never NaN or ∞, for a value that is not finite (the last guard)', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(formatNumber(v)).toBe('—');
    expect(formatQuantity({ value: NaN, unit: 'yuan', scale: 'million', approximation: 'about' })).toBe('about — million yuans');
  });

  it('the caps are the reason: the largest value over the smallest share, and over the steepest fall, is still finite', () => {
    const abs = LIMITS.maxValue * 1e12;
    expect(Number.isFinite(abs / (LIMITS.minSharePercent / 100))).toBe(true);
    const steepest = -99.99999999999999; // the largest number below -100 in floating point is -100.00000000000001
    expect(Number.isFinite(abs / (1 + steepest / 100))).toBe(true);
    expect(Number.isFinite((abs / (LIMITS.minNonZeroValue * 1)) * 100)).toBe(true);
  });
});
