/**
 * Numbers and calendar dates as values that compare across languages and scripts, for
 * cross-lingual story matching: "3.5 million", "3,5 Millionen", "3,5 млн" and "350万" are all
 * 3500000; "5,8 proc." and "5.8%" are both 5.8%; "15 August", "15. August", "15 de agosto",
 * "15 сентября"… give month and day, "8月15日" and "2022-08-15" too.
 *
 * Input: any text. Output: the values in text order, `num` as a decimal string (percentages end
 * in "%") and `date` as "MM-DD" (the year, when written, is a number of its own). Never null.
 * Whole numbers below 100 with no unit are left out: days, ages and small counts are everywhere.
 */
import { foldNumeralText, lookupWord, numerals, type WordTable } from '../lexicon/numerals.js';

export interface Quantities {
  numbers: string[];
  dates: string[];
}

// Digit groups with one separator throughout ("1,200,000", "1.200.000", "1 200 000"), else a
// plain run of digits; then an optional decimal part. Not inside a word ("G20", "covid19"; Han
// and kana are no word boundary, "有350万人"), nor a part of a dotted run ("15.08.2022", an IP).
const NUMBER = /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]|\d[.,])(?:(\d{1,3})([,.\u00a0\u202f ])(\d{3}(?:\2\d{3})*)(?![\d])|(\d+)(?!\d))(?:([.,])(\d+)(?!\d))?(?![.,]\d)/gu;
const NEXT_WORDS = /^[\s\u00a0]*(\p{L}+)\.?(?:[\s\u00a0]+(\p{L}+))?/u;
const PERCENT_SIGN = /^[\s\u00a0]*%/;
const LETTERS = /\p{L}+/gu;
const DAY_BEFORE = /(?<![\p{N}.,])(\d{1,2})(?:\.|er|st|nd|rd|th|-?го|-?е)?[\s\u00a0]*(?:(?:de|del|of)[\s\u00a0]+)?$/u;
const DAY_AFTER = /^\.?[\s\u00a0]+(\d{1,2})(?:st|nd|rd|th)?(?![\p{N}]|[.,]\d)/u;
const CJK_DATE = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g;

/** Numbers and dates of `text`. */
export function scanQuantities(text: string): Quantities {
  const folded = foldNumeralText(text);
  return { numbers: scanNumbers(folded), dates: scanDates(folded) };
}

function scanNumbers(text: string): string[] {
  const lex = numerals();
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [, head, groupSep, groups, plain, decimalSep, decimals] = m;
    if (groupSep !== undefined && decimalSep === groupSep) continue; // "1.200.5": not a number we can read
    const whole = plain ?? `${head}${groups!.replace(/\D/g, '')}`;
    let value = Number(decimals !== undefined ? `${whole}.${decimals}` : whole);
    if (!Number.isFinite(value)) continue;
    const end = m.index + m[0].length;
    let rest = text.slice(end, end + 40);
    let power = 0;
    const cjk = lex.cjkMultipliers.find((c) => rest.startsWith(c.text));
    if (cjk) {
      power = cjk.power;
      rest = rest.slice(cjk.text.length);
    } else {
      const words = NEXT_WORDS.exec(rest);
      if (words) {
        const two = words[2] !== undefined ? lookupWord(lex.multipliers, `${words[1]} ${words[2]}`) : null;
        const one = two ?? lookupWord(lex.multipliers, words[1]!);
        if (one !== null) {
          power = one;
          rest = two !== null ? rest.slice(words[0].length) : rest.slice(rest.indexOf(words[1]!) + words[1]!.length).replace(/^\./, '');
        }
      }
    }
    value *= 10 ** power;
    const percent = PERCENT_SIGN.test(rest) || startsWithWord(rest, lex.percent) || text.slice(Math.max(0, m.index - lex.cjkPercentPrefix.length), m.index) === lex.cjkPercentPrefix;
    const shown = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
    if (percent) out.push(`${shown}%`);
    else if (power > 0 || decimals !== undefined || value >= 100) out.push(shown);
  }
  return out;
}

function startsWithWord(rest: string, words: WordTable<true>): boolean {
  const m = NEXT_WORDS.exec(rest);
  if (!m) return false;
  return (m[2] !== undefined && lookupWord(words, `${m[1]} ${m[2]}`) !== null) || lookupWord(words, m[1]!) !== null;
}

function scanDates(text: string): string[] {
  const { months } = numerals();
  const out: string[] = [];
  const push = (month: number, day: number) => {
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  };
  for (const m of text.matchAll(LETTERS)) {
    const month = months.get(m[0]);
    if (month === undefined) continue;
    // The day before the month ("15 August", "15 de agosto") is the more common order; the day
    // after ("August 15") is taken only when none comes before.
    const before = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    if (before) {
      push(month, Number(before[1]));
      continue;
    }
    const after = DAY_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (after) push(month, Number(after[1]));
  }
  for (const m of text.matchAll(CJK_DATE)) push(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(ISO_DATE)) push(Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(DOTTED_DATE)) push(Number(m[2]), Number(m[1]));
  return out;
}
