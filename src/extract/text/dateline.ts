/**
 * A dateline block at the top of a text ("Friday, January 4, 2019") states the publication date.
 * Returns null when there is no dateline among the first blocks or it does not parse to a full day.
 */
import * as chrono from 'chrono-node';
import type { BoilerplateBlock, PublishedFact } from '../../types.js';

/** Datelines further down are usually update stamps, not the publication date. */
const MAX_POSITION = 3;

export function publishedFromDateline(boilerplate: readonly BoilerplateBlock[], firstBlocks: readonly { start: number }[]): PublishedFact | null {
  const limit = firstBlocks[Math.min(MAX_POSITION, firstBlocks.length) - 1]?.start ?? Infinity;
  const dateline = boilerplate.find((b) => b.kind === 'dateline' && b.start <= limit);
  if (!dateline) return null;
  const [result] = chrono.strict.parse(dateline.text);
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('month') || !result.start.isCertain('day')) return null;
  const y = result.start.get('year')!;
  const m = result.start.get('month')!;
  const d = result.start.get('day')!;
  return { value: `${y}-${pad(m)}-${pad(d)}`, certainty: 'stated', source: 'text/dateline' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
