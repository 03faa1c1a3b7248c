/**
 * Cross-lingual anchors (`data/lexicon/anchors.json`): people, places below the country level
 * and organisations, each a canonical id (`person:putin`, `place:wuhan`, `org:who`) with its
 * names in several scripts, so that "Путин", "普京" and "Putin" give one id.
 */
import { loadLexicon } from './load.js';

export interface Anchor {
  id: string;
  /** ISO alpha-3 of the country a place lies in; absent for people and organisations. */
  country?: string;
  names: readonly string[];
}

let cached: readonly Anchor[] | undefined;
let byId: ReadonlyMap<string, Anchor> | undefined;

/** Every anchor of the lexicon, in file order. */
export function anchors(): readonly Anchor[] {
  cached ??= Object.freeze(loadLexicon<{ anchors: Anchor[] }>('anchors.json').anchors);
  return cached;
}

/** The anchor with canonical id `id`, or null. */
export function lookupAnchor(id: string): Anchor | null {
  byId ??= new Map(anchors().map((a) => [a.id, a]));
  return byId.get(id) ?? null;
}
