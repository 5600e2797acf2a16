/**
 * Finds stored quotes in the source text, in time linear in the size of the text.
 *
 * Quotes are verbatim, but two things about the way a text is saved do not count:
 * - white space: the source's line breaks and runs of spaces are not meaningful, so any run of
 *   white space matches any other;
 * - Unicode normal form: "é" saved as one character or as "e" plus a combining accent is the
 *   same text, so both sides are compared in NFC.
 *
 * `locateQuote` finds one quote (Knuth–Morris–Pratt, O(source + quote)) and says where it is in
 * the original text; `findQuotes` checks many at once (Aho–Corasick, one pass over the source
 * whatever the number of quotes), which is what validation uses. Neither ever backtracks, so no
 * quote, however long or repetitive, can make the search slow.
 */
export interface QuoteSpan {
  /** Index of the quote's first character in the source text. */
  start: number;
  /** Index one past the quote's last character. */
  end: number;
}

/** Exactly the characters JavaScript's `\s` matches. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Text whose every character is below U+0300 is already in NFC (no composition starts there). */
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

function nfc(text: string): string {
  return MAY_CHANGE_IN_NFC.test(text) ? text.normalize('NFC') : text;
}

/** The form quotes and sources are compared in: NFC, white-space runs as one space, trimmed. */
export function canonicalText(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
}

/** Inside a word NFC changes: where its canonical unit `offset` comes from (words up to 64 characters; longer ones map whole). */
function originInWord(word: string, offset: number): { start: number; end: number } | null {
  if (word.length > 64) return null;
  let start = 0;
  let end = word.length;
  for (let k = 0; k <= word.length; k++) {
    const length = word.slice(0, k).normalize('NFC').length;
    if (length <= offset) start = k;
    if (length >= offset + 1) {
      end = k;
      break;
    }
  }
  // The accents that follow a letter belong to it.
  while (end < word.length && /\p{M}/u.test(word[end]!)) end++;
  return { start, end };
}

/**
 * Where canonical index `target` comes from in the original text: walking the original word by
 * word as `canonicalText` builds it (white space never composes with its neighbours, so
 * normalising word by word equals normalising the whole text).
 */
function originOf(source: string, target: number): { start: number; end: number } {
  const n = source.length;
  let canonical = 0;
  let i = 0;
  while (i < n) {
    const wordStart = i;
    while (i < n && isWhiteSpace(source.charCodeAt(i))) i++;
    if (i >= n) break;
    if (i > wordStart && canonical > 0) canonical++; // the one space a run of white space becomes
    let j = i;
    let plain = true;
    while (j < n && !isWhiteSpace(source.charCodeAt(j))) {
      if (source.charCodeAt(j) >= 0x300) plain = false;
      j++;
    }
    const word = plain ? null : source.slice(i, j);
    const normal = word === null ? null : word.normalize('NFC');
    const length = normal === null ? j - i : normal.length;
    if (target < canonical + length) {
      if (normal === null || normal === word) return { start: i + (target - canonical), end: i + (target - canonical) + 1 };
      const inside = originInWord(word!, target - canonical);
      return inside ? { start: i + inside.start, end: i + inside.end } : { start: i, end: j };
    }
    canonical += length;
    i = j;
  }
  return { start: n, end: n };
}

/**
 * Knuth–Morris–Pratt over the canonical form of `source` (NFC, white-space runs read as one
 * space, leading and trailing white space skipped), read on the fly: the index in that form of
 * the first occurrence of `pattern` (itself canonical), or -1.
 */
function searchCanonical(source: string, pattern: string): number {
  const m = pattern.length;
  if (m === 0) return -1;
  const border = new Int32Array(m);
  for (let q = 1, k = 0; q < m; q++) {
    while (k > 0 && pattern.charCodeAt(q) !== pattern.charCodeAt(k)) k = border[k - 1]!;
    if (pattern.charCodeAt(q) === pattern.charCodeAt(k)) k++;
    border[q] = k;
  }
  let k = 0;
  let index = -1;
  let at = -1;
  readCanonical(source, (c) => {
    index++;
    while (k > 0 && c !== pattern.charCodeAt(k)) k = border[k - 1]!;
    if (c === pattern.charCodeAt(k)) k++;
    if (k < m) return true;
    at = index - m + 1;
    return false;
  });
  return at;
}

/** Where the quote is in the source text, or null. */
export function locateQuote(source: string, quote: string): QuoteSpan | null {
  const pattern = canonicalText(quote);
  const at = searchCanonical(source, pattern);
  if (at < 0) return null;
  return { start: originOf(source, at).start, end: originOf(source, at + pattern.length - 1).end };
}

/** (node, unit) → child, open addressing with linear probing; at most half full. */
class EdgeTable {
  private readonly mask: number;
  private readonly nodeOf: Int32Array;
  private readonly unitOf: Uint16Array;
  private readonly childOf: Int32Array;

  constructor(edges: number) {
    let capacity = 16;
    while (capacity < edges * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.nodeOf = new Int32Array(capacity);
    this.unitOf = new Uint16Array(capacity);
    this.childOf = new Int32Array(capacity).fill(-1);
  }

  private slot(node: number, unit: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77)) & this.mask;
  }

  get(node: number, unit: number): number {
    for (let s = this.slot(node, unit); ; s = (s + 1) & this.mask) {
      const child = this.childOf[s]!;
      if (child < 0) return -1;
      if (this.nodeOf[s] === node && this.unitOf[s] === unit) return child;
    }
  }

  set(node: number, unit: number, child: number): void {
    let s = this.slot(node, unit);
    while (this.childOf[s]! >= 0) s = (s + 1) & this.mask;
    this.nodeOf[s] = node;
    this.unitOf[s] = unit;
    this.childOf[s] = child;
  }
}

/**
 * Reads `source` in canonical form (NFC, white-space runs read as one space, leading and trailing
 * white space skipped), one UTF-16 unit at a time, until `visit` returns false.
 */
function readCanonical(source: string, visit: (unit: number) => boolean): void {
  const text = nfc(source);
  let started = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWhiteSpace(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      // The space a run of white space becomes; this character is read on the next turn.
      c = 0x20;
      pendingSpace = false;
      i--;
    }
    started = true;
    if (!visit(c)) return;
  }
}

/**
 * The Aho–Corasick automaton of a set of patterns. The trie's edges live in one open-addressing
 * hash table of typed arrays (node, UTF-16 unit) → child: no allocation per lookup, a fixed,
 * small amount of memory.
 */
class PatternAutomaton {
  private readonly edges: EdgeTable;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly edgeChar: Uint16Array;
  /** The pattern a node ends, or -1. */
  private readonly output: Int32Array;
  private fail = new Int32Array(0);
  private dict = new Int32Array(0);
  private nodes = 1;

  constructor(patterns: readonly string[]) {
    let total = 0;
    for (const p of patterns) total += p.length;
    const size = total + 1;
    this.edges = new EdgeTable(total);
    this.firstChild = new Int32Array(size).fill(-1);
    this.nextSibling = new Int32Array(size).fill(-1);
    this.edgeChar = new Uint16Array(size);
    this.output = new Int32Array(size).fill(-1);
    patterns.forEach((p, id) => this.insert(p, id));
    this.link();
  }

  private insert(pattern: string, id: number): void {
    if (pattern.length === 0) return;
    let node = 0;
    for (let k = 0; k < pattern.length; k++) {
      const c = pattern.charCodeAt(k);
      let child = this.edges.get(node, c);
      if (child < 0) {
        child = this.nodes++;
        this.edges.set(node, c, child);
        this.edgeChar[child] = c;
        this.nextSibling[child] = this.firstChild[node]!;
        this.firstChild[node] = child;
      }
      node = child;
    }
    this.output[node] = id;
  }

  /** Where the automaton goes from `state` on `unit` (following failure links as needed). */
  next(state: number, unit: number): number {
    for (let s = state; ; s = this.fail[s]!) {
      const t = this.edges.get(s, unit);
      if (t >= 0) return t;
      if (s === 0) return 0;
    }
  }

  /**
   * Failure links (longest proper suffix that is in the trie) and dictionary links (nearest
   * failure ancestor that ends a pattern), breadth first.
   */
  private link(): void {
    const { firstChild, nextSibling, output } = this;
    const fail = (this.fail = new Int32Array(this.nodes));
    const dict = (this.dict = new Int32Array(this.nodes));
    const queue = new Int32Array(this.nodes);
    let head = 0;
    let tail = 0;
    for (let v = firstChild[0]!; v !== -1; v = nextSibling[v]!) queue[tail++] = v;
    while (head < tail) {
      const u = queue[head++]!;
      for (let v = firstChild[u]!; v !== -1; v = nextSibling[v]!) {
        const target = this.next(fail[u]!, this.edgeChar[v]!);
        fail[v] = target;
        dict[v] = output[target]! >= 0 ? target : dict[target]!;
        queue[tail++] = v;
      }
    }
  }

  /**
   * The patterns found in `source`, read in canonical form. A node reported once has had its
   * whole dictionary chain reported with it, so a walk stops at the first reported node: each
   * node is walked once, and the pass stops when every pattern is found.
   */
  find(source: string, patternCount: number): Uint8Array {
    const { output, dict } = this;
    const found = new Uint8Array(patternCount);
    const reported = new Uint8Array(this.nodes);
    let left = 0;
    for (let n = 1; n < this.nodes; n++) if (output[n]! >= 0) left++;
    let state = 0;
    readCanonical(source, (unit) => {
      state = this.next(state, unit);
      for (let node = output[state]! >= 0 ? state : dict[state]!; node !== 0 && reported[node] === 0; node = dict[node]!) {
        reported[node] = 1;
        found[output[node]!] = 1;
        left--;
      }
      return left > 0;
    });
    return found;
  }
}

/**
 * For each quote, whether it is in the source text: one Aho–Corasick pass over the source, so
 * the time is linear in the source's length plus the quotes' total length, however many quotes
 * there are and however they overlap.
 */
export function findQuotes(source: string, quotes: readonly string[]): boolean[] {
  const ids = new Map<string, number>();
  const quoteIds = quotes.map((q) => {
    const pattern = canonicalText(q);
    let id = ids.get(pattern);
    if (id === undefined) ids.set(pattern, (id = ids.size));
    return id;
  });
  const patterns = [...ids.keys()];
  const found = new PatternAutomaton(patterns).find(source, patterns.length);
  return quoteIds.map((id) => found[id] === 1);
}
