/**
 * Dates in the body of a document.
 *
 * Configuration (the order is the order of trust when two candidates overlap):
 *   1. named days: "Russia Day" is a day, not a country and a word;
 *   2. quarters and zoned clock times, which chrono misreads or misses;
 *   3. chrono (with the news refinements of chrono.ts);
 *   4. seasons, years, durations, sets and TimeML reference values (PRESENT_REF …): only
 *      where nothing above matched.
 * A refiner then drops candidates that overlap a kept one.
 */
import type { DateFact, Span } from '../../types.js';
import { chronoDates } from './chrono.js';
import { namedDayDates } from './named-days.js';
import { durationDates, quarterDates, referenceDates, seasonDates, setDates, yearDates, zonedTimeDates } from './patterns.js';
import type { DateContext, DateParser } from './context.js';

const PARSERS: readonly DateParser[] = [
  namedDayDates,
  quarterDates, // before chrono, which reads "last quarter" as three months ago
  zonedTimeDates,
  chronoDates,
  seasonDates,
  yearDates,
  durationDates,
  setDates,
  referenceDates,
];

/** Cheap test for "may hold a date", to skip chrono on blocks that cannot. */
const TRIGGER = /\d|day|week|month|year|ago|now|current|recent|past|future|soon|term|spring|summer|autumn|fall|winter|tonight|morning|evening|afternoon|night|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|easter|halloween|thanksgiving|annual|decade|centur|quarter|hour|minute|fortnight|[\u0400-\u04ff]|[àâçéèêëîïôûùüÿñæœäöß]/i;

/**
 * Date facts in `blocks` of `text`, in text order, resolved against `reference` (YYYY-MM-DD).
 * Returns an empty array when there are none.
 */
export function findDates(text: string, blocks: readonly Span[], reference: string, lang = 'en'): DateFact[] {
  const out: DateFact[] = [];
  for (const block of blocks) {
    const slice = text.slice(block.start, block.end);
    if (!TRIGGER.test(slice)) continue;
    const context: DateContext = { text, block, reference, lang };
    const kept: DateFact[] = [];
    for (const parser of PARSERS) {
      for (const fact of parser(context)) {
        if (kept.some((k) => k.start < fact.end && fact.start < k.end)) continue;
        kept.push(fact);
      }
    }
    out.push(...kept.sort((a, b) => a.start - b.start));
  }
  return out;
}
