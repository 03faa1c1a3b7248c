/**
 * Named days (`data/lexicon/named-days.json`): "Russia Day", "Christmas", "Thanksgiving", with
 * the rule that gives their date in a year.
 */
import { loadLexicon } from './load.js';

export interface NamedDay {
  names: readonly string[];
  rule?: 'nth-weekday' | 'easter';
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** 1–4, or -1 for the last. */
  nth?: number;
  /** Days to add after the rule (Good Friday = Easter − 2). */
  offset?: number;
  country?: string;
}

interface Index {
  byName: ReadonlyMap<string, NamedDay>;
  /** Names sorted longest first, for matching in text. */
  names: readonly string[];
}

let index: Index | undefined;

function idx(): Index {
  if (index) return index;
  const days = loadLexicon<{ days: NamedDay[] }>('named-days.json').days;
  const byName = new Map<string, NamedDay>();
  for (const d of days) for (const n of d.names) byName.set(n, d);
  index = { byName, names: [...byName.keys()].sort((a, b) => b.length - a.length) };
  return index;
}

/** The named day called exactly `name`, or null. */
export function lookupNamedDay(name: string): NamedDay | null {
  return idx().byName.get(name) ?? null;
}

/** Every name of every named day, longest first. */
export function namedDayNames(): readonly string[] {
  return idx().names;
}

/** The date (YYYY-MM-DD) of `day` in `year`. */
export function namedDayIn(day: NamedDay, year: number): string {
  let date: Date;
  if (day.rule === 'easter') date = easter(year);
  else if (day.rule === 'nth-weekday') date = nthWeekday(year, day.month!, day.weekday!, day.nth!);
  else date = new Date(Date.UTC(year, day.month! - 1, day.day!));
  if (day.offset) date = new Date(date.getTime() + day.offset * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1));
    const shift = (weekday - first.getUTCDay() + 7) % 7;
    return new Date(Date.UTC(year, month - 1, 1 + shift + (nth - 1) * 7));
  }
  const last = new Date(Date.UTC(year, month, 0));
  const shift = (last.getUTCDay() - weekday + 7) % 7;
  return new Date(Date.UTC(year, month - 1, last.getUTCDate() - shift));
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}
