/**
 * chrono-node as a date parser, with what news needs on top:
 * - spans without the leading preposition ("on Friday" → "Friday");
 * - the value at the precision the text gives (day, month, year, ISO week, time);
 * - a weekday with a month and day but no year takes the latest year, not after the reference,
 *   in which that day fell on that weekday ("Monday, August 15" → 2022-08-15);
 * - a bare weekday is the one before the reference in reporting ("on Monday"), the one after
 *   when the clause speaks of the future ("will meet on Friday");
 * - "for three years" is a duration, not a date; "now" is not a date; a bare month name needs a
 *   preposition or a day to be a month ("in May", not "Theresa May").
 */
import * as chrono from 'chrono-node';
import type { DateFact } from '../../types.js';
import { addDays, isoWeek, isValidDay, pad, parseYmd, toIso, utc, weekdayOf } from './calendar.js';
import { FUTURE_CUES, textBefore, type DateContext } from './context.js';
import { durationValue } from './patterns.js';

type Parser = { parse: (text: string, ref: Date) => chrono.ParsedResult[] };

const PARSERS: Record<string, Parser> = {
  en: chrono.casual,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  it: chrono.it.casual,
};

const LEADING = /^(?:on|in|at|by|since|from|until|till|to|during|before|after|around|about|of|as of|le|am|el|в|во|с|со|до|к)\s+/i;
const MONTH_ALONE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const MONTH_CUES = /\b(in|on|by|since|until|till|from|during|through|of|last|next|this|early|mid|late|before|after|end|beginning|start|between|and|to|or|until|throughout)\s*[-,]?\s*$/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

export function chronoDates(context: DateContext): DateFact[] {
  const { text, block, reference, lang } = context;
  const parser = PARSERS[lang] ?? PARSERS.en!;
  const { year, month, day } = parseYmd(reference);
  const ref = new Date(Date.UTC(year, month - 1, day, 12));
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  for (const r of parser.parse(slice, ref)) {
    const fact = convert(r, context, slice);
    if (fact) out.push(fact);
  }
  return out;
}

function convert(r: chrono.ParsedResult, context: DateContext, slice: string): DateFact | null {
  const { text, block, reference } = context;
  let spanText = r.text;
  let start = block.start + r.index;
  const lead = LEADING.exec(spanText);
  if (lead && lead[0].length < spanText.length) {
    start += lead[0].length;
    spanText = spanText.slice(lead[0].length);
  }
  const end = start + spanText.length;
  const tags = r.tags();
  const c = r.start;
  const has = (k: chrono.Component) => c.isCertain(k);
  if (tags.has('casualReference/now')) return null;
  const lower = spanText.toLowerCase();
  // A month name alone is a month only after a preposition: "in May", not "Theresa May said".
  if (MONTH_ALONE.test(spanText) && !has('day') && !has('year')) {
    const before = slice.slice(Math.max(0, r.index - 20), r.index + (lead ? lead[0].length : 0));
    if (!MONTH_CUES.test(before) && !(lead && lead[0].length > 0)) return null;
  }
  const written = /\b(1[6-9]|20)\d\d\b/.test(spanText) || /\b\d{4}-\d\d-\d\d\b/.test(spanText);
  const base = { start, end, text: spanText };

  // "for three years", "two weeks after", "the next four years": a length of time, not a date.
  // Only "… ago", "in …" and "… from now" count from the reference and give a date.
  if (tags.has('result/relativeDate') && !/\bago\b|^in\b|\bfrom now\b/i.test(r.text) && /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|few)\b/i.test(r.text)) {
    const value = durationValue(r.text);
    if (!value) return null;
    const m = /(?:\S+[- ])?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b/i.exec(spanText);
    const dStart = m ? start + m.index : start;
    const dEnd = m ? dStart + m[0].length : end;
    // Keep the number with the unit: "two weeks" out of "two weeks after".
    const phrase = /(?:(?:the )?(?:next|past|last|previous|coming|first) )?\S+[- ](?:straight |consecutive |trading |working )?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|quarters?)\b/i.exec(spanText);
    const ps = phrase ? start + phrase.index : dStart;
    const pe = phrase ? ps + phrase[0].length : dEnd;
    return { start: ps, end: pe, text: text.slice(ps, pe), value, certainty: 'stated', rule: 'dates/chrono/duration', type: 'duration' };
  }
  // "this week", "last week", "next week", "this weekend": an ISO week (of the reference).
  const week = /\b(this|last|next|past|previous|coming|the) (week|weekend)\b/i.exec(lower);
  if (week) {
    const shift = /last|past|previous/.test(week[1]!) ? -7 : /next|coming/.test(week[1]!) ? 7 : 0;
    return { ...base, value: isoWeek(addDays(reference, shift)) + (week[2] === 'weekend' ? '-WE' : ''), certainty: 'inferred', rule: 'dates/chrono/week' };
  }
  // "the end of this year", "the beginning of the month": the unit, not a day in it.
  const edge = /\b(?:end|beginning|start|middle|rest) of (?:this|the|last|next) (year|month)\b/i.exec(lower);
  if (edge) {
    const d = toIso(c.date());
    return { ...base, value: edge[1] === 'year' ? d.slice(0, 4) : d.slice(0, 7), certainty: 'inferred', rule: 'dates/chrono/edge' };
  }

  const date = toIso(c.date());
  if (has('hour')) {
    // A clock time needs a colon, am/pm or a zone: a bare "8" is not a time.
    if (!/\d[:.h]\d\d|\d\s*(?:a\.?m\.?|p\.?m\.?)|o'clock|noon|midnight|UTC|GMT/i.test(spanText)) return null;
    const zone = /\b(UTC|GMT|Z)\b/.test(spanText) ? 'Z' : '';
    const day = resolveDay(r, context, date);
    return { ...base, value: `${day}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}${zone}`, certainty: written ? 'stated' : 'inferred', rule: 'dates/chrono/time', type: 'time' };
  }
  const part = Object.keys(PART_OF_DAY).find((p) => lower.endsWith(p));
  if (has('day') && has('month')) {
    if (has('weekday') && !has('year')) {
      const value = yearFromWeekday(c.get('weekday')!, c.get('month')!, c.get('day')!, reference);
      if (value) return { ...base, value, certainty: 'inferred', rule: 'dates/weekday-year' };
    }
    return { ...base, value: date + (part ? `T${PART_OF_DAY[part]}` : ''), certainty: written ? 'stated' : 'inferred', rule: 'dates/chrono/day', ...(part ? { type: 'time' as const } : {}) };
  }
  if (has('weekday')) {
    const day = resolveDay(r, context, date);
    return { ...base, value: day + (part ? `T${PART_OF_DAY[part]}` : ''), certainty: 'inferred', rule: 'dates/weekday', ...(part ? { type: 'time' as const } : {}) };
  }
  if (has('day')) return { ...base, value: date, certainty: 'inferred', rule: 'dates/chrono/day' };
  if (has('month')) {
    // A bare month is the latest one not after the reference, unless the text looks ahead.
    let value = date.slice(0, 7);
    if (!has('year') && !/\b(last|next|this|coming|past)\b/i.test(r.text)) {
      const m = c.get('month')!;
      const future = FUTURE_CUES.test(textBefore(text, block, start));
      const refMonth = Number(reference.slice(5, 7));
      let y = Number(reference.slice(0, 4));
      if (!future && m > refMonth) y--;
      if (future && m < refMonth) y++;
      value = `${y}-${pad(m)}`;
    }
    return { ...base, value, certainty: written ? 'stated' : 'inferred', rule: 'dates/chrono/month' };
  }
  if (has('year')) return { ...base, value: date.slice(0, 4), certainty: written ? 'stated' : 'inferred', rule: 'dates/chrono/year' };
  // "this morning", "tonight": the reference day's part.
  if (part && /^(this|to)/i.test(lower)) return { ...base, value: `${reference}T${PART_OF_DAY[part]}`, certainty: 'inferred', rule: 'dates/chrono/part-of-day', type: 'time' };
  if (tags.has('casualReference/morning') || part) return null; // "morning" with no day said
  return { ...base, value: date, certainty: 'inferred', rule: 'dates/chrono/day' };
}

/** A bare weekday: the one on or before the reference, or after it when the clause looks ahead. */
function resolveDay(r: chrono.ParsedResult, context: DateContext, chronoDate: string): string {
  const c = r.start;
  if (!c.isCertain('weekday') || c.isCertain('day')) return chronoDate;
  if (/\b(last|next|this|past|previous|coming)\b/i.test(r.text)) return chronoDate;
  const target = c.get('weekday')!;
  const ref = context.reference;
  const future = FUTURE_CUES.test(textBefore(context.text, context.block, context.block.start + r.index + (r.text.length - r.text.trimStart().length)));
  const diff = (target - weekdayOf(ref) + 7) % 7;
  if (future) return addDays(ref, diff);
  return addDays(ref, diff === 0 ? 0 : diff - 7);
}

/** The latest date, not after `reference`, on which month/day fell on `weekday`; null within 28 years. */
export function yearFromWeekday(weekday: number, month: number, day: number, reference: string): string | null {
  const ref = parseYmd(reference);
  for (let year = ref.year; year > ref.year - 29; year--) {
    if (!isValidDay(year, month, day)) continue;
    const date = toIso(utc(year, month, day));
    if (date > reference) continue;
    if (weekdayOf(date) === weekday) return date;
  }
  return null;
}

export { WEEKDAYS };
