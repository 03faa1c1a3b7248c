/**
 * The publication date of an article that states none, from its own dates: a full date in the
 * first two blocks (a dateline, "Monday, August 15" in the lede), else the latest full date in
 * the text not after today. Returns null when the text has no full date.
 */
import type { DateFact, Span } from '../../types.js';

export interface PublishedAnchor {
  value: string;
  rule: string;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function inferPublished(text: string, blocks: readonly Span[], dates: readonly DateFact[], today: string): PublishedAnchor | null {
  // Relative days ("yesterday", a bare "Monday") were resolved against today: they say nothing.
  const usable = dates.filter((d) => FULL_DAY.test(d.value) && d.value <= today && (d.certainty === 'stated' || d.rule === 'dates/weekday-year'));
  if (usable.length === 0) return null;
  const lead = blocks.slice(0, 2);
  const early = usable.find((d) => lead.some((b) => d.start >= b.start && d.end <= b.end));
  if (early) return { value: early.value, rule: `dates/published/lead (${early.rule})` };
  let latest = usable[0]!;
  for (const d of usable) if (d.value > latest.value) latest = d;
  return { value: latest.value, rule: `dates/published/latest (${latest.rule})` };
}
