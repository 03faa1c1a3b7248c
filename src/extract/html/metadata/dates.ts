/**
 * Reading a date out of a metadata value or a short visible text: ISO 8601 and its common
 * variants, numeric day-month-year, and written dates in English, German, French, Spanish,
 * Italian, Portuguese and Dutch. Returns `YYYY-MM-DD`, or null when no whole date is there (a
 * month and year alone are not a publication date).
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrz'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'december'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names) MONTHS[name] = i + 1;
});
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY-MM-DD` if the parts make a real calendar date, else null. */
export function makeDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ISO = /(?<![\d])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const CJK = /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const COMPACT = /(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:T|(?!\d))/;
const DMY = /(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)?\d{2})(?![\d])/;
const WRITTEN_DMY = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+)?(${MONTH_RE})\\.?,?\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'iu');
// "Tue Jan 28 15:28:56 CET 2020" (Java's Date#toString) has a time between day and year.
const WRITTEN_MDY = new RegExp(`(?<![\\p{L}])(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+[A-Z]{2,5}\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'iu');

/**
 * Parses a date in `value`. `dayFirst` decides ambiguous numeric dates (03/04/2021); by default
 * day-first, as in most of the world, unless the first number cannot be a day.
 */
export function parseDate(value: string, options: { dayFirst?: boolean } = {}): string | null {
  const v = value.trim();
  if (v === '') return null;
  let m = ISO.exec(v) ?? CJK.exec(v);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!);
  m = WRITTEN_MDY.exec(v);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month !== undefined) return makeDate(+m[3]!, month, +m[2]!);
  }
  m = WRITTEN_DMY.exec(v);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month !== undefined) return makeDate(+m[3]!, month, +m[1]!);
  }
  m = DMY.exec(v);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const year = m[3]!.length === 2 ? +m[3]! : +m[3]!;
    if (m[3]!.length === 2 && !/[./]/.test(v)) return null;
    const dayFirst = options.dayFirst ?? true;
    if (a > 12) return makeDate(year, b, a);
    if (b > 12) return makeDate(year, a, b);
    return dayFirst ? makeDate(year, b, a) : makeDate(year, a, b);
  }
  m = COMPACT.exec(v);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!);
  // Unix time in seconds or milliseconds, as some CMSs write it.
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? +v : +v * 1000;
    const d = new Date(ms);
    return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** Why a date is implausible as a publication date, or null when it is plausible. */
export function implausible(date: string, today: string): string | null {
  if (date < '1990-01-01') return 'before 1990';
  if (date > today) return 'in the future';
  return null;
}

/** Date patterns in a URL path: /2023/11/03/, /2023-11-03, /20231103/. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!);
  m = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return makeDate(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/** Every substring of `text` that looks like a whole date, for scanning visible text. */
const ANY_DATE = new RegExp(
  [ISO, CJK, WRITTEN_MDY, WRITTEN_DMY, /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?![\d])/, /(?<![\d/])\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?![\d])/]
    .map((r) => r.source)
    .join('|'),
  'giu',
);

/** The dates written in `text`, in order, with their offsets. */
export function findDates(text: string, options: { dayFirst?: boolean } = {}): Array<{ date: string; index: number; text: string }> {
  const out: Array<{ date: string; index: number; text: string }> = [];
  ANY_DATE.lastIndex = 0;
  for (let m = ANY_DATE.exec(text); m !== null; m = ANY_DATE.exec(text)) {
    const date = parseDate(m[0].replace(/\.\s/g, '.'), options);
    if (date !== null) out.push({ date, index: m.index, text: m[0] });
  }
  return out;
}
