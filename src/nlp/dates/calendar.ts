/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that results never depend on the machine's zone. */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function parseYmd(iso: string): Ymd {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseYmd(iso);
  return toIso(utc(year, month, day + days));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const { year, month, day } = parseYmd(iso);
  return utc(year, month, day).getUTCDay();
}

/** ISO 8601 week, `2008-W38`. */
export function isoWeek(iso: string): string {
  const { year, month, day } = parseYmd(iso);
  const date = utc(year, month, day);
  const dow = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(date.getTime() + (3 - dow) * 86_400_000);
  const firstThursday = utc(thursday.getUTCFullYear(), 1, 4);
  const week = 1 + Math.round(((thursday.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** True when month/day exist in that year (29 February only in leap years). */
export function isValidDay(year: number, month: number, day: number): boolean {
  const d = utc(year, month, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
