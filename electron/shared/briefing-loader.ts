/**
 * Turns briefing data (and the text of its source) into a validated briefing, or into a list of
 * problems written for a person: what is wrong and where. It never throws for bad input; the
 * caller decides what to show.
 */
import type { z } from 'zod';
import { briefingSchema, type Briefing } from './briefing-schema';
import { locateQuote } from './quote-locator';

/** Larger than any real briefing by two orders of magnitude; refuses memory-exhausting files. */
export const MAX_BRIEFING_BYTES = 20 * 1024 * 1024;
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** "figures[3].value": the place of a problem, as a person reading the JSON would look for it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(the whole file)';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_type') {
    const input = (issue as { input?: unknown }).input;
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`;
    return input === undefined ? `${where}: is missing (it must be ${expected})` : `${where}: must be ${expected}, not ${describeValue(input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `${where}: has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
}

/** The JSON text of a briefing file, parsed; a syntax error names its position. */
export function parseJson(text: string): Checked<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [`The file is not valid JSON: ${detail}.`] };
  }
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
export function findMarkup(data: unknown, limit = 20): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (problems.length >= limit || path.length > MAX_WALK_DEPTH) return;
    if (typeof value === 'string') {
      const match = MARKUP.exec(value);
      if (match) {
        const found = value.slice(match.index, match.index + 24);
        problems.push(
          `${formatPath(path)}: holds HTML or script ("${found}${value.length > match.index + 24 ? '…' : ''}"); briefing text must be plain text`,
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(data, []);
  return problems;
}

/** Validates parsed data against the schema, then checks every quote is in the source text. */
export function validateBriefing(data: unknown, sourceText: string): Checked<Briefing> {
  const markup = findMarkup(data);
  const parsed = briefingSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: [...markup, ...parsed.error.issues.map(describeIssue)] };
  if (markup.length) return { ok: false, problems: markup };
  const briefing = parsed.data;
  const problems: string[] = [];
  const check = (where: string, quote: string | undefined) => {
    if (quote !== undefined && !locateQuote(sourceText, quote)) {
      problems.push(`${where}: is not found word for word in the source text`);
    }
  };
  check('event.quote', briefing.event.quote);
  briefing.figures.forEach((f, i) => check(`figures[${i}].quote`, f.quote));
  briefing.areas.forEach((a, i) => {
    check(`areas[${i}].quote`, a.quote);
    check(`areas[${i}].summaryQuote`, a.summaryQuote);
    a.points.forEach((p, j) => check(`areas[${i}].points[${j}].quote`, p.quote));
  });
  if (briefing.outlook) {
    check('outlook.quote', briefing.outlook.quote);
    briefing.outlook.tasks.forEach((t, i) => check(`outlook.tasks[${i}].quote`, t.quote));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: briefing };
}
