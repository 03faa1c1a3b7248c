/**
 * Number and date words in many languages (`data/lexicon/numerals.json`), folded for lookup:
 * month names to their number, multiplier words ("Millionen", "млн", "万") to a power of ten,
 * percent words ("Prozent", "proc.", "百分之").
 */
import { loadLexicon } from './load.js';

interface NumeralsFile {
  months: string[][];
  multipliers: Record<string, string[]>;
  multiplierPhrases: Record<string, string[]>;
  cjkMultipliers: Record<string, number>;
  percent: string[];
  cjkPercentPrefix: string;
}

/** A lookup of folded words: exact forms, and forms written `stem*` that match any ending. */
export interface WordTable<T> {
  exact: ReadonlyMap<string, T>;
  stems: readonly { stem: string; value: T }[];
}

export interface Numerals {
  /** Folded month word → month number 1–12. */
  months: ReadonlyMap<string, number>;
  /** Folded multiplier word → power of ten; two-word forms ("mil millones") are keys with one space. */
  multipliers: WordTable<number>;
  /** Multiplier characters of unspaced scripts, longest first ("万亿" before "万"). */
  cjkMultipliers: readonly { text: string; power: number }[];
  /** Folded percent words; two-word forms ("per cent") are keys with one space. */
  percent: WordTable<true>;
  cjkPercentPrefix: string;
}

/** Folding shared by the lexicon and the text it is matched against: NFKC (full-width digits), no marks, lower case. */
export function foldNumeralText(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

function table<T>(entries: [string, T][]): WordTable<T> {
  const exact = new Map<string, T>();
  const stems: { stem: string; value: T }[] = [];
  for (const [form, value] of entries) {
    const folded = foldNumeralText(form);
    if (folded.endsWith('*')) stems.push({ stem: folded.slice(0, -1), value });
    else exact.set(folded, value);
  }
  return { exact, stems };
}

/** The value of `word` in `t`, or null when it is not there. */
export function lookupWord<T>(t: WordTable<T>, word: string): T | null {
  const hit = t.exact.get(word);
  if (hit !== undefined) return hit;
  for (const { stem, value } of t.stems) if (word.startsWith(stem)) return value;
  return null;
}

let cached: Numerals | undefined;

export function numerals(): Numerals {
  if (cached) return cached;
  const file = loadLexicon<NumeralsFile>('numerals.json');
  const months = new Map<string, number>();
  file.months.forEach((forms, i) => {
    for (const f of forms) months.set(foldNumeralText(f), i + 1);
  });
  const mult: [string, number][] = [];
  for (const [power, forms] of Object.entries(file.multipliers)) for (const f of forms) mult.push([f, Number(power)]);
  for (const [power, forms] of Object.entries(file.multiplierPhrases)) for (const f of forms) mult.push([f, Number(power)]);
  const cjk = Object.entries(file.cjkMultipliers).map(([text, power]) => ({ text, power })).sort((a, b) => b.text.length - a.text.length);
  cached = {
    months,
    multipliers: table(mult),
    cjkMultipliers: cjk,
    percent: table(file.percent.map((f) => [f, true as const])),
    cjkPercentPrefix: file.cjkPercentPrefix,
  };
  return cached;
}
