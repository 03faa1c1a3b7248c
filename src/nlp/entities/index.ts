/**
 * The entity API other stages use: the stage itself, the lexicon lookups, and `entityAt`, which
 * resolves a span found by another stage (a quote's speaker, an event's actor) to an entity.
 */
import type { Analysis, Entity, Span } from '../../types.js';

export { entitiesStage, findEntities } from './stage.js';
export { lookupCountry, countryByIso3, countries } from '../../lexicon/countries.js';
export { lookupOrganisation } from '../../lexicon/organisations.js';
export { lookupRole } from '../../lexicon/roles.js';
export { nameKey, transliterate } from '../transliterate.js';

/**
 * The entity with a mention that best covers `span` (largest overlap relative to the union of
 * the two spans; ties go to the shorter mention), or null when no mention overlaps it.
 */
export function entityAt(record: Pick<Analysis, 'entities'>, span: Span): Entity | null {
  let best: Entity | null = null;
  let score = 0;
  for (const entity of record.entities) {
    for (const m of entity.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      const union = Math.max(m.end, span.end) - Math.min(m.start, span.start);
      const s = overlap / union;
      if (s > score) {
        score = s;
        best = entity;
      }
    }
  }
  return best;
}
