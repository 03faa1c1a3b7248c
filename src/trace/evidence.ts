/**
 * Language-independent evidence that two articles tell the same story, for matching across
 * languages without machine translation (Steinberger et al. 2005 matched multilingual news by
 * the same kinds of anchor): names in Latin spelling, numbers, countries by ISO id, organisations
 * by canonical id, URLs and handles, cognate word stems, and the concepts of common news words
 * (`concept-scan.ts`: "szpital", "Krankenhaus" and "hospital" are `concept:hospital`).
 *
 * Input: a title and a text in any language. Output: a bag of typed features with counts
 * (`name:putin`, `num:3500000`, `num:5.8%`, `date:08-15`, `country:PRK`, `entity:person:putin`,
 * `stem:epide`, `concept:hospital`); the caller weighs them (see `crosslingual.ts`). People,
 * places and organisations are found by their names in many scripts (`anchor-scan.ts`), so "普京"
 * meets "Putin". Numbers and dates are read as values in any language and script
 * (`quantities.ts`), so "3,5 Millionen" meets "350万" and "15 сентября" meets "September 15".
 */
import { lookupAnchor } from '../lexicon/anchors.js';
import { nameKey } from '../nlp/transliterate.js';
import { scanAnchors } from './anchor-scan.js';
import { scanConcepts } from './concept-scan.js';
import { scanCountries } from './country-scan.js';
import { scanQuantities } from './quantities.js';
import { tokenize, type Token } from './tokens.js';

export type EvidenceKind = 'name' | 'num' | 'date' | 'country' | 'entity' | 'url' | 'stem' | 'concept';

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
  /** Add the concept ids of common news words (`lexicon/concepts.ts`): "szpital" and "hospital" give `concept:hospital`. */
  concepts?: boolean;
  /**
   * A word that gives a concept gives no stem as well. Off by default: a cognate that is also a
   * concept ("prezydent" / "president") is then two agreements, which measured better on the
   * dev pairs (F1 0.790 against 0.770) than counting it once.
   */
  conceptsConsume?: boolean;
}

export const EVIDENCE_DEFAULTS: Required<EvidenceOptions> = { prefix: 5, stems: true, stemMinLength: 4, nameBigrams: false, titleBoost: 1, concepts: true, conceptsConsume: false };

const URL = /\bhttps?:\/\/[^\s<>"'»«)]+|(?<![\w@])@[A-Za-z0-9_]{3,}|#[\p{L}\p{N}_]{3,}/gu;
const SENTENCE_END = /[.!?\n"“”„«»:;]\s*$/;
const DIGITS = /^\d+$/;
const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The evidence bag of one article: feature key → count. Empty for a text without words. `lang`
 * (ISO 639-1) picks the concept forms of that language; without it every language's are read.
 */
export function extractEvidence(title: string, text: string, options: EvidenceOptions = {}, lang?: string): Map<string, number> {
  const settings = { ...EVIDENCE_DEFAULTS, ...options };
  const { prefix, stems, stemMinLength, nameBigrams, titleBoost } = settings;
  const full = title ? `${title}\n${text}` : text;
  const bag = new Map<string, number>();
  if (title && titleBoost > 0) {
    for (const [k, c] of extractEvidence('', title, { ...settings, titleBoost: 0 }, lang)) bag.set(k, c * titleBoost);
  }
  const add = (key: string) => bag.set(key, (bag.get(key) ?? 0) + 1);
  const tokens = tokenize(full);
  const quantities = scanQuantities(full);
  for (const n of quantities.numbers) add(`num:${n}`);
  for (const d of quantities.dates) add(`date:${d}`);
  // A mention counts once, by its most canonical id: the words of an anchor ("Erdoğan",
  // "Tehran") or a country do not also count as names and stems, which would weigh a shared
  // topic three times over the details that tell one story from another. Anchors go first; a
  // place brings its country, so that "德黑兰" and "Tehran" give the same two ids.
  const consumed = new Uint8Array(tokens.length);
  for (const [id, count] of scanAnchors(tokens, full, consumed)) {
    const country = lookupAnchor(id)?.country;
    for (let i = 0; i < count; i++) {
      add(`entity:${id}`);
      if (country) add(`country:${country}`);
    }
  }
  for (const [iso3, count] of scanCountries(tokens.map((t) => t.norm), full, consumed)) {
    for (let i = 0; i < count; i++) add(`country:${iso3}`);
  }
  if (settings.concepts) {
    // After the anchors and countries (a name is not a common word), before names and stems.
    const taken = settings.conceptsConsume ? consumed : undefined;
    for (const [id, count] of scanConcepts(tokens, full, lang, taken)) bag.set(`concept:${id}`, (bag.get(`concept:${id}`) ?? 0) + count);
  }
  let previousName: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (DIGITS.test(t.norm) || HAN.test(t.norm) || consumed[i] === 1) {
      previousName = null;
      continue;
    }
    const key = stemKey(cognateKey(t.norm), prefix);
    const sentenceStart = startsSentence(tokens, i, full);
    if (t.capital && t.norm.length >= 2 && (!sentenceStart || nameBigrams)) {
      let name = nameKey(t.text);
      name = stemKey(name, prefix);
      if (!sentenceStart && t.norm.length >= 3) add(`name:${name}`);
      // Two names in a row ("Nancy Pelosi") identify far better than either alone.
      if (nameBigrams && previousName !== null && /^\s$/.test(full.slice(tokens[i - 1]!.end, t.start))) add(`name:${previousName}_${name}`);
      previousName = name;
    } else previousName = null;
    if (stems && t.norm.length >= stemMinLength) add(`stem:${key}`);
  }
  for (const m of full.matchAll(URL)) add(`url:${m[0].toLowerCase().replace(/[.,;:]+$/, '')}`);
  return bag;
}

/**
 * A spelling-neutral form of a folded Latin word, so that cognates spelt by different
 * orthographies meet: "koronawirus" / "coronavirus", "prezydent" / "president", "telewizja" /
 * "television", "Zentrum" / "centre". Soft c (before e, i, y) becomes s and hard c, q become
 * k; z, w, y, ph, th, sz become s, v, i, f, t, s; doubled letters are single.
 */
export function cognateKey(word: string): string {
  return word
    .replace(/sch|sz/g, 's')
    .replace(/cz|ch/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ck|c|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
}

/** The first `prefix` letters of a folded word: absorbs inflection ("Kraska", "Kraski" → "krask") and cognate endings. */
function stemKey(word: string, prefix: number): string {
  if (word.length > prefix) return word.slice(0, prefix);
  return word;
}

function startsSentence(tokens: readonly Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  return SENTENCE_END.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}
