/**
 * Finds a stored quote in the source text. Quotes are verbatim, but the source's line breaks and
 * runs of spaces are not meaningful, so whitespace runs match any whitespace run.
 */
export interface QuoteSpan {
  /** Index of the quote's first character in the source text. */
  start: number;
  /** Index one past the quote's last character. */
  end: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function locateQuote(source: string, quote: string): QuoteSpan | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(source);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
