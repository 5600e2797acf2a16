/**
 * Pieces of messages written for people, made safe for anything a file may hold.
 *
 * Text from a file (field names, values, file names) is shown escaped — a line break as `\n`, an
 * invisible or direction-changing character as `\u202E` — and clipped, so it can neither forge a
 * line of the message nor make it enormous. Numbers are written with thousands separators.
 */

/** "4,212". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n);
}

/** "1 problem", "4,212 problems". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * Characters that must never reach a message as they are: control characters (line breaks
 * included), format characters (bidirectional overrides, zero-width joiners, the byte-order
 * mark), line and paragraph separators, lone surrogates and private-use characters.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/u;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };

function escapeChar(ch: string): string {
  const short = SHORT_ESCAPES[ch];
  if (short) return short;
  if (!UNSAFE.test(ch)) return ch;
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text from a file, as a message may show it: in double quotes, escaped like JSON (and every
 * invisible character written out), at most `maxChars` characters of it, then "…".
 */
export function quoteForMessage(text: string, maxChars = 40): string {
  let out = '';
  let count = 0;
  // for…of walks code points (a lone surrogate comes out on its own, and is escaped).
  for (const ch of text) {
    if (count === maxChars) return `"${out}…"`;
    out += escapeChar(ch);
    count++;
  }
  return `"${out}"`;
}

/** Text from outside (a path, a system message) shown without quotes but with unsafe characters escaped, clipped in the middle. */
export function plainForMessage(text: string, maxChars = 300): string {
  let escaped = '';
  for (const ch of text) escaped += ch === '"' || ch === '\\' ? ch : escapeChar(ch);
  if (escaped.length <= maxChars) return escaped;
  const half = Math.floor((maxChars - 1) / 2);
  return `${escaped.slice(0, half)}…${escaped.slice(escaped.length - half)}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** How many steps of a path are written out; deeper places are shortened in the middle. */
const MAX_PATH_STEPS = 10;

function pathStep(key: PropertyKey, first: boolean): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  if (IDENTIFIER.test(name) && name.length <= 40) return first ? name : `.${name}`;
  return `[${quoteForMessage(name, 40)}]`;
}

/**
 * "figures[3].value": the place of a problem, as a person reading the JSON would look for it.
 * Field names that are not plain words are shown quoted and escaped (`figures[0]["x\n• y"]`).
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  const steps = path.map((key, i) => pathStep(key, i === 0));
  if (steps.length <= MAX_PATH_STEPS) return steps.join('');
  return `${steps.slice(0, 4).join('')}…${steps.slice(-4).join('')}`;
}

/** A sentence clipped to `maxChars` (a last guard: every message is bounded). */
export function clipMessage(text: string, maxChars = 500): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

/** The line (from 1) and column (from 1, in characters) of an index in a text. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(index, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Characters, not UTF-16 units: an emoji counts once.
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const low = text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
    const afterHigh = i > lineStart && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!(low && afterHigh)) column++;
  }
  return { line, column };
}

export function describePlace(text: string, index: number): string {
  const { line, column } = lineAndColumn(text, index);
  return `line ${formatCount(line)}, column ${formatCount(column)}`;
}
