/**
 * Speaker ids: the entity (from the entities stage, with its coreference) whose mention the
 * speaker span is — "he" and "the DPRK leader" resolve to kim-jong-un, "The news agency" to
 * reuters. A continuation (“…,” he said. “…”) takes the id of the quote it continues.
 */
import type { Analysis, Quote } from '../../types.js';
import { entityAt } from '../entities/index.js';

/** `quotes` with `speakerId` set where an entity covers the speaker; the input is not changed. */
export function resolveSpeakers(record: Pick<Analysis, 'entities'>, quotes: readonly Quote[]): Quote[] {
  let previous: string | undefined;
  return quotes.map((q) => {
    let id: string | undefined;
    if (q.speaker !== null) id = entityAt(record, q.speaker)?.id;
    else if (q.rule === 'quotes/direct/continuation') id = previous;
    if (q.kind === 'direct') previous = id;
    return id === undefined ? q : { ...q, speakerId: id };
  });
}
