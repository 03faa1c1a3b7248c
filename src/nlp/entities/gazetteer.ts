/**
 * One lookup over every lexicon the entity stage matches names against, in a fixed order of
 * trust: organisations (exact names, acronyms by case), then countries (names, seats of
 * government, demonyms, capitals), then other places. Returns null for "not in any lexicon".
 */
import { countries, lookupCountry, type CountryMatch } from '../../lexicon/countries.js';
import { lookupOrganisation, organisations, type Organisation } from '../../lexicon/organisations.js';
import { lookupPlace, places, type Place } from '../../lexicon/places.js';
import { lexiconKey } from '../../lexicon/normalise.js';
import { tokenize } from '../tokens.js';

export type GazetteerHit =
  | { source: 'organisation'; org: Organisation }
  | { source: 'country'; match: CountryMatch }
  | { source: 'place'; place: Place };

/** What the lexicons say `name` is, or null. */
export function gazetteer(name: string): GazetteerHit | null {
  const org = lookupOrganisation(name);
  if (org) return { source: 'organisation', org };
  // A country lookup ignores case; names in text must be capitalised to count ("turkey" is a bird).
  if (!/^[\p{Lu}\p{N}]/u.test(name.replace(/^the /i, ''))) return null;
  const match = lookupCountry(name);
  if (match) return { source: 'country', match };
  const place = lookupPlace(name);
  if (place) return { source: 'place', place };
  return null;
}

let starts: ReadonlyMap<string, number> | undefined;

/**
 * The most tokens a lexicon name starting with the word `word` has, or 0 when no lexicon name
 * starts with it. Lets the recogniser skip the lexicon lookups for nearly every word.
 */
export function lexiconSpan(word: string): number {
  starts ??= buildStarts();
  const n = starts.get(firstKey(word)) ?? 0;
  // Russian and Ukrainian adjectives match by stem ("российского"): always worth one lookup.
  return n === 0 && /^[\u0400-\u04ff]/.test(word) ? 1 : n;
}

function firstKey(word: string): string {
  return lexiconKey(word.replace(/^the$/i, 'the'));
}

function buildStarts(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const add = (name: string) => {
    const tokens = tokenize(name).filter((t) => !/^['’]s$/.test(t.text));
    if (tokens.length === 0) return;
    const key = firstKey(tokens[0]!.text);
    map.set(key, Math.max(map.get(key) ?? 0, tokens.length));
    // A leading article is optional in text: "the Kremlin" and "Kremlin".
    if (/^the$/i.test(tokens[0]!.text) && tokens.length > 1) {
      const rest = firstKey(tokens[1]!.text);
      map.set(rest, Math.max(map.get(rest) ?? 0, tokens.length - 1));
    }
  };
  for (const org of organisations()) for (const name of org.names) add(name);
  for (const c of countries()) {
    for (const list of Object.values(c.names)) for (const name of list) add(name);
    for (const list of Object.values(c.demonyms)) for (const name of list) add(name);
    for (const name of c.capitals) add(name);
    for (const seat of c.seats) add(seat.name);
  }
  for (const p of places()) add(p.name);
  return map;
}
