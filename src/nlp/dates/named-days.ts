/**
 * Named days in text ("Russia Day", "Christmas", "Thanksgiving"): the latest occurrence not
 * after the reference date, certainty inferred (the text names the day, not the year).
 */
import type { DateFact } from '../../types.js';
import { lookupNamedDay, namedDayIn, namedDayNames } from '../../lexicon/named-days.js';
import type { DateContext } from './context.js';

let pattern: RegExp | undefined;

export function namedDayDates(context: DateContext): DateFact[] {
  const { text, block, reference } = context;
  pattern ??= new RegExp(`(?<![\\p{L}])(?:${namedDayNames().map(escape).join('|')})(?![\\p{L}])`, 'gu');
  const slice = text.slice(block.start, block.end);
  const out: DateFact[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    const day = lookupNamedDay(m[0]);
    if (!day) continue;
    const year = Number(reference.slice(0, 4));
    let value = namedDayIn(day, year);
    if (value > reference) value = namedDayIn(day, year - 1);
    const start = block.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], value, certainty: 'inferred', rule: 'dates/named-day' });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
