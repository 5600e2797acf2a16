/**
 * Broken briefings are refused with messages that name the field and say what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { formatPath, parseJson, validateBriefing } from '../../../electron/shared/briefing-loader';
import { bundledJson, bundledSourceText } from '../../support/load-bundled';

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
    expect(problemsOf((b) => delete (b as Record<string, unknown>)['title'])).toEqual(['title: is missing (it must be a string)']);
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
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^figures\[1\]\.value: /);
    expect(problems[1]).toMatch(/^figures\[1\]\.shareOfNationalPercent: /);
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
});

describe('parseJson', () => {
  it('says where the JSON breaks', () => {
    const result = parseJson('{"title": "x",,}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^The file is not valid JSON: .*position 14/);
  });
});

describe('formatPath', () => {
  it('writes paths as a reader of the JSON looks for them', () => {
    expect(formatPath(['areas', 2, 'points', 0, 'quote'])).toBe('areas[2].points[0].quote');
    expect(formatPath([])).toBe('(the whole file)');
  });
});

describe('unknown fields', () => {
  it('are refused, so a misspelt field is not silently ignored', () => {
    expect(problemsOf((b) => ((b.figures[2] as Record<string, unknown>)['yoyChange'] = 53.2))).toEqual([
      'figures[2]: has unknown field "yoyChange"',
    ]);
  });
});
