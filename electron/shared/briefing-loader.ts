/**
 * Turns briefing data (and the text of its source) into a validated briefing, or into a list of
 * problems written for a person: what is wrong and where. It never throws for bad input; the
 * caller decides what to show.
 *
 * Every message is bounded: at most `MAX_PROBLEMS` problems are written out (then "…and 4,212
 * more problems."), each clipped, and anything taken from the file (a field name, a value) is
 * shown escaped and clipped. Zod's own wording ("Invalid input: expected int, received number",
 * "<=9007199254740991") is never shown: each kind of issue is said in plain words.
 */
import type { z } from 'zod';
import { briefingSchema, LIMITS, type Briefing } from './briefing-schema';
import { parseJsonText } from './json-text';
import { clipMessage, countOf, formatCount, formatPath, quoteForMessage } from './messages';
import { canonicalText, findQuotes } from './quote-locator';

export { formatPath } from './messages';

/** Larger than any real briefing by two orders of magnitude; refuses memory-exhausting files. */
export const MAX_BRIEFING_BYTES = 20 * 1024 * 1024;
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** Problems written out for one file; the rest are counted. */
export const MAX_PROBLEMS = 30;
/** The longest one problem may be, in characters. */
export const MAX_PROBLEM_CHARS = 400;

/**
 * A result for a person. `more` counts the problems found beyond those listed (`problems` never
 * holds more than `MAX_PROBLEMS`).
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[]; more?: number };

/** Collects problems up to the cap and counts the rest. */
export class ProblemList {
  readonly listed: string[] = [];
  private extra = 0;

  add(problem: string): void {
    if (this.listed.length < MAX_PROBLEMS) this.listed.push(clipMessage(problem, MAX_PROBLEM_CHARS));
    else this.extra++;
  }

  get size(): number {
    return this.listed.length + this.extra;
  }

  refusal<T>(): Checked<T> {
    return this.extra > 0 ? { ok: false, problems: this.listed, more: this.extra } : { ok: false, problems: this.listed };
  }
}

/** The problems of a refusal as a list, ending with "…and 4,212 more problems." when some were not listed. */
export function problemLines(result: { problems: string[]; more?: number }): string[] {
  return result.more ? [...result.problems, `…and ${countOf(result.more, 'more problem')}.`] : result.problems;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quoteForMessage(value, 40)}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${String(value)}` : 'a number too large to store';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return 'something else';
}

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function limitText(origin: string | undefined, bound: number | bigint, inclusive: boolean | undefined, big: boolean): string {
  const n = Number(bound);
  if (origin === 'string') {
    if (!big && n === 1 && inclusive !== false) return 'must not be empty';
    return `must be ${big ? 'at most' : 'at least'} ${countOf(n, 'character')}`;
  }
  if (origin === 'array' || origin === 'set') {
    if (!big && n === 1 && inclusive !== false) return 'must list at least one item';
    return `must list ${big ? 'at most' : 'at least'} ${countOf(n, 'item')}`;
  }
  if (!Number.isSafeInteger(n) && Math.abs(n) >= Number.MAX_SAFE_INTEGER) return big ? 'is far too large' : 'is far too small';
  const shown = Number.isInteger(n) ? formatCount(n) : String(n);
  if (big) return inclusive === false ? `must be less than ${shown}` : `must be at most ${shown}`;
  return inclusive === false ? `must be more than ${shown}` : `must be at least ${shown}`;
}

/** One issue of zod's, said for a person. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  // A message the schema wrote itself is plain already; zod's defaults are not.
  const own = issue.message && !/^(Invalid|Too (big|small)|Unrecognized|Expected)/.test(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const received = (issue as { received?: string }).received;
      if (received === 'Infinity' || received === '-Infinity' || received === 'NaN') return `${where}: is a number too large to store`;
      if (issue.expected === 'int') return `${where}: ${own ?? 'must be a whole number'}`;
      const expected = KINDS[issue.expected] ?? 'something else';
      return input === undefined ? `${where}: is missing (it must be ${expected})` : `${where}: must be ${expected}, not ${describeValue(input)}`;
    }
    case 'unrecognized_keys': {
      const shown = issue.keys.slice(0, 5).map((k) => quoteForMessage(k, 40));
      const rest = issue.keys.length - shown.length;
      return `${where}: has unknown field${issue.keys.length > 1 ? 's' : ''} ${shown.join(', ')}${rest > 0 ? ` and ${formatCount(rest)} more` : ''}`;
    }
    case 'too_big':
      return `${where}: ${own ?? limitText(issue.origin, issue.maximum, issue.inclusive, true)}`;
    case 'too_small':
      return `${where}: ${own ?? limitText(issue.origin, issue.minimum, issue.inclusive, false)}`;
    case 'invalid_value': {
      if (own) return `${where}: ${own}`;
      const values = issue.values.slice(0, 8).map((v) => (typeof v === 'string' ? quoteForMessage(v, 40) : String(v)));
      const choice = values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
      return input === undefined ? `${where}: is missing (it ${choice})` : `${where}: ${choice}, not ${describeValue(input)}`;
    }
    case 'invalid_format':
      return `${where}: ${own ?? 'is not written in the form this field takes'}`;
    case 'not_multiple_of':
      return `${where}: ${own ?? `must be a multiple of ${String(issue.divisor)}`}`;
    case 'invalid_union':
      return `${where}: ${own ?? 'is not one of the forms this field takes'}`;
    case 'custom':
      return `${where}: ${own ?? 'is not valid here'}`;
    default:
      return `${where}: ${own ?? 'is not valid here'}`;
  }
}

/** The JSON text of a briefing file, checked (syntax, size) and parsed. A syntax error names its line and column. */
export function parseJson(text: string): Checked<unknown> {
  return parseJsonText(text);
}

/** An HTML tag, closing tag, comment or processing instruction: "<img", "</p", "<!--", "<?". */
const MARKUP = /<\s*[A-Za-z!/?]/;
/** Deeper than any briefing; bounds the walk over hostile data. */
const MAX_WALK_DEPTH = 32;

/**
 * Text that holds HTML or script. The app never renders briefing text as HTML, but such a file
 * is not a briefing written for this format (or is an attempt to attack another viewer), so it
 * is refused with the places the markup occurs.
 */
export function findMarkup(data: unknown, problems: ProblemList = new ProblemList()): string[] {
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (problems.size > MAX_PROBLEMS || path.length > MAX_WALK_DEPTH) return;
    if (typeof value === 'string') {
      const match = MARKUP.exec(value);
      if (match) {
        const found = quoteForMessage(value.slice(match.index), 24);
        problems.add(`${formatPath(path)}: holds HTML or script (${found}); briefing text must be plain text`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(data, []);
  return problems.listed;
}

/** Every quote of a briefing, with where it is. */
function quotesOf(briefing: Briefing): { where: string; quote: string }[] {
  const quotes: { where: string; quote: string }[] = [];
  const add = (where: string, quote: string | undefined) => {
    if (quote !== undefined) quotes.push({ where, quote });
  };
  add('event.quote', briefing.event.quote);
  briefing.figures.forEach((f, i) => add(`figures[${i}].quote`, f.quote));
  briefing.areas.forEach((a, i) => {
    add(`areas[${i}].quote`, a.quote);
    add(`areas[${i}].summaryQuote`, a.summaryQuote);
    a.points.forEach((p, j) => add(`areas[${i}].points[${j}].quote`, p.quote));
  });
  if (briefing.outlook) {
    add('outlook.quote', briefing.outlook.quote);
    briefing.outlook.tasks.forEach((t, i) => add(`outlook.tasks[${i}].quote`, t.quote));
  }
  return quotes;
}

/** Validates parsed data against the schema, then checks every quote is in the source text. */
export function validateBriefing(data: unknown, sourceText: string): Checked<Briefing> {
  const problems = new ProblemList();
  findMarkup(data, problems);
  const parsed = briefingSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(describeIssue(issue));
    return problems.refusal();
  }
  if (problems.size > 0) return problems.refusal();
  const briefing = parsed.data;

  const quotes = quotesOf(briefing);
  let total = 0;
  for (const q of new Set(quotes.map((x) => canonicalText(x.quote)))) total += q.length;
  if (total > LIMITS.quoteCharsTotal) {
    problems.add(`The quotes together are ${countOf(total, 'character')} long; a briefing's different quotes may total at most ${formatCount(LIMITS.quoteCharsTotal)}.`);
    return problems.refusal();
  }
  const found = findQuotes(
    sourceText,
    quotes.map((q) => q.quote),
  );
  quotes.forEach((q, i) => {
    if (!found[i]) problems.add(`${q.where}: is not found word for word in the source text`);
  });
  return problems.size > 0 ? problems.refusal() : { ok: true, value: briefing };
}
