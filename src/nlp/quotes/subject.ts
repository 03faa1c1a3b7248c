/**
 * The subject of a main clause, found without a parser: the speaker of a participle cue ("Roy Graf
 * protested the two bills, saying …") and of a coordinated one ("Pompeo praised … and said …") is
 * the subject of the clause the cue hangs on, not a phrase next to the cue.
 *
 *   Hours later, Trump returned the compliment, telling …   → Trump (an opening adverbial skipped)
 *   A Superior Court of Ontario judge chastised …, saying … → A Superior Court of Ontario judge
 *   He praised the deal, adding …                           → He
 */
import type { Span } from '../../types.js';
import { cueAt } from './cues.js';
import { PRONOUNS } from './speaker.js';
import type { Token } from './tokens.js';

const DETERMINERS = new Set('the a an this his her their its our'.split(' '));

/** Words that open an adverbial before the subject ("On Friday,", "In a statement,", "Still,"). */
const ADVERBIAL_OPENERS = new Set(
  ('in on at after before during over under by from with for about since until when while as if although though ' +
    'meanwhile however still instead also now then yet so but and earlier later last this separately')
    .split(' '),
);

/** Words that end an adverbial of time ("Hours later,", "Two days ago,", "Friday morning,"). */
const TIME_ENDS = new Set(
  ('later earlier ago today yesterday tonight morning afternoon evening night week month year weekend ' +
    'monday tuesday wednesday thursday friday saturday sunday')
    .split(' '),
);

/** Conjunctions and adverbs that may open a sentence before its subject with no comma. */
const LINKERS = new Set('and but so yet or then also still now thus'.split(' '));

/** How many words an opening adverbial may hold before its comma. */
const ADVERBIAL_WORDS = 8;

/**
 * The subject of the clause made of `tokens[0, end)`: a pronoun, or a noun phrase that opens the
 * clause once its opening adverbials are stepped over (a run of capitalised words with `of`, at
 * most one determiner before it and one lower-case head noun after it); null when the clause opens
 * otherwise ("Asked about the deal, …", "There was …").
 */
export function clauseSubject(tokens: readonly Token[], end: number): Span | null {
  let i = skipAdverbials(tokens, end);
  const first = tokens[i];
  // "There was …": an expletive, no one to speak; "When he returned he began …": a subordinate
  // clause with no comma, whose end this scan cannot see.
  if (first === undefined || i >= end || !first.word || first.lower === 'there' || ADVERBIAL_OPENERS.has(first.lower)) return null;
  if (PRONOUNS.has(first.lower)) return { start: first.start, end: first.end };
  const start = i;
  if (DETERMINERS.has(first.lower)) i++;
  const capitalised = i;
  for (;;) {
    while (i < end && tokens[i]!.word && (tokens[i]!.upper || (tokens[i]!.lower === 'of' && i > capitalised)) && !isCue(tokens, i)) i++;
    if (i === capitalised) break;
    // A full stop inside a name (Sen. Bernie Sanders) and a lower-case title before the name
    // ("Chinese foreign ministry spokeswoman Hua Chunying") do not end it.
    let k = i;
    if (tokens[k]?.lower === '.') k++;
    else while (k < end && k < i + 3 && tokens[k]!.word && !tokens[k]!.upper && isHeadNoun(tokens, k)) k++;
    if (k === i || k >= end || !tokens[k]!.word || !tokens[k]!.upper || isCue(tokens, k)) break;
    i = k;
  }
  // One lower-case head noun may close the phrase ("… of Ontario judge", "the company"), never a
  // verb ("-ed", "-s", a cue) or an adverb ("-ly").
  const head = tokens[i];
  // Without a determiner, only when a verb plainly follows ("Ontario judge ruled", not "Hua
  // Chunying shot back").
  const verbNext = (t: Token | undefined) => t !== undefined && t.word && !t.upper && (/(ed|s|ly)$/.test(t.lower) || FUNCTION_WORDS.has(t.lower) || isCue(tokens, i + 1));
  if (i < end && head !== undefined && head.word && !head.upper && isHeadNoun(tokens, i) && (capitalised > start || (i > capitalised && verbNext(tokens[i + 1])))) i++;
  if (i === capitalised || tokens[i - 1]!.lower === 'of') return null;
  return { start: tokens[start]!.start, end: tokens[i - 1]!.end };
}

/** Words that cannot head a noun phrase. */
const FUNCTION_WORDS = new Set([...ADVERBIAL_OPENERS, ...'to of into via who which that whose also has have had is was are were will would'.split(' ')]);

function isHeadNoun(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  return !FUNCTION_WORDS.has(w) && !/(ed|ly)$/.test(w) && !(/s$/.test(w) && !/ss$/.test(w)) && !isCue(tokens, i) && !PRONOUNS.has(w);
}

const isCue = (tokens: readonly Token[], i: number): boolean =>
  cueAt(tokens, i, 'direct') !== null || cueAt(tokens, i, 'clause') !== null || cueAt(tokens, i, 'participle') !== null;

/** The index of the first token after the clause's opening adverbials ("On Friday, In Ottawa,"). */
function skipAdverbials(tokens: readonly Token[], end: number): number {
  let i = 0;
  for (;;) {
    // Punctuation, and a conjunction that ties the sentence to the one before ("But he …").
    while (i < end && (!tokens[i]!.word || LINKERS.has(tokens[i]!.lower))) i++;
    let comma = i;
    while (comma < end && comma < i + ADVERBIAL_WORDS + 1 && tokens[comma]!.lower !== ',') comma++;
    if (comma >= end || tokens[comma]!.lower !== ',' || comma === i) return i;
    const opener = tokens[i]!.lower;
    const last = tokens[comma - 1]!.lower;
    const adverb = comma === i + 1 && opener.endsWith('ly');
    // "Asked about the deal,", "Speaking to reporters,": a participle phrase before the subject.
    const participle = /(ed|ing)$/.test(opener) && comma > i + 1;
    if (!(ADVERBIAL_OPENERS.has(opener) || TIME_ENDS.has(last) || adverb || participle)) return i;
    i = comma + 1;
  }
}
