/**
 * Sentence splitting over the body blocks of a document.
 *
 * Workflow: for each block, find candidate ends (a run of `.`, `!`, `?`, `…` with any closing
 * quotes or brackets after it), then reject the candidates that are not ends:
 *   1. the next visible character is not a sentence opener (lower case, a digit after a decimal
 *      point, punctuation) — this keeps "security . and stability" and "3.5" whole;
 *   2. the word before the point is an abbreviation that never ends a sentence (`Mr.`, `Gen.`,
 *      `т.е.`, `z.B.`), or a single capital (an initial: "V. Putin", "В.В. Путин");
 *   3. the word before is an abbreviation that may end one (`U.S.`, `Inc.`), unless the next word
 *      is a typical sentence opener ("… in the U.S. The talks …");
 *   4. German ordinals ("am 3. Oktober").
 * A piece made only of punctuation ("said. .") is joined to the sentence before it.
 * Blocks never merge: a sentence never crosses a block (paragraph) boundary.
 */
import type { Span } from '../types.js';

/** Abbreviations (lower case, without the final point) after which a sentence never ends. */
const NEVER_END: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'adm', 'cmdr', 'gov', 'sen',
    'rep', 'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'fr', 'sr', 'vs', 'v', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'art',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'cf', 'approx',
    'est', 'ave', 'blvd', 'rd', 'gov', 'supt', 'insp', 'det', 'atty', 'messrs', 'mme', 'mlle', 'ca', 'al',
  ]),
  ru: new Set(['т.е', 'т.к', 'т.н', 'т.д', 'т.п', 'т', 'г', 'гг', 'им', 'ул', 'пр', 'просп', 'д', 'кв', 'см', 'стр', 'с', 'рис', 'проф', 'акад', 'доц', 'ген', 'млн', 'млрд', 'тыс', 'руб', 'коп', 'долл', 'чел', 'обл', 'р-н', 'пос', 'св', 'англ', 'нем', 'франц', 'лат', 'напр', 'др', 'пер', 'ст', 'п', 'ч', 'мин', 'сек', 'вв', 'в']),
  uk: new Set(['т.з', 'т.б', 'т.д', 'т.п', 'т', 'р', 'рр', 'ім', 'вул', 'просп', 'див', 'с', 'проф', 'акад', 'ген', 'млн', 'млрд', 'тис', 'грн', 'коп', 'дол', 'обл', 'смт', 'св', 'напр', 'ін', 'ст', 'п', 'ч', 'хв', 'ст', 'пан', 'пані']),
  fr: new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'av', 'bd', 'boul', 'p', 'pp', 'cf', 'etc', 'env', 'ex', 'no', 'n°', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'gén', 'col', 'cdt', 'lt', 'c.-à-d', 'vol', 'art']),
  de: new Set(['z.b', 'd.h', 'u.a', 'u.ä', 'usw', 'bzw', 'ca', 'vgl', 'nr', 'dr', 'prof', 'hr', 'fr', 'str', 'abs', 'art', 'bd', 'jh', 'jhd', 'mio', 'mrd', 'tsd', 'inkl', 'exkl', 'ggf', 'evtl', 'sog', 'st', 'gen', 'o.ä', 's', 'vs', 'zit', 'i.d.r', 'u.u', 'z.t', 'd', 'bzgl', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez']),
  es: new Set(['sr', 'sra', 'srta', 'sres', 'dr', 'dra', 'lic', 'ing', 'prof', 'gral', 'gen', 'cnel', 'tte', 'av', 'avda', 'c', 'núm', 'pág', 'págs', 'etc', 'ej', 'p', 'pp', 'ud', 'uds', 'vd', 'vds', 'dña', 'd', 'sto', 'sta', 'ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic', 'aprox']),
};

/** Abbreviations that may end a sentence ("… a deal with the U.S."). */
const MAY_END = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.a.e', 'd.c', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'plc', 'llc', 'etc', 'a.m', 'p.m',
  'bros', 'dept', 'govt', 'usw', 'etc', 'и т.д', 'т.д', 'т.п', 'e.v', 's.a',
]);

/** Words that typically begin an English sentence; after a MAY_END abbreviation they signal an end. */
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'its', 'their', 'our', 'in', 'on', 'at', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'after', 'before', 'when',
  'while', 'if', 'as', 'since', 'for', 'what', 'who', 'officials', 'according', 'earlier', 'later', 'last', 'some', 'many',
  'both', 'one', 'two', 'most', 'no', 'not', 'also', 'then', 'thus',
]);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]}›';
const OPENER_PUNCT = '"\'“‘«([{¿¡‹„-–—';

/**
 * Sentence spans of `text` within `blocks`, in text order, trimmed of surrounding whitespace.
 * `lang` (a BCP 47 primary subtag) chooses the abbreviation list; unknown languages get English's
 * list plus the rules that hold for every language. Returns an empty array when no block has text.
 */
export function splitSentences(text: string, blocks: readonly Span[], lang = 'en'): Span[] {
  const never = NEVER_END[lang] ?? NEVER_END.en!;
  const out: Span[] = [];
  for (const block of blocks) splitBlock(text, block.start, block.end, never, lang, out);
  return out;
}

function splitBlock(text: string, from: number, to: number, never: ReadonlySet<string>, lang: string, out: Span[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (TERMINATORS.includes(ch)) {
      let end = i + 1;
      while (end < to && TERMINATORS.includes(text[end]!)) end++;
      while (end < to && CLOSERS.includes(text[end]!)) end++;
      // French sets the closing guillemet off with a space: "verrons. »".
      const spaced = /^[ \u00a0\u202f]+[»›]/.exec(text.slice(end, Math.min(to, end + 4)));
      if (spaced) end += spaced[0].length;
      if (isBoundary(text, i, end, to, never, lang)) {
        push(text, start, end, out);
        start = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  push(text, start, to, out);
}

/** Adds the trimmed span `[start, end)`; a piece with no letter or digit joins the sentence before. */
function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  const last = out[out.length - 1];
  if (last !== undefined && !/[\p{L}\p{N}]/u.test(text.slice(start, end)) && !/\n/.test(text.slice(last.end, start))) {
    last.end = end;
    return;
  }
  out.push({ start, end });
}

/** `dot` is the first terminator; `end` is past the terminators and closers. */
function isBoundary(text: string, dot: number, end: number, to: number, never: ReadonlySet<string>, lang: string): boolean {
  if (end >= to) return true;
  // Must be followed by whitespace ("3.5", "Correspondent.net" and "U.S.-led" are not ends).
  if (!/\s/.test(text[end]!)) return false;
  let next = end;
  while (next < to && /\s/.test(text[next]!)) next++;
  if (next >= to) return true;
  // The next visible character, skipping opening quotes and brackets.
  let k = next;
  while (k < to && (OPENER_PUNCT.includes(text[k]!) || (k > next && /[ \u00a0\u202f]/.test(text[k]!)))) k++;
  const nextChar = text[k] ?? '';
  const opensSentence = /[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(nextChar) || (k > next && /\p{L}/u.test(nextChar));
  if (!opensSentence) return false;
  const term = text[dot]!;
  if (term !== '.') return true; // "!", "?", "…" end a sentence before a capital
  if (end - dot > 1 && text[dot + 1] === '.') return true; // an ellipsis "..." before a capital
  const word = wordBefore(text, dot);
  if (word === '') return true;
  const lower = word.toLowerCase();
  const nextWord = wordAt(text, k);
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (/^(\p{L}\.)+\p{L}$/u.test(word) && !MAY_END.has(lower)) return false; // "e.g", "т.е", "z.B"
  if (never.has(lower) || (lang !== 'en' && NEVER_END.en!.has(lower) && /^\p{Lu}/u.test(word) && word.length <= 4 && isTitleLike(lower))) {
    return false;
  }
  if (MAY_END.has(lower)) return OPENERS.has(nextWord.toLowerCase());
  if (lang === 'de' && /^\d{1,2}$/.test(word)) return false; // "am 3. Oktober"
  if (/^\d{1,2}$/.test(word) && /^\d/.test(nextChar)) return false;
  return true;
}

function isTitleLike(lower: string): boolean {
  return lower === 'mr' || lower === 'mrs' || lower === 'dr' || lower === 'prof' || lower === 'gen' || lower === 'st';
}

/** The word (letters, digits, inner points and hyphens) that ends at `dot`. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}\p{N}.\-°]/u.test(text[s - 1]!)) s--;
  let w = text.slice(s, dot);
  while (w.startsWith('.')) w = w.slice(1);
  return w;
}

function wordAt(text: string, at: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(at, at + 40));
  return m ? m[0] : '';
}

import type { Stage } from '../pipeline.js';

/** The `nlp/sentences` stage: fills `record.sentences` from the body blocks. */
export const sentencesStage: Stage = {
  id: 'nlp/sentences',
  run(record) {
    const lang = record.lang === 'und' ? 'en' : record.lang;
    return { ...record, sentences: splitSentences(record.text, record.body, lang) };
  },
};
