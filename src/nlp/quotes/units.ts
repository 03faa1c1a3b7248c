/**
 * Sentence units of a paragraph that never break inside a quotation: the attribution of a quote
 * ("…,” she said.) belongs to the whole quotation, however many sentences it holds.
 */
import type { Span } from '../../types.js';
import type { QuotedSegment } from './marks.js';

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st jr sr prof gen col lt sgt capt cpl maj adm rep reps sen gov hon rev fr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs inc ltd co corp dept est approx ' +
    'mt ft u.s u.k u.n e.g i.e a.m p.m etc al')
    .split(' '),
);

const CLOSERS = '”"’»›」』)]';

/** Sentence spans of `[start, end)`, given the paragraph's quoted segments. */
export function sentenceUnits(text: string, start: number, end: number, segments: readonly QuotedSegment[]): Span[] {
  const units: Span[] = [];
  let unitStart = start;
  let seg = 0;
  const terminators = /[.!?…]/g;
  for (let i = start; i < end; i++) {
    // Jump to the next full stop, question or exclamation mark.
    terminators.lastIndex = i;
    const found = terminators.exec(text);
    if (found === null || found.index >= end) break;
    i = found.index;
    while (seg < segments.length && segments[seg]!.end <= i) seg++;
    // Inside a quotation a full stop ends nothing, unless it is the quotation's last character
    // (“… go deeper.” Durning did not …): then the sentence ends after the closing mark.
    const inside = seg < segments.length && segments[seg]!.start <= i && i < segments[seg]!.end - 2;
    const ch = text[i]!;
    if (inside) continue;
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.includes(text[j]!)) j++;
    if (j >= end) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!(next !== next.toLowerCase() || /[\d“"«„‘(\u2014\u2013]/.test(next))) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    units.push({ start: unitStart, end: j });
    unitStart = k;
    i = k - 1;
  }
  if (unitStart < end) units.push({ start: unitStart, end });
  return units;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return /\p{L}/u.test(word); // an initial: J. Smith
  return ABBREVIATIONS.has(word);
}
