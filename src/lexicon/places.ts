/** Places that are not countries (`data/lexicon/places.json`): regions, states, provinces, cities. */
import { loadLexicon } from './load.js';
import { cyrillicStem } from './countries.js';
import { lexiconKey } from './normalise.js';

export interface Place {
  name: string;
  type: 'region' | 'location';
  /** ISO alpha-3 of the country it lies in; absent for regions that span countries. */
  country?: string;
  /** True when the name often means something else (Georgia, Victoria). */
  ambiguous: boolean;
}

let index: ReadonlyMap<string, Place> | undefined;
let cyrillic: ReadonlyMap<string, Place> | undefined;

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
  const hit = index.get(name.replace(/[’']s$/, ''));
  if (hit || !/^[\u0400-\u04ff]/.test(name)) return hit ?? null;
  // Declined Russian and Ukrainian forms: "Москвы", "Харькове".
  cyrillic ??= new Map([...index.values()].filter((p) => /^[\u0400-\u04ff]/.test(p.name)).map((p) => [cyrillicStem(lexiconKey(p.name)), p]));
  return cyrillic.get(cyrillicStem(lexiconKey(name))) ?? null;
}
