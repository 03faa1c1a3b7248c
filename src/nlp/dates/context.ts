/** What every date parser receives: the text, the block it reads, and the reference date. */
import type { DateFact, Span } from '../../types.js';

export interface DateContext {
  text: string;
  /** The block (paragraph) being read. */
  block: Span;
  /** YYYY-MM-DD against which relative expressions resolve. */
  reference: string;
  lang: string;
}

/** A parser finds candidates in one block; `null`-free: an empty array means no match. */
export type DateParser = (context: DateContext) => DateFact[];

/** Words just before a bare weekday or month that point to the future ("will meet on Friday", "closed until Friday"). */
export const FUTURE_CUES = /\b(will|shall|'ll|’ll|(?:is|are|was|were) (?:expected|scheduled|set|due|slated) (?:to|for)|plans? to|planned for|to be held|upcoming|coming|until|till)\b[^.;!?]{0,30}$/i;

/** The text of the block just before `at` (at most 60 characters), to look for cues. */
export function textBefore(text: string, block: Span, at: number): string {
  return text.slice(Math.max(block.start, at - 60), at);
}

/** The sentence-ish window around `at`: from the previous sentence end to the next. */
export function clauseAround(text: string, block: Span, at: number): string {
  let s = at;
  while (s > block.start && !/[.!?]/.test(text[s - 1]!)) s--;
  let e = at;
  while (e < block.end && !/[.!?]/.test(text[e]!)) e++;
  return text.slice(s, e);
}
