/**
 * Language-independent evidence that two articles tell the same story, for matching across
 * languages without machine translation (Steinberger et al. 2005 matched multilingual news by
 * the same kinds of anchor): names in Latin spelling, numbers, countries by ISO id, organisations
 * by canonical id, URLs and handles, and cognate word stems.
 *
 * Input: a title and a text in any language. Output: a bag of typed features (`name:putin`,
 * `num:15`, `country:PRK`, `stem:epide`) with counts; the caller weighs them (see `similarity.ts`).
 */
import { nameKey } from '../nlp/transliterate.js';
import { scanCountries } from './country-scan.js';
import { tokenize, type Token } from './tokens.js';

export type EvidenceKind = 'name' | 'num' | 'country' | 'url' | 'stem';

export interface EvidenceOptions {
  /** Letters kept of a word for name and stem keys; absorbs inflection and cognate endings. */
  prefix?: number;
  /** Add cognate stems of all words of four letters or more (off: names, numbers, ids only). */
  stems?: boolean;
  /** Shortest word that yields a stem (default 4: shorter words are mostly function words). */
  stemMinLength?: number;
  /** Add pairs of adjacent names ("nancy_pelos") as features. */
  nameBigrams?: boolean;
  /** Extra counts for each feature of the title, which names the story's key actors and places. */
  titleBoost?: number;
}

export const EVIDENCE_DEFAULTS: Required<EvidenceOptions> = { prefix: 5, stems: true, stemMinLength: 4, nameBigrams: false, titleBoost: 1 };

const URL = /\bhttps?:\/\/[^\s<>"'»«)]+|(?<![\w@])@[A-Za-z0-9_]{3,}|#[\p{L}\p{N}_]{3,}/gu;
const SENTENCE_END = /[.!?\n"“”„«»:;]\s*$/;
const DIGITS = /^\d+$/;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The evidence bag of one article: feature key → count. Empty for a text without words. */
export function extractEvidence(title: string, text: string, options: EvidenceOptions = {}): Map<string, number> {
  const { prefix, stems, stemMinLength, nameBigrams, titleBoost } = { ...EVIDENCE_DEFAULTS, ...options };
  const full = title ? `${title}\n${text}` : text;
  const bag = new Map<string, number>();
  if (title && titleBoost > 0) {
    for (const [k, c] of extractEvidence('', title, { prefix, stems, stemMinLength, nameBigrams, titleBoost: 0 })) bag.set(k, c * titleBoost);
  }
  const add = (key: string) => bag.set(key, (bag.get(key) ?? 0) + 1);
  const tokens = tokenize(full);
  for (const n of numbers(tokens, full)) add(`num:${n}`);
  let previousName: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (DIGITS.test(t.norm) || HAN.test(t.norm)) {
      previousName = null;
      continue;
    }
    const key = t.norm.length > prefix ? t.norm.slice(0, prefix) : t.norm;
    const sentenceStart = startsSentence(tokens, i, full);
    if (t.capital && t.norm.length >= 2 && (!sentenceStart || nameBigrams)) {
      let name = nameKey(t.text);
      name = name.length > prefix ? name.slice(0, prefix) : name;
      if (!sentenceStart && t.norm.length >= 3) add(`name:${name}`);
      // Two names in a row ("Nancy Pelosi") identify far better than either alone.
      if (nameBigrams && previousName !== null && /^\s$/.test(full.slice(tokens[i - 1]!.end, t.start))) add(`name:${previousName}_${name}`);
      previousName = name;
    } else previousName = null;
    if (stems && t.norm.length >= stemMinLength) add(`stem:${key}`);
  }
  for (const [iso3, count] of scanCountries(tokens.map((t) => t.norm), full)) {
    for (let i = 0; i < count; i++) add(`country:${iso3}`);
  }
  for (const m of full.matchAll(URL)) add(`url:${m[0].toLowerCase().replace(/[.,;:]+$/, '')}`);
  return bag;
}

function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  return SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/**
 * Numbers as values, so that "1,200", "1.200" and "1 200" meet: digit groups joined by a
 * thousands separator are read as one number; one- and two-digit numbers are too common to
 * count (days of the month, small counts) and are dropped unless they carry a percent sign.
 */
function numbers(tokens: readonly Token[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!DIGITS.test(tokens[i]!.norm)) continue;
    let value = tokens[i]!.norm;
    let j = i;
    while (j + 1 < tokens.length && DIGITS.test(tokens[j + 1]!.norm) && tokens[j + 1]!.norm.length === 3 && /^[,.\u00a0\u202f ]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      value += tokens[j + 1]!.norm;
      j++;
    }
    i = j;
    value = value.replace(/^0+(?=\d)/, '');
    const percent = /^\s?%/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 2));
    if (value.length >= 3 || percent) out.push(percent ? `${value}%` : value);
  }
  return out;
}
