/**
 * Recognises a title or a lede at the top of a plain-text article.
 *
 * A first line that is short and has no closing sentence punctuation, with more text after it, is
 * a headline: it leaves the body. A first line that is one full sentence is a lede: it stays body
 * and also serves as the title when nothing better is known.
 */
import type { Span, TitleFact } from '../../types.js';

export interface TitleResult {
  title: TitleFact;
  /** True when the block is a headline and not part of the body. */
  headline: boolean;
}

const MAX_HEADLINE = 200;
const MAX_LEDE = 320;

/** Returns null when the first body block is neither a headline nor a one-sentence lede. */
export function recogniseTitle(text: string, body: readonly Span[]): TitleResult | null {
  const first = body[0];
  if (!first || body.length < 2) return null;
  const value = text.slice(first.start, first.end);
  const span = { start: first.start, end: first.end };
  const words = value.split(/\s+/u).length;
  if (value.length <= MAX_HEADLINE && words >= 2 && !/[.!…:;,]["”’»]?$/u.test(value)) {
    return { title: { value, ...span, source: 'text/title/headline-line' }, headline: true };
  }
  const sentences = value.split(/(?<=[.!?…]["”’»]?)\s+(?=["“«\p{Lu}])/u);
  if (value.length <= MAX_LEDE && sentences.length === 1 && words >= 6) {
    return { title: { value, ...span, source: 'text/title/lede' }, headline: false };
  }
  return null;
}
