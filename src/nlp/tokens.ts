/**
 * Word tokens with offsets. A token is a run of letters and digits, with inner apostrophes and
 * points kept ("O'Leary", "Correspondent.net", "3.5") and hyphens split off as their own token
 * so that "Russian-North Korean" can be read as two demonyms and "Jong-un" joined back by the
 * name finder. A final point stays on an abbreviation ("U.S.", "Mr.", "J.") and a possessive
 * "’s" is its own token.
 */
import type { Span } from '../types.js';

export interface Token extends Span {
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("DPRK", "U.S."). */
  allCaps: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** Whitespace before the token (false for "-un" in "Jong-un"). */
  spaceBefore: boolean;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'st', 'jr', 'sr', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm',
  'rev', 'inc', 'corp', 'ltd', 'co', 'no', 'vs', 'mt', 'ft', 'bros', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'cmdr', 'supt', 'det', 'insp', 'pres', 'hon',
]);

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` within `span` (the whole text when omitted). */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    let start = span.start + m.index;
    let end = start + m[0].length;
    let value = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(value[0]!);
    if (isWord) {
      // "Russia’s" → "Russia" + "’s"
      const poss = /^(.+?)(['’]s)$/u.exec(value);
      if (poss && poss[1]!.length > 0) {
        push(out, text, start, start + poss[1]!.length, true);
        push(out, text, start + poss[1]!.length, end, false);
        continue;
      }
      // Keep the point of an abbreviation or initial: "U.S.", "Mr.", "J.".
      if (text[end] === '.' && (/\./.test(value) || value.length === 1 || ABBREVIATIONS.has(value.toLowerCase()))) {
        end++;
        value += '.';
        WORD.lastIndex = end - span.start;
      }
    }
    push(out, text, start, end, isWord);
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, word: boolean): void {
  const value = text.slice(start, end);
  const first = value[0]!;
  const cap = word && first !== first.toLowerCase() && first === first.toUpperCase();
  const letters = value.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const spaceBefore = start === 0 || /\s/.test(text[start - 1]!);
  out.push({ start, end, text: value, cap, allCaps, word, spaceBefore });
}
