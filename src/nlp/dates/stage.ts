/**
 * The `nlp/dates` stage: dates, times, durations and sets in the body, each with its value,
 * certainty and rule, and the article's publication date inferred from the text when no
 * metadata gave one.
 *
 * Workflow: the reference date is the stated publication date, else the caller's
 * `referenceDate`, else today. With no stated date, a first pass against that reference finds
 * the anchor (`published.ts`); when one is found it becomes the publication date (certainty
 * inferred) and a second pass resolves every relative expression against it.
 */
import type { Analysis, PublishedFact } from '../../types.js';
import type { Stage, StageContext } from '../../pipeline.js';
import { findDates } from './find.js';
import { inferPublished } from './published.js';

export const datesStage: Stage = {
  id: 'nlp/dates',
  run(record, context) {
    return { ...record, ...datesOf(record, context.options) };
  },
};

/** The dates of `record` and its publication date (unchanged when stated). */
export function datesOf(
  record: Pick<Analysis, 'text' | 'body' | 'published' | 'lang'>,
  options: StageContext['options'],
): Pick<Analysis, 'dates' | 'published'> {
  const lang = record.lang === 'und' ? 'en' : record.lang;
  const stated = record.published?.value.slice(0, 10);
  const reference = stated ?? options.referenceDate ?? options.today;
  const first = findDates(record.text, record.body, reference, lang);
  if (stated || record.published) return { dates: first, published: record.published };
  const anchor = inferPublished(record.text, record.body, first, options.today);
  if (!anchor) return { dates: first, published: null };
  const published: PublishedFact = { value: anchor.value, certainty: 'inferred', source: anchor.rule };
  return { dates: findDates(record.text, record.body, anchor.value, lang), published };
}
