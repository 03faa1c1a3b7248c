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
import { cueAt } from './cues.js';
import { tokenize } from './tokens.js';

export interface RelationContent {
  quote: Span;
  kind: QuoteKind;
  /** Why the content is mixed (`quotes/mixed/...`), or null when it is the quotation alone. */
  rule: string | null;
}

/** The complementiser that opens a reported clause (English, Russian, Ukrainian). */
const THAT = /^[\s,]*(?:that|что|що)(?![\p{L}\p{N}])/iu;

/** Words that open a clause: after a saying verb they start its reported content. */
const CLAUSE_OPENERS = new Set(
  ("that because if when whether while although he she it they we i there this these those no " +
    "it’s it's there’s there's he’s she’s they’re we’re i’m").split(' '),
);

/**
 * Words that tie a quotation to its verb without adding content of the reporter's own ("called
 * for “boots on the ground”", "chants of “…”"): the quotation is the content after them.
 */
const LINK_WORDS = new Set('for of to with about on at as by from in into like'.split(' '));

/** Words that may stand between a cue and its content ("said Friday that"). */
const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later again also'.split(' '));

/** A quotation whose last words end a sentence: nothing of the sentence is left after it. */
const ENDS_SENTENCE = /[.!?…]['’"”»]*\s*$/;

/** Where a quotation sits: what `relationContent` needs besides the quotation. */
export interface QuotationPlace {
  /** The cue that attributes the quotation; null when there is none (a colon, a name). */
  cue: Span | null;
  /** The sentence unit the quotation starts in. */
  unit: Span;
  /** Where the next quotation of the paragraph starts: the content stops there. */
  limit: number;
  /** A quotation inside a clause (a partial quote): the words between the cue and it are content. */
  embedded: boolean;
}

/**
 * The content of a quotation `segment` in the relation reading. Returns the quotation itself, kind
 * direct, when nothing of the reporter's own belongs to it; otherwise the wider span, kind mixed,
 * with the rule that widened it.
 */
export function relationContent(text: string, segment: Span & { inner: Span }, place: QuotationPlace): RelationContent {
  const { cue, unit, limit, embedded } = place;
  let start = segment.start;
  let end = segment.end;
  let rule: string | null = null;
  // Only a cue before the quotation leaves words of the reporter's own between the two.
  if (cue !== null && cue.end <= segment.start) {
    const between = text.slice(cue.end, segment.start);
    const clause = clauseAfterCue(text, cue, segment.start);
    if (THAT.test(between)) {
      start = cue.end + between.search(/\S/);
      rule = 'quotes/mixed/that-quote';
    } else if (clause !== null) {
      start = clause;
      rule = 'quotes/mixed/clause-quote';
    } else if (embedded && !/:\s*$/.test(between) && tokenize(text, cue.end, segment.start).some((t) => t.word && !LINK_WORDS.has(t.lower))) {
      start = cue.end + between.search(/\S/);
      rule = 'quotes/mixed/clause-quote';
    }
  }
  const stop = Math.min(unit.end, limit);
  if (stop > segment.end && continuesClause(text, segment, stop)) {
    end = trimEnd(text, segment.end, stop);
    rule ??= 'quotes/mixed/quote-clause';
  }
  return { quote: { start, end }, kind: rule === null ? 'direct' : 'mixed', rule };
}

/** Words that open a clause of its own after a quotation ("“…” because …", "“…” and vowed …"). */
const CLAUSE_BREAKS = new Set(
  'and but or because before after when while as if although though until since so then unless whereas which who'.split(' '),
);

/**
 * Whether the sentence goes on after the quotation within its clause ("called it “a disaster” for
 * his party"); not after a quotation that ends the sentence or a comma ("“…,” drawing jeers"), nor
 * before punctuation or a word that opens a clause of its own.
 */
function continuesClause(text: string, segment: Span & { inner: Span }, stop: number): boolean {
  const inner = text.slice(segment.inner.start, segment.inner.end);
  if (ENDS_SENTENCE.test(inner) || /[,;:\u2014\u2013-]['’"”»]*\s*$/.test(inner)) return false;
  const next = tokenize(text, segment.end, stop)[0];
  return next !== undefined && next.word && !CLAUSE_BREAKS.has(next.lower) && !next.lower.endsWith('ing');
}

/**
 * Where a reported clause starts between a saying verb `cue` and a quotation at `end` ("said it’s
 * unrealistic to think that if …, “…”"; "said Friday that …"), or null when what stands there is a
 * hearer ("told the crowd, “…”"), an adverbial ("said in a statement, “…”") or nothing.
 */
function clauseAfterCue(text: string, cue: Span, end: number): number | null {
  const cueTokens = tokenize(text, cue.start, cue.end);
  // A verb that takes a hearer first ("told", "warned") is followed by a noun phrase that is not content.
  if (cueTokens.length === 0 || cueAt(cueTokens, 0, 'object') !== null) return null;
  // "tweeted this:", "explained it this way:": a colon hands the content to the quotation.
  if (/:\s*$/.test(text.slice(cue.end, end))) return null;
  const tokens = tokenize(text, cue.end, end);
  let i = 0;
  while (i < tokens.length && tokens[i]!.word && TIME_WORDS.has(tokens[i]!.lower)) i++;
  const first = tokens[i];
  if (first === undefined || !first.word || !CLAUSE_OPENERS.has(first.lower)) return null;
  return first.start;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?…\u2014\u2013-]/.test(text[e - 1]!)) e--;
  return e;
}
