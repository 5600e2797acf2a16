/**
 * The briefing's source text as the app shows it: numbered paragraphs (one a line), and where
 * each quoted item stands in them, so "Show in source" can mark the exact words.
 */
import { locateQuote } from '../../../electron/shared/quote-locator';

export interface SourceParagraph {
  /** 1-based, in the order the paragraphs stand. */
  number: number;
  text: string;
}

export interface QuoteLocation {
  paragraph: number;
  /** Character offsets of the quote within the paragraph's text. */
  start: number;
  end: number;
}

/** A paragraph as text segments, the located quote marked. Text only: never HTML. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

export function sourceParagraphs(sourceText: string): SourceParagraph[] {
  return sourceText
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((text, i) => ({ number: i + 1, text }));
}

/** The first paragraph holding the whole quote, and where in it; null when none does. */
export function locateInParagraphs(paragraphs: readonly SourceParagraph[], quote: string): QuoteLocation | null {
  for (const paragraph of paragraphs) {
    const span = locateQuote(paragraph.text, quote);
    if (span) return { paragraph: paragraph.number, ...span };
  }
  return null;
}

export function segmentsOf(paragraph: SourceParagraph, location: QuoteLocation | null | undefined): TextSegment[] {
  if (!location || location.paragraph !== paragraph.number) return [{ text: paragraph.text, marked: false }];
  const { text } = paragraph;
  return [
    { text: text.slice(0, location.start), marked: false },
    { text: text.slice(location.start, location.end), marked: true },
    { text: text.slice(location.end), marked: false },
  ].filter((s) => s.text !== '');
}
