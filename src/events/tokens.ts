/**
 * Word tokens for event coding: what the actor and verb matchers walk over.
 *
 * Why our own tokenizer: patterns (ours and PETRARCH's) are written as TreeBank-style words, so
 * contractions split the TreeBank way ("didn't" → "did" "n't", "won't" → "wo" "n't") and the
 * possessive is its own token ("Gondor's" → "gondor" "'s"). Abbreviations keep their dots ("U.S.").
 */

export interface Token {
  /** Lower-cased, apostrophes straightened: what lexicons are matched against. */
  norm: string;
  /** The text as written (for case-sensitive entries such as "US"). */
  raw: string;
  /** Offsets into the text the tokens were made from. */
  start: number;
  end: number;
}

// Order matters: the stem of a contraction first ("did" before "n't"), then abbreviations, so
// "U.S." stays one token, then words (inner hyphens and apostrophes kept), then single symbols.
const TOKEN =
  /[\p{L}\p{N}]+(?=n['’]t\b)|n['’]t\b|['’]s\b|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-&][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits `text` into tokens, adding `offset` to every span; an empty list when there are none. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index + offset;
    out.push({ norm: normWord(m[0]), raw: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** The matching form of a word: lower case, straight apostrophe. */
export function normWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Splits a lexicon phrase ("WHITE_HOUSE", "did n't") into matching words. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase.replace(/_/g, ' ')).map((t) => t.norm);
}
