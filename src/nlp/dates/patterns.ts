/**
 * Small parsers for what chrono leaves out: bare years ("in 2008", "mid-2009"), quarters
 * ("the third quarter of 2008" → 2008-Q3), durations ("two years", "five-year" → P2Y/P5Y,
 * "30 minutes" → PT30M) and sets ("weekly" → P1W).
 */
import type { DateFact } from '../../types.js';
import type { DateContext } from './context.js';

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100,
  'a half': 0.5, 'one and a half': 1.5, 'two and a half': 2.5,
};
const UNITS: Record<string, [string, boolean]> = {
  year: ['Y', false], month: ['M', false], week: ['W', false], day: ['D', false], fortnight: ['W', false], decade: ['Y', false],
  century: ['Y', false], quarter: ['Q', false], hour: ['H', true], minute: ['M', true], second: ['S', true],
};
const NUMBER_WORD = '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many|some|(?:one|two) and a half)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const DURATION = new RegExp(
  `\\b(?:(?:the|a|over the|in the|for the) )?(?:(?:past|last|next|first|coming|previous|almost|nearly|about|around|more than|less than|over|under) )*(${NUMBER_WORD})[- ](?:(?:straight|consecutive|full|long|trading|working|business|calendar|more|additional|further)[- ])?(year|month|week|day|fortnight|decade|century|quarter|hour|minute)s?\\b(?!\\s+(?:ago|earlier|later|before|after|from now|old)\\b)(?!-old)`,
  'gi',
);
const YEAR = /\b(?:(early|mid|late|the end of|the beginning of|the start of)[- ]?)?((?:1[89]|20)\d\d)\b(?![\d,.]?\d)(?!\s*(?:%|per cent|percent|people|km|miles|tonnes|tons|dollars|euros|pounds|units|cars|jobs|troops|votes|feet|metres|meters))/gi;
const QUARTER = /\b(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ]quarter(?: of (?:the year )?(?:((?:19|20)\d\d)|(this|last|next) year))?\b|\bQ([1-4])[ -]?((?:19|20)\d\d)\b/gi;
const SEASON = /\b(?:(this|last|next|the|early|late|in|during|by|until) )?(spring|summer|autumn|fall|winter)(?: (?:of )?((?:19|20)\d\d))?\b/gi;
const REFERENCE = /\b(currently|current|at present|at the moment|nowadays|the time being|recently|recent|in the past|the past|previously|the future|in future|soon|the near term|the long term|the short term|near-term|long-term|short-term)\b/gi;
const HHMM_ZONE = /\b([01]\d|2[0-3])([0-5]\d) (UTC|GMT)\b/g;
const SET = /\b(annual|annually|yearly|weekly|daily|monthly|quarterly|hourly|every (?:year|month|week|day)|(?:a|per) (?:year|month|week|day))\b/gi;

/** The ISO 8601 duration for "two years", "five-year", "30 minutes"; null when it is not one. */
export function durationValue(phrase: string): string | null {
  DURATION.lastIndex = 0;
  const m = DURATION.exec(phrase);
  if (!m) return null;
  return valueOf(m[1]!.toLowerCase(), m[2]!.toLowerCase());
}

function valueOf(count: string, unit: string): string | null {
  const u = UNITS[unit];
  if (!u) return null;
  let n: number | 'X';
  if (/^(several|few|many|some)$/.test(count)) n = 'X';
  else if (/^\d/.test(count)) n = Number(count);
  else {
    const parts = count.split(/[- ]/);
    n = parts.reduce((sum, p) => sum + (NUMBERS[p] ?? NaN), 0);
    if (Number.isNaN(n)) n = NUMBERS[count] ?? NaN;
    if (Number.isNaN(n)) return null;
  }
  if (typeof n === 'number') {
    if (unit === 'decade') n *= 10;
    if (unit === 'century') n *= 100;
    if (unit === 'fortnight') n *= 2;
  }
  return u[1] ? `PT${n}${u[0]}` : `P${n}${u[0]}`;
}

export function yearDates(context: DateContext): DateFact[] {
  const { text, block } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m !== null; m = YEAR.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 2), m.index);
    if (/[$€£#]\s?$|\d[.,]?$/.test(before)) continue; // "$2008", "1,2008"
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: m[2]!, certainty: 'stated', rule: 'dates/year' });
  }
  return out;
}

export function quarterDates(context: DateContext): DateFact[] {
  const { text, block, reference } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(slice); m !== null; m = QUARTER.exec(slice)) {
    const ord = (m[1] ?? '').toLowerCase();
    const q = m[4] ? Number(m[4]) : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 } as Record<string, number>)[ord]!;
    const refYear = Number(reference.slice(0, 4));
    const refQuarter = Math.ceil(Number(reference.slice(5, 7)) / 3);
    let year: number;
    if (m[2] ?? m[5]) year = Number(m[2] ?? m[5]);
    else if (m[3]) year = refYear + (m[3].toLowerCase() === 'last' ? -1 : m[3].toLowerCase() === 'next' ? 1 : 0);
    // "the last quarter" is the latest one completed; "the fourth quarter" in March is last year's.
    else if (ord === 'last' && /^the /i.test(m[0])) year = refQuarter === 1 ? refYear - 1 : refYear;
    else year = q > refQuarter ? refYear - 1 : refYear;
    const quarter = ord === 'last' && !m[2] && !m[3] && /^the /i.test(m[0]) ? (refQuarter === 1 ? 4 : refQuarter - 1) : q;
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: `${year}-Q${quarter}`, certainty: m[2] ?? m[5] ? 'stated' : 'inferred', rule: 'dates/quarter' });
  }
  return out;
}

export function durationDates(context: DateContext): DateFact[] {
  const { text, block } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(slice); m !== null; m = DURATION.exec(slice)) {
    const value = valueOf(m[1]!.toLowerCase(), m[2]!.toLowerCase());
    if (!value) continue;
    // "15 a year" is a rate (a set), not a duration.
    if (/^an? /i.test(m[0]) && /\d\s*$/.test(slice.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value, certainty: 'stated', rule: 'dates/duration', type: 'duration' });
  }
  return out;
}

export function setDates(context: DateContext): DateFact[] {
  const { text, block } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  SET.lastIndex = 0;
  for (let m = SET.exec(slice); m !== null; m = SET.exec(slice)) {
    const w = m[1]!.toLowerCase();
    const unit = /year|annual/.test(w) ? 'Y' : /month/.test(w) ? 'M' : /week/.test(w) ? 'W' : /quarter/.test(w) ? 'Q' : /hour/.test(w) ? 'H' : 'D';
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: unit === 'H' ? 'PT1H' : `P1${unit}`, certainty: 'stated', rule: 'dates/set', type: 'set' });
  }
  return out;
}

const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };

/** "spring", "last summer", "autumn 2008" → 2008-SP/SU/FA/WI. "fall" needs a cue: it is also a verb. */
export function seasonDates(context: DateContext): DateFact[] {
  const { text, block, reference } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(slice); m !== null; m = SEASON.exec(slice)) {
    const season = m[2]!.toLowerCase();
    const cue = m[1]?.toLowerCase();
    if (season === 'fall' && !cue && !m[3] && m[2] !== 'Fall') continue;
    if (cue === 'the' && !m[3]) continue; // "the winter" may be any winter
    let year = Number(m[3] ?? reference.slice(0, 4));
    if (!m[3] && cue === 'last') year--;
    if (!m[3] && cue === 'next') year++;
    const lead = cue && ['in', 'during', 'by', 'until', 'the'].includes(cue) ? m[1]!.length + 1 : 0;
    const start = block.start + m.index + lead;
    const end = block.start + m.index + m[0].length;
    out.push({ start, end, text: text.slice(start, end), value: `${year}-${SEASON_CODE[season]}`, certainty: m[3] ? 'stated' : 'inferred', rule: 'dates/season' });
  }
  return out;
}

/** "now", "recently", "the future": TimeML's PRESENT_REF, PAST_REF and FUTURE_REF. */
export function referenceDates(context: DateContext): DateFact[] {
  const { text, block } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m !== null; m = REFERENCE.exec(slice)) {
    const w = m[1]!.toLowerCase();
    const value = /recent|past|previously|formerly/.test(w) ? 'PAST_REF' : /future|soon|near|long|short/.test(w) ? 'FUTURE_REF' : 'PRESENT_REF';
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value, certainty: 'inferred', rule: 'dates/reference' });
  }
  return out;
}

/** "0800 UTC": a military-style clock time with its zone, on the reference day. */
export function zonedTimeDates(context: DateContext): DateFact[] {
  const { text, block, reference } = context;
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  HHMM_ZONE.lastIndex = 0;
  for (let m = HHMM_ZONE.exec(slice); m !== null; m = HHMM_ZONE.exec(slice)) {
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value: `${reference}T${m[1]}:${m[2]}Z`, certainty: 'inferred', rule: 'dates/time-zone', type: 'time' });
  }
  return out;
}
