/**
 * Recovers the byline (author, outlet) from the blocks the classifier captured: an explicit byline
 * line wins over a first-person bio, which wins over a third-person bio, because the first is the
 * outlet's own statement and the bios are the author's.
 */
import type { BylineFact } from '../../types.js';
import type { Capture } from './classify.js';

const PRIORITY: Record<string, number> = { byline: 0, 'author-bio': 1 };

/** Returns null when no captured block names an author. */
export function recoverByline(text: string, captures: readonly Capture[]): BylineFact | null {
  const candidates = captures
    .filter((c) => c.author !== undefined && c.kind in PRIORITY)
    .sort((a, b) => PRIORITY[a.kind]! - PRIORITY[b.kind]! || rank(a.rule) - rank(b.rule));
  const best = candidates[0] && splitTrailingOutlet(text, candidates[0]);
  if (!best || !best.author) return null;
  const fact: BylineFact = {
    author: text.slice(best.author.start, best.author.end).replace(/\s+/gu, ' '),
    start: best.author.start,
    end: best.author.end,
    rule: best.rule,
  };
  // An outlet from the same block, else from any other captured block naming one (a bio line).
  const outlet = best.outlet ?? candidates.find((c) => c.outlet !== undefined)?.outlet;
  if (outlet) fact.outlet = text.slice(outlet.start, outlet.end).replace(/\s+/gu, ' ');
  return fact;
}

/** First-person bios are a persona's own claim and usually name the outlet; prefer them. */
function rank(rule: string): number {
  return rule.endsWith('first-person') ? 0 : 1;
}

/**
 * "By Anna Kowalski and Peter Lindqvist, Northwire": a name list cannot tell a last author from an
 * outlet, but a person's name has at least two words, so a one-word last item is the outlet.
 */
function splitTrailingOutlet(text: string, capture: Capture): Capture {
  if (capture.outlet || !capture.author || capture.kind !== 'byline') return capture;
  const value = text.slice(capture.author.start, capture.author.end);
  const comma = value.lastIndexOf(',');
  if (comma < 0) return capture;
  const last = value.slice(comma + 1).trim();
  if (last === '' || /\s/u.test(last)) return capture;
  const lastStart = capture.author.start + value.indexOf(last, comma);
  return {
    ...capture,
    author: { start: capture.author.start, end: capture.author.start + comma },
    outlet: { start: lastStart, end: lastStart + last.length },
  };
}
