/**
 * Reported speech in one sentence: a cue verb with a speaker and a content clause.
 *
 *   X said (that) CONTENT.          X told reporters (that) CONTENT.      … , noting CONTENT.
 *   CONTENT, X said.  CONTENT, said X.   According to X, CONTENT.   CONTENT, according to X.
 *
 * The content may hold quoted words (X said the plan was “dead on arrival”): the caller makes
 * that a mixed quote.
 */
import type { Span } from '../../types.js';
import { accordingAt, cueAt, type CueMatch } from './cues.js';
import type { QuotedSegment } from './marks.js';
import { PRONOUNS, speakerAfter, speakerBefore } from './speaker.js';
import { clauseSubject } from './subject.js';
import { tokenize, type Token } from './tokens.js';

export interface ReportedCandidate {
  quote: Span;
  /** The two sides of a source named inside the sentence (", according to X,"). */
  parts?: Span[];
  speaker: Span | null;
  cue: Span | null;
  rule: string;
}

const PREPOSITIONS = new Set('to in on at about with for from during after before over under by into of via through'.split(' '));
/** The shortest content worth a quote, in words. */
const MIN_WORDS = 3;
/** How many words may stand between a cue and its `that` ("said in a statement Tuesday that"). */
const THAT_WINDOW = 7;

/**
 * Reported speech in `unit`. `blocked(offset)` says whether a token at `offset` is taken (inside a
 * quotation, or the cue of a direct quote).
 */
export function parseReported(text: string, unit: Span, blocked: (offset: number) => boolean): ReportedCandidate[] {
  const tokens = tokenize(text, unit.start, unit.end);
  const out: ReportedCandidate[] = [];
  let lastSpeaker: Span | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || blocked(t.start)) continue;
    const according = accordingFrame(text, tokens, i, unit);
    if (according !== null) {
      out.push(according);
      continue;
    }
    const cue = cueAt(tokens, i, 'clause') ?? cueAt(tokens, i, 'object') ?? cueAt(tokens, i, 'that-only') ?? cueAt(tokens, i, 'participle');
    if (cue === null) continue;
    const found = cueFrame(text, tokens, cue, unit, lastSpeaker);
    for (const f of found) {
      out.push(f);
      if (f.speaker !== null) lastSpeaker = f.speaker;
    }
  }
  return trimOverlaps(text, out);
}

const cueSpan = (tokens: readonly Token[], cue: CueMatch): Span => ({ start: tokens[cue.first]!.start, end: tokens[cue.last - 1]!.end });

/** Words that open an adverbial after a cue ("said on Friday", "said Tuesday"). */
const ADVERBIAL_START = new Set([
  ...PREPOSITIONS,
  ...'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last this earlier later recently'.split(' '),
]);

/** Prepositions that after a verb such as "add" or "write" start its object, not an adverbial. */
const NOT_ADVERBIAL = new Set(['to', 'of', 'about', 'for', 'with', 'off']);

function cueFrame(text: string, tokens: readonly Token[], cue: CueMatch, unit: Span, lastSpeaker: Span | null): ReportedCandidate[] {
  const frames = cue.entry.frames;
  const span = cueSpan(tokens, cue);
  const prevToken = tokens[cue.first - 1];
  const isParticiple = frames.has('participle') && /(ing|ing out)$/.test(cue.entry.form);
  // "…, noting that …": the speaker is not named next to the cue but is the subject of the main
  // clause: the speaker of a cue before it in the sentence ("X argued that …, noting …"), else the
  // clause's own subject ("Roy Graf protested the two bills, saying …").
  if (isParticiple) {
    if (prevToken === undefined || prevToken.lower !== ',') return [];
    const start = contentStart(tokens, cue, frames.has('that-only'));
    if (start === -1) return [];
    // The clause starts after a quotation that opens the sentence (“…,” Kim confirmed, adding …).
    let from = cue.first - 1;
    while (from > 0 && !CLOSING_MARKS.includes(tokens[from - 1]!.lower)) from--;
    const speaker = lastSpeaker ?? clauseSubject(tokens.slice(from), cue.first - 1 - from);
    return list(content(text, tokens, start, unit, speaker, span, 'quotes/reported/participle'));
  }
  let before = speakerBefore(tokens, cue.first, text);
  // "… and in a carefully worded response said …": an adverbial, not a speaker, before the cue of
  // a coordinated verb.
  const opener = before !== null ? tokens[before.firstToken]! : undefined;
  const coordinator = before !== null ? tokens[before.firstToken - 1]?.lower : undefined;
  if (opener !== undefined && !opener.upper && PREPOSITIONS.has(opener.lower) && (coordinator === 'and' || coordinator === 'but')) {
    before = null;
  }
  const joiner = before === null && opener !== undefined ? coordinator : prevToken?.lower;
  if (before === null) {
    // CONTENT, said X.
    if (prevToken?.lower === ',') {
      const after = speakerAfter(tokens, cue.last - 1);
      if (after === null || !(endsSentence(tokens, after.end) || nextPunct(tokens, after.end) === ',')) return [];
      return list(contentBefore(text, unit, tokens[cue.first - 1]!.start, after, span, 'quotes/reported/content-cue-speaker'));
    }
    // He said …, and added that …: the speaker of the first cue.
    // "Pompeo praised China's support … and said he did not think …": the sentence's subject.
    if (joiner === 'and' || joiner === 'but') {
      const speaker = lastSpeaker ?? clauseSubject(tokens, cue.first);
      const start = contentStart(tokens, cue, frames.has('that-only'));
      return start === -1 || speaker === null ? [] : list(content(text, tokens, start, unit, speaker, span, 'quotes/reported/coordinated'));
    }
    return [];
  }
  if (before.boundary === 'limit') return [];
  const startToken = tokens[before.firstToken - 1];
  if (startToken?.lower === ',') {
    // CONTENT, X said (on Friday).  /  CONTENT, X said, CONTENT.
    const tail = tailWords(tokens, cue.last);
    const first = tokens[cue.last];
    // An adverbial may follow a saying verb ("…, he said on Friday."), not "add to the misery".
    const adverbial =
      first !== undefined && ADVERBIAL_START.has(first.lower) && tail.count <= 6 && (frames.has('clause') || !NOT_ADVERBIAL.has(first.lower));
    const endsHere = tail.count === 0 || adverbial || (frames.has('object') && tail.count <= 4 && !tail.hasPronoun);
    if (endsHere) {
      const head = contentBefore(text, unit, startToken.start, before, span, 'quotes/reported/content-speaker-cue');
      if (tail.stop === ',' && tail.next < tokens.length) {
        const rest = content(text, tokens, tail.next, unit, before, span, 'quotes/reported/content-speaker-cue-content');
        if (head !== null && rest !== null) {
          return [{ ...head, quote: { start: head.quote.start, end: rest.quote.end }, parts: [head.quote, rest.quote], rule: rest.rule }];
        }
        return [head, rest].filter((x): x is ReportedCandidate => x !== null);
      }
      return list(head);
    }
  }
  // X said (that) CONTENT.
  const start = contentStart(tokens, cue, frames.has('that-only'));
  if (start === -1) return [];
  return list(content(text, tokens, start, unit, before, span, 'quotes/reported/speaker-cue-content'));
}

/** Marks that close a quotation. */
const CLOSING_MARKS = '”"»›」』';

const list = (c: ReportedCandidate | null): ReportedCandidate[] => (c === null ? [] : [c]);

/** The words after token `from` up to the next punctuation: how many, and what stops them. */
function tailWords(tokens: readonly Token[], from: number): { count: number; stop: string | null; next: number; hasPronoun: boolean } {
  let count = 0;
  let hasPronoun = false;
  let i = from;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.lower === '.' && i + 1 < tokens.length && tokens[i - 1]?.upper) continue;
      return { count, stop: t.lower, next: i + 1, hasPronoun };
    }
    if (PRONOUNS.has(t.lower) || t.lower === 'that') hasPronoun = true;
    count++;
  }
  return { count, stop: null, next: i, hasPronoun };
}

function nextPunct(tokens: readonly Token[], offset: number): string | null {
  const t = tokens.find((x) => x.start >= offset);
  return t === undefined || t.word ? null : t.lower;
}

const DETERMINERS = new Set('the a an this his her their its our'.split(' '));
const CONTENT_OPENERS = new Set([...PRONOUNS, ...'the a an his her their its our this these those some many most all no there'.split(' ')]);

/** Index of the first content token after the cue (after `that` when it comes), or -1. */
function contentStart(tokens: readonly Token[], cue: CueMatch, needsThat: boolean): number {
  let i = cue.last;
  const isThat = (t: Token | undefined) => t !== undefined && (t.lower === 'that' || t.lower === 'что' || t.lower === 'що');
  if (isThat(tokens[i])) return i + 1;
  // Russian and Ukrainian put a comma before the conjunction: "заявил, что …".
  if (tokens[i]?.lower === ',' && isThat(tokens[i + 1])) return i + 2;
  // "said in a statement Tuesday that", "told reporters that": `that` after an adverbial or a
  // hearer; never a `that` deeper in the clause ("says the system is designed for that").
  const opener = tokens[i];
  if (opener !== undefined && (ADVERBIAL_START.has(opener.lower) || cue.entry.frames.has('object'))) {
    for (let k = i + 1; k < tokens.length && k < i + THAT_WINDOW; k++) {
      const t = tokens[k]!;
      if (isThat(t)) return k + 1;
      if (!t.word && t.lower !== '.' && t.lower !== '’') break;
    }
  }
  if (needsThat) return -1;
  const first = tokens[i];
  if (first === undefined) return -1;
  if (first.lower === ',' || first.lower === ':') i++;
  const next = tokens[i];
  if (next === undefined || !next.word) return -1;
  // "said by text message the weather had been fine": step over a short adverbial; "wrote to the
  // head of …" with no clause after it is no report.
  if (PREPOSITIONS.has(next.lower)) {
    for (let k = i + 2; k < tokens.length && k <= i + 6; k++) {
      const t = tokens[k]!;
      if (!t.word) break;
      if (CONTENT_OPENERS.has(t.lower) && (k > i + 2 || !DETERMINERS.has(tokens[i + 1]!.lower))) return k;
    }
    return -1;
  }
  if (cue.entry.frames.has('object') && !cue.entry.frames.has('clause')) {
    // Skip the hearer: a pronoun, a name or a short noun phrase before the clause's subject.
    let k = i;
    while (k < tokens.length && k < i + 5 && tokens[k]!.word && !PRONOUNS.has(tokens[k]!.lower)) k++;
    if (k < tokens.length && tokens[k]!.word && PRONOUNS.has(tokens[k]!.lower) && k > i) return k;
    const after = tokens[i + 1];
    if (after === undefined || !after.word || PREPOSITIONS.has(after.lower)) return -1;
    return i + 1;
  }
  return i;
}

function content(
  text: string,
  tokens: readonly Token[],
  startIndex: number,
  unit: Span,
  speaker: Span | null,
  cue: Span,
  rule: string,
): ReportedCandidate | null {
  const start = tokens[startIndex]?.start;
  if (start === undefined) return null;
  const end = trimEnd(text, start, unit.end);
  if (countWordsIn(text, start, end) < MIN_WORDS) return null;
  return { quote: { start, end }, speaker: speaker && { start: speaker.start, end: speaker.end }, cue, rule };
}

function contentBefore(
  text: string,
  unit: Span,
  end: number,
  speaker: Span,
  cue: Span,
  rule: string,
): ReportedCandidate | null {
  let start = unit.start;
  while (start < end && /[\s"“”«»„‘’'\u2014\u2013-]/.test(text[start]!)) start++;
  const e = trimEnd(text, start, end);
  if (countWordsIn(text, start, e) < MIN_WORDS) return null;
  return { quote: { start, end: e }, speaker: { start: speaker.start, end: speaker.end }, cue, rule };
}

/** According to X, CONTENT.  /  CONTENT, according to X. */
function accordingFrame(text: string, tokens: readonly Token[], i: number, unit: Span): ReportedCandidate | null {
  const after = accordingAt(tokens, i);
  if (after === -1) return null;
  const cue = { start: tokens[i]!.start, end: tokens[after - 1]!.end };
  let e = after;
  while (e < tokens.length && (tokens[e]!.word || tokens[e]!.lower === '’' || isNameDot(tokens, e))) e++;
  if (e === after) return null;
  const source = { start: tokens[after]!.start, end: tokens[e - 1]!.end };
  const atStart = i === 0 || (i === 1 && !tokens[0]!.word);
  if (atStart && tokens[e]?.lower === ',') {
    const start = tokens[e + 1]?.start;
    if (start === undefined) return null;
    const end = trimEnd(text, start, unit.end);
    if (countWordsIn(text, start, end) < MIN_WORDS) return null;
    return { quote: { start, end }, speaker: source, cue, rule: 'quotes/reported/according-to-first' };
  }
  if (tokens[i - 1]?.lower === ',' && endsSentence(tokens, source.end)) {
    return contentBefore(text, unit, tokens[i - 1]!.start, source, cue, 'quotes/reported/according-to-last');
  }
  // "Some of those concerns, according to experts, include …": the words on both sides.
  if (tokens[i - 1]?.lower === ',' && tokens[e]?.lower === ',' && tokens[e + 1] !== undefined) {
    const head = contentBefore(text, unit, tokens[i - 1]!.start, source, cue, 'quotes/reported/according-to-inside');
    const tail = { start: tokens[e + 1]!.start, end: trimEnd(text, tokens[e + 1]!.start, unit.end) };
    if (head !== null && countWordsIn(text, tail.start, tail.end) >= MIN_WORDS) {
      return { ...head, quote: { start: head.quote.start, end: tail.end }, parts: [head.quote, tail] };
    }
  }
  return null;
}

/** Nothing but punctuation after `offset` in the token list. */
function endsSentence(tokens: readonly Token[], offset: number): boolean {
  return tokens.every((t) => t.start < offset || !t.word);
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    while (e > start && /[\s.,;:!?…\u2014\u2013-]/.test(text[e - 1]!)) e--;
    // A dangling conjunction where a second attribution was cut off ("… glad to help, but").
    const m = /\s(and|but|or|as)$/i.exec(text.slice(Math.max(start, e - 5), e));
    if (m === null) return e;
    e -= m[0].length;
  }
}

function countWordsIn(text: string, start: number, end: number): number {
  const m = text.slice(start, end).match(/[\p{L}\p{N}]+/gu);
  return m === null ? 0 : m.length;
}

/** Two cues in one sentence: the first content stops where the second attribution begins. */
function trimOverlaps(text: string, list: ReportedCandidate[]): ReportedCandidate[] {
  list.sort((a, b) => a.quote.start - b.quote.start);
  const out: ReportedCandidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (prev !== undefined && c.quote.start < prev.quote.end) {
      // A speaker taken from earlier in the sentence (", noting …") does not cut the content before.
      const ownSpeaker = c.speaker !== null && c.speaker.start > prev.quote.start ? c.speaker.start : Infinity;
      const cut = Math.min(c.cue?.start ?? c.quote.start, ownSpeaker, c.quote.start);
      if (cut <= prev.quote.start) continue;
      const end = trimEnd(text, prev.quote.start, cut);
      if (countWordsIn(text, prev.quote.start, end) < MIN_WORDS) out.pop();
      else prev.quote = { start: prev.quote.start, end };
    }
    out.push(c);
  }
  return out;
}

/** A full stop inside a name: after an initial or a short title, before a capitalised word. */
function isNameDot(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return tokens[i]!.lower === '.' && prev !== undefined && prev.upper && prev.lower.length <= 3 && next !== undefined && next.upper;
}
