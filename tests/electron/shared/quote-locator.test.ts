/**
 * Quotes are found in the source text whatever its white space and Unicode normal form, in time
 * linear in its size: no quote, however long or repetitive, makes the search slow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, findQuotes, locateQuote } from '../../../electron/shared/quote-locator';
import { cpuMs } from '../../support/cpu-time';

/** The old way (a regular expression, words joined by \s+), still right for plain ASCII text. */
function byRegExp(source: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const match = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(source);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

describe('locateQuote', () => {
  it('finds a quote across line breaks and runs of spaces, and says where it is', () => {
    const source = 'The zones  used\n222.52 billion\tyuan of foreign capital.';
    const span = locateQuote(source, 'used 222.52 billion yuan');
    expect(span && source.slice(span.start, span.end)).toBe('used\n222.52 billion\tyuan');
  });

  it('matches a source saved decomposed (NFD) to a quote written composed (NFC), and the other way round', () => {
    const nfd = 'Le Café de Zürich, près du lac.'.normalize('NFD');
    const span = locateQuote(nfd, 'Café de Zürich');
    expect(span && nfd.slice(span.start, span.end).normalize('NFC')).toBe('Café de Zürich');
    expect(locateQuote('Café', 'Cafe\u0301')).toEqual({ start: 0, end: 4 });
  });

  it('finds nothing for an empty quote or one that is not there', () => {
    expect(locateQuote('text', '   ')).toBeNull();
    expect(locateQuote('text', 'other')).toBeNull();
  });

  it('agrees with the regular expression it replaced, on any ASCII text', () => {
    const word = fc.constantFrom('a', 'ab', 'b', 'the', 'zone', '1.5%', '(x)');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\t ', '')), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (source, quote) => {
        expect(locateQuote(source, quote)).toEqual(byRegExp(source, quote));
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);
});

describe('findQuotes', () => {
  it('checks many quotes in one pass, and agrees with locateQuote', () => {
    const source = 'she sells sea shells by the sea shore; the shells she sells are sea shells';
    const quotes = ['sea shells', 'sells sea', 'shore; the', 'he sells', 'sea  shore', 'shells by the sea', 'sells', 'x', 'sea shells by the shore'];
    expect(findQuotes(source, quotes)).toEqual(quotes.map((q) => locateQuote(source, q) !== null));
  });

  it('agrees with locateQuote on any text, in any normal form', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', 'é', 'e\u0301', ' ', '\n', '上海', '𝟙', '\u00a0');
    const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 6 }), (source, quotes) => {
        expect(findQuotes(source, quotes)).toEqual(quotes.map((q) => locateQuote(source, q) !== null));
      }),
      { numRuns: 1_500 },
    );
  }, 60_000);

  it('takes time linear in the source: a 2 MB source of "a a a …" and 4,000-character quotes "a a … a b"', () => {
    // With the regular expression this took about a minute, main frozen the whole time.
    const source = 'a '.repeat(1024 * 1024);
    const quote = `${'a '.repeat(1_999)}b`;
    let started = cpuMs();
    expect(findQuotes(source, [quote, quote.replace('b', 'c'), `${quote} a`, 'a a a'])).toEqual([false, false, false, true]);
    expect(cpuMs() - started).toBeLessThan(1_500);
    started = cpuMs();
    expect(locateQuote(source, quote)).toBeNull();
    expect(cpuMs() - started).toBeLessThan(1_500);
  });

  it('takes time linear in the source for 500 different quotes of a 2 MB text', () => {
    const words = Array.from({ length: 400_000 }, (_, i) => `w${(i * 7919) % 1_000}`);
    const source = words.join(' ');
    const quotes = Array.from({ length: 500 }, (_, i) => words.slice(i * 700, i * 700 + 40).join(' ') + (i % 2 ? ' zz' : ''));
    const started = cpuMs();
    const found = findQuotes(source, quotes);
    expect(found.filter(Boolean)).toHaveLength(250);
    expect(cpuMs() - started).toBeLessThan(1_500);
  });
});

describe('canonicalText', () => {
  it('is NFC with white space runs as one space, trimmed', () => {
    expect(canonicalText('  Cafe\u0301 \n\t au\u00a0lait ')).toBe('Café au lait');
  });
});
