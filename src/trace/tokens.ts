/**
 * Word tokens for fingerprints and story features: letters and digits in any script, folded to a
 * comparable form (lower case, no diacritics, Cyrillic and Greek spelt in Latin letters) so that
 * "Korrespondent", "Корреспондент" and "korrespondént" give the same token.
 *
 * Input: any text. Output: tokens with their spans into that text; never null (an empty array
 * for a text without words).
 */
import { transliterate } from '../nlp/transliterate.js';

export interface Token {
  /** The folded form: lower case, diacritics removed, Latin script where we can transliterate. */
  norm: string;
  /** The surface form as written. */
  text: string;
  start: number;
  end: number;
  /** True when the surface form starts with an upper-case letter (a name candidate). */
  capital: boolean;
}

// Letters (with their combining marks) and digits; apostrophes inside words are kept out so that
// "Korea’s" yields "korea" + "s" in every quote style alike.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING = /\p{M}+/gu;
const UPPER = /^\p{Lu}/u;
// Han, Hiragana, Katakana, Hangul, Thai: scripts written without spaces, split per character.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const UNSPACED_PARTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;
const NON_LATIN_TEXT = /[\u0370-\u03ff\u0400-\u04ff]/;
const PLAIN = /^[\x00-\x7f\u00a0\u2010-\u205e]*$/;

/** Folds one word: NFKD, strip marks, lower case, transliterate Cyrillic/Greek. */
export function foldWord(word: string): string {
  const lower = word.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  return transliterate(lower);
}

/** Every word of `text`, in order, with spans. Unspaced scripts give one token per character. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (UNSPACED.test(word)) {
      // Split runs of Han/Kana into single characters; keep embedded Latin/digit runs whole.
      for (const part of word.matchAll(UNSPACED_PARTS)) {
        const s = start + part.index;
        out.push({ norm: foldWord(part[0]), text: part[0], start: s, end: s + part[0].length, capital: UPPER.test(part[0]) });
      }
      continue;
    }
    out.push({ norm: foldWord(word), text: word, start, end: start + word.length, capital: UPPER.test(word) });
  }
  return out;
}

/**
 * The folded words only, for callers that need no spans (fingerprints at scale): the whole text
 * is folded once, which is several times faster than folding word by word.
 */
export function words(text: string): string[] {
  // ASCII with typographic punctuation has nothing to decompose and only [a-z0-9] words: a plain
  // loop is several times faster than NFKD and a Unicode regular expression.
  if (isPlainText(text)) return asciiWords(text.toLowerCase());
  let folded = text.normalize('NFKD').replace(COMBINING, '').toLowerCase();
  if (NON_LATIN_TEXT.test(folded)) folded = transliterate(folded);
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const word = m[0];
    if (UNSPACED.test(word)) {
      for (const part of word.matchAll(UNSPACED_PARTS)) out.push(part[0]);
    } else out.push(word);
  }
  return out;
}

/** True when `text` is ASCII plus typographic punctuation, whose words are exactly its [a-z0-9] runs once lower-cased. */
export function isPlainText(text: string): boolean {
  return PLAIN.test(text);
}

function asciiWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}
