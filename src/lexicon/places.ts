/** Places that are not countries (`data/lexicon/places.json`): regions, states, provinces, cities. */
import { loadLexicon } from './load.js';

export interface Place {
  name: string;
  type: 'region' | 'location';
  /** ISO alpha-3 of the country it lies in; absent for regions that span countries. */
  country?: string;
  /** True when the name often means something else (Georgia, Victoria). */
  ambiguous: boolean;
}

let index: ReadonlyMap<string, Place> | undefined;

function build(): ReadonlyMap<string, Place> {
  const file = loadLexicon<{ regions: string[]; places: [string, string, boolean?][] }>('places.json');
  const map = new Map<string, Place>();
  for (const name of file.regions) map.set(name, { name, type: 'region', ambiguous: false });
  for (const [name, country, ambiguous] of file.places) {
    if (!map.has(name)) map.set(name, { name, type: 'location', country, ambiguous: ambiguous === true });
  }
  return map;
}

/** Every place in the lexicon. */
export function places(): Place[] {
  index ??= build();
  return [...index.values()];
}

/** The place named exactly `name` ("Korean Peninsula", "Alabama"), or null. */
export function lookupPlace(name: string): Place | null {
  index ??= build();
  return index.get(name.replace(/[’']s$/, '')) ?? null;
}
