/**
 * The attribution-relation reading of a quotation (PolNeAR's convention, asked for with
 * `joinContinuations`): the quote is the whole content that the cue attributes, not only the words
 * inside the quotation marks. The content is direct when it is the quotation alone, and mixed when
 * it also holds words of the reporter's own:
 *
 *   she said that “…”                      the complementiser: a reported clause that quotes
 *   she called the plan “dead on arrival”  the clause the quotation is part of (a partial quote)
 *   he declared “a total disaster” for his party   the rest of a sentence the quotation does not end
 *
 * A quotation attributed after its words (“…,” she said) is content from mark to mark: its
 * attribution ends the sentence, so there is nothing to add.
 */
import type { QuoteKind, Span } from '../../types.js';
import { countWords } from './tokens.js';

export interface RelationContent {
  quote: Span;
  kind: QuoteKind;
  /** Why the content is mixed (`quotes/mixed/...`), or null when it is the quotation alone. */
  rule: string | null;
}

/** The complementiser that opens a reported clause (English, Russian, Ukrainian). */
const THAT = /^[\s,]*(?:that|что|що)(?![\p{L}\p{N}])/iu;

/** A quotation whose last words end a sentence: nothing of the sentence is left after it. */
const ENDS_SENTENCE = /[.!?…]['’"”»]*\s*$/;

/**
 * The content of a quotation `segment` whose cue ends at `cueEnd` (null when the cue comes after
 * the words), in the sentence `unit`, with `limit` where the next quotation starts.
 * `embedded` is true for a quotation inside a clause (a partial quote): the words between the cue
 * and the mark are its content then. Returns the quotation itself, kind direct, when nothing of the
 * reporter's own belongs to it.
 */
export function relationContent(text: string, segment: Span & { inner: Span }, cueEnd: number | null, unit: Span, limit: number, embedded: boolean): RelationContent {
  let start = segment.start;
  let end = segment.end;
  let rule: string | null = null;
  if (cueEnd !== null && cueEnd <= segment.start) {
    const between = text.slice(cueEnd, segment.start);
    if (THAT.test(between)) {
      start = cueEnd + between.search(/\S/);
      rule = 'quotes/mixed/that-quote';
    } else if (embedded && countWords(text, cueEnd, segment.start) > 0) {
      start = cueEnd + between.search(/\S/);
      rule = 'quotes/mixed/clause-quote';
    }
  }
  const stop = Math.min(unit.end, limit);
  if (stop > segment.end && !ENDS_SENTENCE.test(text.slice(segment.inner.start, segment.inner.end)) && countWords(text, segment.end, stop) > 0) {
    end = trimEnd(text, segment.end, stop);
    rule ??= 'quotes/mixed/quote-clause';
  }
  return { quote: { start, end }, kind: rule === null ? 'direct' : 'mixed', rule };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?…\u2014\u2013-]/.test(text[e - 1]!)) e--;
  return e;
}
