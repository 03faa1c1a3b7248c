/**
 * The event lexicon: actors, agents (roles), verbs with their patterns, synsets and discards, in
 * one typed shape. Our own data files (`data/events/*.json`, see `default-lexicon.ts`) and
 * PETRARCH-format dictionaries (`petrarch.ts`) both load into it, so one engine codes with either.
 */
import { PhraseIndex } from './phrase-index.js';

/** A code valid from `from` to `to` (YYYY-MM-DD, inclusive; open when absent). */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

/** A named actor ("Gondor", "Vladimir Putin", "the White House"). */
export interface ActorEntry {
  words: string[];
  /** The last word may carry a short suffix ("ARGENTIN" → "Argentina", "Rohan" → "Rohans"). */
  stem: boolean;
  /** Undated codes are the default; a dated code wins inside its interval. */
  codes: DatedCode[];
  /** When set, the text must read exactly this (so the pronoun "us" is not the USA). */
  exact?: string;
  /** `country` for a country or its people, `actor` for the rest. */
  kind: 'country' | 'actor';
}

/** A role noun ("government", "rebels") that adds a CAMEO role code to a country. */
export interface AgentEntry {
  words: string[];
  stem: boolean;
  /** The role code(s) added: `GOV`, `GOVFRM`, `NGO`. */
  code: string;
  /** PETRARCH `[NGO~]`: the code goes before the country instead of after it. */
  prefix: boolean;
}

/** One item of a verb pattern, in the PETRARCH/TABARI notation. */
export type PatternItem =
  | { kind: 'words'; words: string[] } // adjacent words ("DIPLOMATIC_TIES")
  | { kind: 'synset'; name: string } // &TIETYPES
  | { kind: 'source' } // $
  | { kind: 'target' } // +
  | { kind: 'compound' } // %
  | { kind: 'skip' }; // ^

export interface VerbPattern {
  /** Rule id: `<lexicon>/<verb>/<n>`. */
  id: string;
  /** Items before the verb, in text order. */
  pre: PatternItem[];
  /** Items after the verb, in text order. */
  post: PatternItem[];
  /** CAMEO code, `---` for "no event", `X:Y` for a pair (source→target X, target→source Y). */
  code: string;
}

/** One verb block: its forms share the code and the patterns. */
export interface VerbEntry {
  /** The block name (`ATTACK`), used in rule ids. */
  id: string;
  code: string | null;
  patterns: VerbPattern[];
}

/** A written form of a verb ("attacked", "wire tapped"), pointing at its block. */
export interface VerbForm {
  words: string[];
  stem: boolean;
  verb: VerbEntry;
  /** This form's own code, when it differs from the block's. */
  code?: string | null;
  /** Past tense or participle: the passive voice needs one. */
  participle: boolean;
  /** Present participle (-ing). */
  gerund: boolean;
  /** The base form ("attack"), which is as often a noun ("food aid") as a verb. */
  base?: boolean;
}

/** A discard phrase ("baseball"); `story` rejects the whole story, not only the sentence. */
export interface DiscardEntry {
  words: string[];
  stem: boolean;
  story: boolean;
}

/** An event noun ("attack", "invasion") coded when written "X's attack on Y". */
export interface NounEntry {
  words: string[];
  stem: boolean;
  code: string;
}

export interface EventLexicon {
  /** `wiretrace` for ours, or the dictionary folder's name. */
  name: string;
  actors: PhraseIndex<ActorEntry>;
  agents: PhraseIndex<AgentEntry>;
  verbs: PhraseIndex<VerbForm>;
  nouns: PhraseIndex<NounEntry>;
  /** Synset name (without `&`) → its phrases. */
  synsets: Map<string, string[][]>;
  /** A sentence containing one of these codes no event; `story` ones reject the whole input. */
  discards: PhraseIndex<DiscardEntry>;
}

/**
 * The code of an actor on `date` (YYYY-MM-DD), or null when no code applies. Without a date the
 * undated code wins, else the current one (no end date), else the most recent.
 */
export function codeOn(entry: ActorEntry, date: string | undefined): string | null {
  let fallback: string | null = null;
  let latest: DatedCode | null = null;
  for (const c of entry.codes) {
    const dated = c.from !== undefined || c.to !== undefined;
    if (!dated) {
      if (fallback === null) fallback = c.code;
      continue;
    }
    if (date === undefined) {
      if (latest === null || (c.to ?? '9999') > (latest.to ?? '9999')) latest = c;
      continue;
    }
    if ((c.from === undefined || date >= c.from) && (c.to === undefined || date <= c.to)) return c.code;
  }
  return fallback ?? latest?.code ?? null;
}
