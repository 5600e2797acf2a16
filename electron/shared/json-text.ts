/**
 * JSON text from a file, checked before it is parsed: one pass over the characters that finds
 * the first syntax error (said as "line 12, column 5: …") and refuses text that is bigger than
 * any briefing could be — too many values, too long a list, too many fields, too deep, too long
 * a text — before a single object is built. Only text that passes is given to `JSON.parse`, so
 * parsing (and everything after it) works on bounded data.
 *
 * The grammar is ECMA-404's, exactly what `JSON.parse` accepts; a property test keeps the two in
 * agreement.
 */
import { countOf, describePlace, formatCount, formatPath, quoteForMessage } from './messages';

export interface JsonLimits {
  /** Values of any kind (objects, lists, texts, numbers, true/false/null). */
  maxValues: number;
  /** Items in one list. */
  maxItems: number;
  /** Fields in one object. */
  maxFields: number;
  /** Lists and objects inside one another. */
  maxDepth: number;
  /** Characters in one text (before unescaping). */
  maxStringChars: number;
}

/**
 * Far beyond any real briefing (the bundled one holds 452 values, its longest list 21 items, its
 * deepest place 6 levels down, its longest text under 700 characters), far below what would
 * strain the reader.
 */
export const BRIEFING_JSON_LIMITS: JsonLimits = {
  maxValues: 100_000,
  maxItems: 10_000,
  maxFields: 200,
  maxDepth: 32,
  maxStringChars: 100_000,
};

export type JsonCheck = { ok: true } | { ok: false; problem: string };

// Character codes, and what may come next (plain numbers: no enums, for every bundler).
const TAB = 9, LF = 10, CR = 13, SPACE = 32, QUOTE = 34, APOSTROPHE = 39, PLUS = 43, COMMA = 44, MINUS = 45, DOT = 46;
const SLASH = 47, ZERO = 48, NINE = 57, COLON = 58, UPPER_E = 69, OPEN_SQUARE = 91, BACKSLASH = 92, CLOSE_SQUARE = 93;
const LOWER_E = 101, LOWER_F = 102, LOWER_N = 110, LOWER_T = 116, LOWER_U = 117, OPEN_CURLY = 123, CLOSE_CURLY = 125;

/** A value. */
const EXPECT_VALUE = 0;
/** A value or "]" (just after "["). */
const EXPECT_FIRST_ITEM = 1;
/** A field name or "}" (just after "{"). */
const EXPECT_FIRST_FIELD = 2;
/** A field name (after a comma). */
const EXPECT_FIELD = 3;
const EXPECT_COLON = 4;
/** "," or the container's end. */
const EXPECT_COMMA_OR_END = 5;
/** Nothing but white space. */
const EXPECT_END = 6;

interface Frame {
  isObject: boolean;
  count: number;
  /** The current field name, for messages (clipped). */
  key: string;
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

function isHexDigit(h: number): boolean {
  return (h >= 48 && h <= 57) || (h >= 65 && h <= 70) || (h >= 97 && h <= 102);
}

/** Thrown inside the scanner at the first problem; `checkJsonText` turns it into its answer. */
class JsonTextProblem {
  constructor(readonly problem: string) {}
}

/**
 * One pass over the text. Plain methods (no closures made per value), so the pass costs tens of
 * nanoseconds a character whatever the bundler does to function names.
 */
class JsonScanner {
  private readonly stack: Frame[] = [];
  private values = 0;
  private readonly n: number;

  constructor(
    private readonly text: string,
    private readonly limits: JsonLimits,
  ) {
    this.n = text.length;
  }

  private path(): PropertyKey[] {
    return this.stack.map((f) => (f.isObject ? f.key : f.count - 1));
  }

  private syntax(at: number, what: string): JsonTextProblem {
    return new JsonTextProblem(`The file is not valid JSON: ${describePlace(this.text, at)}: ${what}.`);
  }

  private found(at: number): string {
    if (at >= this.n) return 'the file ends';
    const code = this.text.codePointAt(at)!;
    return `found ${quoteForMessage(String.fromCodePoint(code), 1)}`;
  }

  /** A problem at the value being read (`here`) or at the list or object that holds it. */
  private tooBig(what: string, at: 'here' | 'container' = 'here'): JsonTextProblem {
    const path = this.path();
    return new JsonTextProblem(`${formatPath(at === 'here' ? path : path.slice(0, -1))}: ${what}`);
  }

  /** Reads a string starting at the quote at `start`; returns the index after it. */
  private readString(start: number, isFieldName: boolean): number {
    const { text, n } = this;
    let j = start + 1;
    for (;;) {
      if (j >= n) throw this.syntax(start, 'a text is not closed with a double quote (")');
      const c = text.charCodeAt(j);
      if (c === QUOTE) break;
      if (c < 0x20) {
        throw this.syntax(j, `a text holds a raw control character (${quoteForMessage(text[j]!, 1)}); inside a text write a line break as \\n and a tab as \\t`);
      }
      if (c === BACKSLASH) {
        const e = text.charCodeAt(j + 1);
        if (e === LOWER_U) {
          if (!(isHexDigit(text.charCodeAt(j + 2)) && isHexDigit(text.charCodeAt(j + 3)) && isHexDigit(text.charCodeAt(j + 4)) && isHexDigit(text.charCodeAt(j + 5)))) {
            throw this.syntax(j, 'a text holds \\u not followed by four hexadecimal digits');
          }
          j += 6;
          continue;
        }
        // " \ / b f n r t
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          j += 2;
          continue;
        }
        if (j + 1 >= n) throw this.syntax(start, 'a text is not closed with a double quote (")');
        throw this.syntax(j, `a text holds a backslash followed by ${quoteForMessage(String.fromCodePoint(text.codePointAt(j + 1)!), 1)}, which JSON does not allow (write a backslash as \\\\)`);
      }
      j++;
    }
    if (j - start - 1 > this.limits.maxStringChars) {
      const what = isFieldName ? 'a field name' : 'a text';
      throw this.tooBig(
        `${what} of ${countOf(j - start - 1, 'character')} is far longer than any in a briefing (at most ${formatCount(this.limits.maxStringChars)}).`,
        isFieldName ? 'container' : 'here',
      );
    }
    return j + 1;
  }

  private readNumber(start: number): number {
    const { text } = this;
    let j = start;
    let ok = true;
    if (text.charCodeAt(j) === MINUS) j++;
    if (text.charCodeAt(j) === ZERO) j++;
    else if (isDigit(text.charCodeAt(j))) while (isDigit(text.charCodeAt(j))) j++;
    else ok = false;
    if (ok && text.charCodeAt(j) === DOT) {
      j++;
      if (!isDigit(text.charCodeAt(j))) ok = false;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (ok && (e === LOWER_E || e === UPPER_E)) {
      j++;
      const sign = text.charCodeAt(j);
      if (sign === PLUS || sign === MINUS) j++;
      if (!isDigit(text.charCodeAt(j))) ok = false;
      while (isDigit(text.charCodeAt(j))) j++;
    }
    if (!ok) throw this.syntax(start, 'a number is not written the way JSON writes numbers (such as 12, -3.5 or 1e6)');
    if (j - start > 400) throw this.tooBig('a number is written with more than 400 characters.');
    return j;
  }

  private readLiteral(start: number, word: string): number {
    if (this.text.startsWith(word, start)) return start + word.length;
    throw this.syntax(start, `expected ${word}, found ${quoteForMessage(this.text.slice(start, start + word.length), word.length)}`);
  }

  /** After a complete value: what comes next depends on the container. */
  private afterValue(): number {
    return this.stack.length === 0 ? EXPECT_END : EXPECT_COMMA_OR_END;
  }

  /** What may come next. */
  private expect = EXPECT_VALUE;

  run(): void {
    const { text, n } = this;
    let i = 0;
    for (;;) {
      while (i < n && isSpace(text.charCodeAt(i))) i++;
      if (i >= n) return this.atEnd();
      i = this.step(i, text.charCodeAt(i));
    }
  }

  /** The text has ended: fine after a complete value, a problem anywhere else. */
  private atEnd(): void {
    if (this.expect === EXPECT_END) return;
    if (this.values === 0) throw new JsonTextProblem('The file is empty: it holds no JSON at all.');
    const open = this.stack[this.stack.length - 1];
    throw this.syntax(this.n, `the file ends before the JSON does (a closing ${open?.isObject ? '"}"' : '"]"'} is missing)`);
  }

  /** Reads what starts with the character `c` at `i`; returns the index after it. */
  private step(i: number, c: number): number {
    switch (this.expect) {
      case EXPECT_END:
        throw this.syntax(i, `there is more after the end of the JSON (${this.found(i)})`);
      case EXPECT_COLON:
        if (c !== COLON) throw this.syntax(i, `expected a colon (:) after the field name, ${this.found(i)}`);
        this.expect = EXPECT_VALUE;
        return i + 1;
      case EXPECT_COMMA_OR_END:
        return this.afterItem(i, c);
      case EXPECT_FIRST_FIELD:
      case EXPECT_FIELD:
        return this.fieldName(i, c);
      default:
        return this.value(i, c);
    }
  }

  /** Closes the innermost list or object. */
  private close(i: number): number {
    this.stack.pop();
    this.expect = this.afterValue();
    return i + 1;
  }

  /** After an item of a list or a field of an object: a comma, or the container's end. */
  private afterItem(i: number, c: number): number {
    const { limits } = this;
    const top = this.stack[this.stack.length - 1]!;
    if (c === (top.isObject ? CLOSE_CURLY : CLOSE_SQUARE)) return this.close(i);
    if (c !== COMMA) {
      throw this.syntax(i, `expected a comma (,) or ${top.isObject ? '"}"' : '"]"'} after ${top.isObject ? 'a field' : 'a list item'}, ${this.found(i)}`);
    }
    if (top.isObject) {
      if (top.count >= limits.maxFields) throw this.tooBig(`has more than ${formatCount(limits.maxFields)} fields; an object in a briefing has at most 20.`, 'container');
      this.expect = EXPECT_FIELD;
    } else {
      if (top.count >= limits.maxItems) throw this.tooBig(`lists more than ${formatCount(limits.maxItems)} items; no list in a briefing is that long.`, 'container');
      top.count++;
      this.expect = EXPECT_VALUE;
    }
    return i + 1;
  }

  /** A field name in an object (or, just after "{", the object's end). */
  private fieldName(i: number, c: number): number {
    const top = this.stack[this.stack.length - 1]!;
    if (c === CLOSE_CURLY) {
      if (this.expect === EXPECT_FIELD) throw this.syntax(i, 'there is a comma before the closing "}"; JSON allows none there');
      return this.close(i);
    }
    if (c !== QUOTE) {
      const hint = c === SLASH ? '; JSON does not allow comments' : c === APOSTROPHE ? '; field names take double quotes (")' : '';
      throw this.syntax(i, `expected a field name in double quotes, ${this.found(i)}${hint}`);
    }
    const end = this.readString(i, true);
    top.count++;
    // The name, for messages only: clipped before unescaping, so a huge name costs nothing.
    const raw = this.text.slice(i + 1, Math.min(end - 1, i + 1 + 120));
    try {
      top.key = JSON.parse(`"${raw}"`) as string;
    } catch {
      top.key = raw;
    }
    this.expect = EXPECT_COLON;
    return end;
  }

  /** A value (or, just after "[", the list's end). */
  private value(i: number, c: number): number {
    const { stack, limits } = this;
    if (c === CLOSE_SQUARE && stack.length > 0 && !stack[stack.length - 1]!.isObject) {
      if (this.expect !== EXPECT_FIRST_ITEM) throw this.syntax(i, 'there is a comma before the closing "]"; JSON allows none there');
      return this.close(i);
    }
    if (++this.values > limits.maxValues) {
      throw new JsonTextProblem(
        `The file holds more than ${formatCount(limits.maxValues)} values (texts, numbers, lists and objects); a briefing holds a few thousand at most.`,
      );
    }
    if (this.expect === EXPECT_FIRST_ITEM) stack[stack.length - 1]!.count = 1;
    if (c === OPEN_CURLY || c === OPEN_SQUARE) {
      if (stack.length >= limits.maxDepth) {
        throw this.tooBig(`is nested more than ${formatCount(limits.maxDepth)} levels deep; a briefing is nested a few levels at most.`);
      }
      stack.push({ isObject: c === OPEN_CURLY, count: 0, key: '' });
      this.expect = c === OPEN_CURLY ? EXPECT_FIRST_FIELD : EXPECT_FIRST_ITEM;
      return i + 1;
    }
    const end = this.scalar(i, c);
    this.expect = this.afterValue();
    return end;
  }

  /** A text, number, true, false or null. */
  private scalar(i: number, c: number): number {
    if (c === QUOTE) return this.readString(i, false);
    if (c === MINUS || isDigit(c)) return this.readNumber(i);
    if (c === LOWER_T) return this.readLiteral(i, 'true');
    if (c === LOWER_F) return this.readLiteral(i, 'false');
    if (c === LOWER_N) return this.readLiteral(i, 'null');
    const hint = c === SLASH ? '; JSON does not allow comments' : c === APOSTROPHE ? '; texts take double quotes (")' : c === COMMA ? '; there may be a comma too many' : '';
    throw this.syntax(i, `expected a value (a text in double quotes, a number, true, false, null, a list or an object), ${this.found(i)}${hint}`);
  }
}

/** Checks JSON text against the grammar and the limits, without building anything. */
export function checkJsonText(text: string, limits: JsonLimits = BRIEFING_JSON_LIMITS): JsonCheck {
  try {
    new JsonScanner(text, limits).run();
    return { ok: true };
  } catch (err) {
    if (err instanceof JsonTextProblem) return { ok: false, problem: err.problem };
    throw err;
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problems: string[] };

/** Checks, then parses. A syntax error names its line and column; text beyond the limits is refused unparsed. */
export function parseJsonText(text: string, limits: JsonLimits = BRIEFING_JSON_LIMITS): ParsedJson {
  const checked = checkJsonText(text, limits);
  if (!checked.ok) return { ok: false, problems: [checked.problem] };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Not expected (the check follows the same grammar); said plainly all the same.
    return { ok: false, problems: ['The file is not valid JSON.'] };
  }
}
