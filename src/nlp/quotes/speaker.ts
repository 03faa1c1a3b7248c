/**
 * Speaker noun phrases next to a cue, found without a parser: the words before the cue back to a
 * clause boundary ("University of the Fraser Valley political scientist Hamish Telford said"), or
 * the words after an inverted cue up to punctuation ("said Sevaun Palvetzian, CEO of …").
 */
import type { Span } from '../../types.js';
import { isAuxiliary } from './cues.js';
import type { Token } from './tokens.js';

/** Words that end a speaker phrase going backwards: the clause before it ends there. */
const CLAUSE_WORDS = new Set(
  ('and but or nor that which who whom whose because although though while when whenever as if so since ' +
    'after before where what how why than until unless whether then yet once also ' +
    'и а но что который которая которые когда если как також і а але що який яка які коли якщо як')
    .split(' '),
);

/** Prepositions end a speaker phrase too (the phrase before them is an adverbial); `of` does not. */
const PREPOSITIONS = new Set(
  'in on at with to for from by during about into over under through between against without within across per via like'.split(' '),
);

const DETERMINERS = new Set('the a an this that these those his her their its our my your some any each every no'.split(' '));

export const PRONOUNS = new Set('he she they it we i you он она они мы я він вона вони ми'.split(' '));

/** Weekdays and the like that follow an inverted cue before its speaker ("said Monday"). */
const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later recently also again then'.split(' '),
);

export type Boundary = 'start' | 'punct' | 'clause' | 'limit';

export interface SpeakerPhrase extends Span {
  /** What stopped the backward scan: the sentence start, punctuation, a clause word, … */
  boundary: Boundary;
  /** Index of the first token of the phrase. */
  firstToken: number;
  words: number;
}

const MAX_WORDS = 12;

/** Verbs and modals that cannot sit inside a speaker phrase: the cue's subject is a clause then. */
const VERBISH = new Set(
  ('is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'cannot won’t can’t don’t doesn’t didn’t isn’t wasn’t aren’t weren’t hasn’t haven’t hadn’t wouldn’t ' +
    'couldn’t shouldn’t won\'t can\'t don\'t doesn\'t didn\'t not never having')
    .split(' '),
);
/** A capitalised form is a name (Theresa May, Will Smith), not a modal. */
const isVerbish = (t: Token): boolean => !t.upper && (VERBISH.has(t.lower) || /['’](re|ve|ll|d)$/.test(t.lower));

/** Relative words after which the speaker is the phrase before them ("MPs who say …"). */
const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * The phrase ending just before token `cue` (auxiliaries such as "has", "also" skipped), or null
 * when there is none, it is only a determiner, or a modal or a negation makes it no report
 * ("won’t say", "must have said"). A parenthesis between commas is stepped over
 * ("Scheer, however, said"; "Dudi Dwiriadi, a district military commander, said").
 */
export function speakerBefore(tokens: readonly Token[], cue: number, text: string): SpeakerPhrase | null {
  let i = cue - 1;
  while (i >= 0 && isAuxiliary(tokens[i]!)) i--;
  if (i >= 0 && isVerbish(tokens[i]!)) return null;
  if (i >= 0 && tokens[i]!.lower === ',') return parenthesis(tokens, i, text);
  const last = i;
  let boundary: Boundary = 'start';
  let words = 0;
  for (; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.word) {
      // A full stop after an initial or a title belongs to the name (Mr. Hemming, J. Smith).
      if (t.lower === '.' && i > 0 && tokens[i - 1]!.word && tokens[i - 1]!.upper && tokens[i - 1]!.end === t.start && tokens[i - 1]!.lower.length <= 3) continue;
      if (t.lower === '’' || t.lower === "'" || t.lower === '&') continue;
      boundary = 'punct';
      break;
    }
    if (CLAUSE_WORDS.has(t.lower) && (!t.upper || i === 0)) {
      if (i === last && RELATIVES.has(t.lower)) return speakerBefore(tokens, i, text);
      // "lower than TransLink says they are": a comparison, not a report.
      if (t.lower === 'than') return null;
      boundary = 'clause';
      break;
    }
    if (isVerbish(t)) return null;
    if (words === MAX_WORDS) {
      boundary = 'limit';
      break;
    }
    words++;
  }
  const first = i + 1;
  if (first > last) return null;
  // "Samsung Electronics Co. said": the head is the word before the abbreviation's full stop.
  const head = tokens[last]!.word ? tokens[last]! : tokens[last - 1];
  if (head === undefined || !head.word || DETERMINERS.has(head.lower) || last - 1 < first - 1) return null;
  // "Suffice it to say", "stars to tell": a phrase that ends in a preposition is no speaker.
  if (!head.upper && (PREPOSITIONS.has(head.lower) || head.lower === 'of')) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end, boundary, firstToken: first, words };
}

/** `NAME, APPOSITION,` before a cue: the phrase from the name to the end of the apposition. */
function parenthesis(tokens: readonly Token[], comma: number, text: string): SpeakerPhrase | null {
  let open = comma - 1;
  while (open >= 0 && open > comma - 16 && tokens[open]!.lower !== ',') {
    if (!tokens[open]!.word && !'.’-+&()/'.includes(tokens[open]!.lower)) return null;
    open--;
  }
  if (open < 0 || tokens[open]!.lower !== ',' || open === comma - 1) return null;
  // A verb inside the commas makes it a clause, unless it is a relative one ("Hadwin, who tied …,").
  const relative = RELATIVES.has(tokens[open + 1]!.lower) || tokens[open + 1]!.lower === 'whose';
  for (let k = open + 1; k < comma && !relative; k++) if (isVerbish(tokens[k]!)) return null;
  let name = speakerBefore(tokens, open, text);
  if (name === null || tokens[open - 1]?.lower === ',') return null;
  // "Scheer, however, said": a lone lower-case word between the commas is an adverb, not a title.
  if (comma - open === 2 && !tokens[open + 1]!.upper) return name;
  // An apposition with commas of its own ("Navdeep Bains, Minister of Innovation, Science and
  // Economic Development, said"; "Donald Tusk, the president of the European Council, which
  // represents EU leaders, urged"): the speaker is the name before its first comma.
  const outer = tokens[name.firstToken - 1]?.lower === ',' ? nameBefore(tokens, name.firstToken - 1) : null;
  if (outer !== null) name = outer;
  return { ...name, end: tokens[comma - 1]!.end };
}

/** A name of two to four capitalised words ending just before token `comma`, or null. */
function nameBefore(tokens: readonly Token[], comma: number): SpeakerPhrase | null {
  let i = comma - 1;
  while (i >= 0 && i > comma - 5 && tokens[i]!.word && tokens[i]!.upper && !CLAUSE_WORDS.has(tokens[i]!.lower)) i--;
  const first = i + 1;
  const words = comma - first;
  if (words < 2 || (i >= 0 && tokens[i]!.word)) return null;
  const boundary: Boundary = i < 0 ? 'start' : 'punct';
  return { start: tokens[first]!.start, end: tokens[comma - 1]!.end, boundary, firstToken: first, words };
}

/**
 * The phrase starting just after token `cue` (an inverted cue: "said the mayor"), up to
 * punctuation, a preposition or a clause word; null when none.
 */
export function speakerAfter(tokens: readonly Token[], cue: number): SpeakerPhrase | null {
  let i = cue + 1;
  while (i < tokens.length && tokens[i]!.word && TIME_WORDS.has(tokens[i]!.lower)) i++;
  const first = i;
  let words = 0;
  let boundary: Boundary = 'start';
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.lower === '.' && tokens[i - 1]!.upper && tokens[i - 1]!.lower.length <= 3 && i + 1 < tokens.length && tokens[i + 1]!.upper) continue;
      if (t.lower === '’' || t.lower === "'") continue;
      boundary = 'punct';
      break;
    }
    if ((CLAUSE_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || TIME_WORDS.has(t.lower) || isVerbish(t)) && !t.upper) {
      boundary = 'clause';
      break;
    }
    if (words === MAX_WORDS) {
      boundary = 'limit';
      break;
    }
    words++;
  }
  let last = i - 1;
  while (last >= first && !tokens[last]!.word) last--;
  if (last < first) return null;
  return { start: tokens[first]!.start, end: tokens[last]!.end, boundary, firstToken: first, words };
}

/** True when the phrase is a lone determiner-less lower-case word that cannot speak ("it"). */
export function isWeakSpeaker(text: string, phrase: Span): boolean {
  const s = text.slice(phrase.start, phrase.end).toLowerCase();
  return s === 'it' || s === 'this' || s === 'that' || s === 'there';
}
