/**
 * Direct quotes: a quoted segment and the attribution next to it.
 *
 *   “…,” she said.  /  “…,” said the mayor.  /  She said: “…”  /  According to X, “…”
 *   “…” (a whole sentence in quotation marks, no cue): a floating quote, speaker unknown here.
 *   the station had been “playing games” (inside a sentence, no cue next to it): embedded; the
 *   reported-speech parser may take it into a mixed quote, otherwise it is a scare quote.
 */
import type { Span } from '../../types.js';
import { accordingAt, cueAt, type CueMatch } from './cues.js';
import type { QuotedSegment } from './marks.js';
import { speakerAfter, speakerBefore } from './speaker.js';
import { clauseSubject } from './subject.js';
import { countWords, tokenize, type Token } from './tokens.js';

export type DirectStatus = 'attributed' | 'floating' | 'embedded';

export interface DirectCandidate {
  segment: QuotedSegment;
  status: DirectStatus;
  speaker: Span | null;
  cue: Span | null;
  rule: string;
  /** The sentence unit the segment starts in. */
  unit: Span;
  /** Set when the quote is the whole reported clause that the quotation ends: where it starts. */
  mixedFrom?: number;
}

/** How far from the quotation mark a cue may sit, in tokens. */
const POST_WINDOW = 14;
const PRE_WINDOW = 16;

/** Classifies each segment of a paragraph. `units` are the paragraph's sentence units. */
export function parseDirect(text: string, segments: readonly QuotedSegment[], units: readonly Span[], lead: Span | null = null): DirectCandidate[] {
  const out: DirectCandidate[] = [];
  segments.forEach((segment, n) => {
    const unit = units.find((u) => u.start <= segment.start && segment.start < u.end) ?? { start: segment.start, end: segment.end };
    const prev = segments[n - 1];
    const next = segments[n + 1];
    const preStart = prev !== undefined && prev.end > unit.start ? prev.end : unit.start;
    const postEnd = Math.min(Math.max(unit.end, segment.end), next !== undefined && next.start >= segment.end ? next.start : Infinity);
    const startsSentence = /^[\s\u2014\u2013-]*$/.test(text.slice(preStart, segment.start));
    const post = attributionAfter(text, segment, postEnd, startsSentence);
    if (post !== null) {
      // A quotation that ends a longer reported clause ("… the school was “thumbing …,” he said"):
      // the clause is the quote, mixed.
      const lead = countWords(text, preStart, segment.start);
      if (lead >= 2 && preStart === unit.start) {
        out.push({ segment, status: 'attributed', ...post, rule: 'quotes/mixed/content-quote-cue', unit, mixedFrom: unit.start });
      } else out.push({ segment, status: 'attributed', ...post, unit });
      return;
    }
    const pre = attributionBefore(text, preStart, segment.start);
    if (pre !== null) {
      out.push({ segment, status: 'attributed', ...pre, unit });
      return;
    }
    // A paragraph that opens with a quotation after one that ends with a colon ("Cruz continued:").
    if (n === 0 && startsSentence && lead !== null && /:\s*$/.test(text.slice(lead.start, lead.end))) {
      const colon = attributionBefore(text, lead.start, lead.end);
      if (colon !== null) {
        out.push({ segment, status: 'attributed', ...colon, rule: `${colon.rule}/previous-paragraph`, unit });
        return;
      }
    }
    const before = text.slice(preStart, segment.start);
    const after = text.slice(segment.end, postEnd);
    const wholeSentence = /^[\s\u2014\u2013-]*$/.test(before) && /^[\s.,;:!?…)\]\u2014\u2013-]*$/.test(after);
    const words = countWords(text, segment.inner.start, segment.inner.end);
    if (wholeSentence && (words >= 3 || (words >= 2 && /[.!?…]\s*$/.test(text.slice(segment.inner.start, segment.inner.end))))) {
      const named = namedNext(text, segment, units[units.indexOf(unit) + 1], next);
      if (named !== null) out.push({ segment, status: 'attributed', ...named, unit });
      else out.push({ segment, status: 'floating', speaker: null, cue: null, rule: 'quotes/direct/floating', unit });
      return;
    }
    out.push({ segment, status: 'embedded', speaker: null, cue: null, rule: 'quotes/direct/embedded', unit });
  });
  return out;
}

type Attribution = Pick<DirectCandidate, 'speaker' | 'cue' | 'rule'>;

/**
 * The speaker named in the next sentence, when that sentence is only an attribution ("“We are
 * ready.” The minister said." — a full stop where a comma belongs, common in translated copy).
 */
function namedNext(text: string, segment: QuotedSegment, nextUnit: Span | undefined, nextSegment: QuotedSegment | undefined): Attribution | null {
  if (nextUnit === undefined || (nextSegment !== undefined && nextSegment.start < nextUnit.end)) return null;
  if (countWords(text, nextUnit.start, nextUnit.end) > 8) return null;
  const found = attributionAfter(text, segment, nextUnit.end, true);
  if (found === null || found.speaker === null || found.cue === null) return null;
  // Nothing but a short adverbial may follow ("said on Monday"): else it reports something else.
  if (countWords(text, Math.max(found.cue.end, found.speaker.end), nextUnit.end) > 3) return null;
  return { ...found, rule: 'quotes/direct/speaker-next-sentence' };
}

const isParticiple = (cue: CueMatch): boolean => cue.entry.frames.has('participle') && /ing( out)?$/.test(cue.entry.form);

const spanOf = (tokens: readonly Token[], cue: CueMatch): Span => ({ start: tokens[cue.first]!.start, end: tokens[cue.last - 1]!.end });

/** “…,” she said / “…,” said the mayor / “…,” Karen Lindsay, emergency co-ordinator, said. */
function attributionAfter(text: string, segment: QuotedSegment, end: number, startsSentence: boolean): Attribution | null {
  const inner = text.slice(segment.inner.start, segment.inner.end);
  const tokens = tokenize(text, segment.end, end);
  let j = 0;
  // A quotation that ends open (“…,”) or a long one that starts its sentence may be attributed after.
  let opened = /[,.?!…\u2014\u2013-]\s*$/.test(inner) || segment.style === 'dash' || (startsSentence && countWords(text, segment.inner.start, segment.inner.end) >= 6);
  while (j < tokens.length && !tokens[j]!.word && ',\u2014\u2013-'.includes(tokens[j]!.lower)) {
    opened = true;
    j++;
  }
  if (!opened) return null;
  let commas = 0;
  for (let k = j; k < tokens.length && k < j + POST_WINDOW + commas * 8; k++) {
    const t = tokens[k]!;
    if (!t.word) {
      if ('.’\'-+&()/'.includes(t.lower)) continue;
      if (t.lower === ',' && commas < 2 && k > j) {
        commas++;
        continue;
      }
      return null;
    }
    const cue = cueAt(tokens, k, 'direct');
    if (cue === null) continue;
    if (k === j) {
      const speaker = speakerAfter(tokens, cue.last - 1);
      return { speaker: speaker && { start: speaker.start, end: speaker.end }, cue: spanOf(tokens, cue), rule: 'quotes/direct/cue-speaker-after' };
    }
    const speaker = speakerBefore(tokens, k, text);
    if (speaker === null || speaker.firstToken !== j) return null;
    return { speaker: { start: speaker.start, end: speaker.end }, cue: spanOf(tokens, cue), rule: 'quotes/direct/speaker-cue-after' };
  }
  return null;
}

/** She said: “…” / Bruce Hayne joked in his turn, “…” / According to X, “…” / protesters chanted “…” */
function attributionBefore(text: string, start: number, end: number): Attribution | null {
  const before = text.slice(start, end);
  const tokens = tokenize(text, start, end);
  const lastWord = tokens.length - 1;
  // The cue right before the quotation mark, with no comma: she wrote “…”.
  if (lastWord >= 0 && !/[,:\u2014\u2013]\s*$/.test(before)) {
    const cue = cueAt(tokens, lastWord, 'direct');
    if (cue === null || cue.entry.frames.has('clause') === false && cue.entry.frames.has('object')) return null;
    const speaker = speakerBefore(tokens, lastWord, text);
    if (speaker === null) return null;
    return { speaker: { start: speaker.start, end: speaker.end }, cue: spanOf(tokens, cue), rule: 'quotes/direct/speaker-cue-before' };
  }
  if (!/[,:\u2014\u2013]\s*$/.test(before)) return null;
  const from = Math.max(0, tokens.length - PRE_WINDOW);
  for (let k = tokens.length - 1; k >= from; k--) {
    const cue = cueAt(tokens, k, 'direct');
    if (cue !== null) {
      const speaker = speakerOfCue(tokens, k, cue, text);
      return { speaker: speaker && { start: speaker.start, end: speaker.end }, cue: spanOf(tokens, cue), rule: 'quotes/direct/speaker-cue-before' };
    }
    const after = accordingAt(tokens, k);
    if (after !== -1) {
      let e = after;
      while (e < tokens.length && tokens[e]!.word) e++;
      if (e === after) return null;
      return {
        speaker: { start: tokens[after]!.start, end: tokens[e - 1]!.end },
        cue: { start: tokens[k]!.start, end: tokens[after - 1]!.end },
        rule: 'quotes/direct/according-to',
      };
    }
  }
  // Musk took to Twitter with this: “…” — a colon with no cue: the sentence's leading name speaks.
  // (A short item after a colon is a list of words, not a quotation: `parlance: "platform," …`.)
  if (/:\s*$/.test(before) && !isLabel(text, tokens) && countWords(text, end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end)) >= 4) {
    // "HEADLINE - Carl Bialik: “…”": the name the colon closes; else the clause's subject.
    const name = dashName(tokens) ?? clauseSubject(tokens, tokens.length - 1);
    return { speaker: name, cue: null, rule: 'quotes/direct/colon' };
  }
  return null;
}

/**
 * The speaker of the cue at token `k`: the phrase before it ("she said"), else, for a participle
 * after a comma ("…, telling Reuters, “…”") or a verb tied to its clause by `and`, `but` or `by`
 * ("He adopted a fake accent and joked, “…”", "began by saying: “…”"), the subject of the main
 * clause; else the phrase after it ("said the mayor: “…”").
 */
function speakerOfCue(tokens: readonly Token[], k: number, cue: CueMatch, text: string): Span | null {
  const previous = tokens[k - 1]?.lower;
  if (previous === ',' && isParticiple(cue)) return clauseSubject(tokens, k - 1);
  const near = speakerBefore(tokens, k, text);
  if (near !== null) return near;
  if (previous === 'and' || previous === 'but' || previous === 'by') return clauseSubject(tokens, k - 1);
  return speakerAfter(tokens, cue.last - 1);
}

/** A name of two to five capitalised words between a dash and the colon that ends `tokens`. */
function dashName(tokens: readonly Token[]): Span | null {
  const colon = tokens.length - 1;
  let i = colon - 1;
  while (i >= 0 && i > colon - 8 && ((tokens[i]!.word && tokens[i]!.upper) || tokens[i]!.lower === 'and' || tokens[i]!.lower === '.')) i--;
  if (i < 0 || colon - i < 3 || !'-\u2014\u2013'.includes(tokens[i]!.lower)) return null;
  return { start: tokens[i + 1]!.start, end: tokens[colon - 1]!.end };
}

/** A label in capitals before a colon ("READ MORE:", "WATCH:"): a link or a caption, not speech. */
function isLabel(text: string, tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  return words.length > 0 && words.length <= 3 && words.every((t) => /^[\p{Lu}\d]+$/u.test(text.slice(t.start, t.end)));
}
