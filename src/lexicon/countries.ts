/**
 * The country table (`data/lexicon/countries.json`, built by scripts/build-countries.ts): ISO
 * 3166 alpha-3 codes with names in many languages, demonyms, capitals, and the seats of
 * government that stand for a state by metonymy ("the Kremlin", "the White House").
 */
import { loadLexicon } from './load.js';
import { lexiconKey } from './normalise.js';

export interface Country {
  iso3: string;
  iso2: string;
  /** English common name. */
  name: string;
  official: string;
  independent: boolean;
  region: string;
  subregion: string;
  /** Names by BCP 47 language: `{en: ['North Korea', 'DPRK', …], ru: ['КНДР', …]}`. */
  names: Readonly<Record<string, readonly string[]>>;
  /** Demonyms and adjectives by language: `{en: ['North Korean', 'North Koreans']}`. */
  demonyms: Readonly<Record<string, readonly string[]>>;
  /** Russian/Ukrainian adjective stems; an inflected ending follows (`российск|ий`). */
  demonymStems?: Readonly<Record<string, readonly string[]>>;
  capitals: readonly string[];
  /** Places that stand for the government or an arm of it, with the CAMEO role implied. */
  seats: readonly { name: string; role: string }[];
}

/** How a name refers to a country. */
export type CountryNameKind = 'name' | 'demonym' | 'capital' | 'seat';

export interface CountryMatch {
  country: Country;
  as: CountryNameKind;
  /** The CAMEO role a seat implies (`GOV` for the Kremlin, `MIL` for the Pentagon). */
  role?: string;
  /** True when the name often means something else (Georgia the US state, Jordan the person). */
  ambiguous: boolean;
}

interface CountryFile {
  ambiguous: string[];
  countries: Country[];
}

interface CountryIndex {
  all: readonly Country[];
  byIso3: ReadonlyMap<string, Country>;
  byKey: ReadonlyMap<string, Omit<CountryMatch, 'ambiguous'>>;
  stems: readonly { stem: string; country: Country }[];
  /** Cyrillic names without their final vowel, for inflected forms ("России" → Россия). */
  cyrillicStems: ReadonlyMap<string, Omit<CountryMatch, 'ambiguous'>>;
  ambiguous: ReadonlySet<string>;
}

let index: CountryIndex | undefined;

function build(): CountryIndex {
  const file = loadLexicon<CountryFile>('countries.json');
  const byIso3 = new Map<string, Country>();
  const byKey = new Map<string, Omit<CountryMatch, 'ambiguous'>>();
  const stems: { stem: string; country: Country }[] = [];
  // Earlier kinds win a key clash: a country's name beats another's demonym or capital.
  const put = (name: string, match: Omit<CountryMatch, 'ambiguous'>) => {
    const key = lexiconKey(name);
    if (key.length < 2 || byKey.has(key)) return;
    byKey.set(key, match);
  };
  // Independent states first so that "Congo" or "Korea" style clashes favour them.
  const ordered = [...file.countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const country of ordered) byIso3.set(country.iso3, country);
  for (const country of ordered) for (const n of country.names.en ?? []) put(n, { country, as: 'name' });
  for (const country of ordered) for (const list of Object.values(country.names)) for (const n of list) put(n, { country, as: 'name' });
  for (const country of ordered) for (const s of country.seats) put(s.name, { country, as: 'seat', role: s.role });
  for (const country of ordered) for (const list of Object.values(country.demonyms)) for (const n of list) put(n, { country, as: 'demonym' });
  for (const country of ordered) for (const n of country.capitals) put(n, { country, as: 'capital' });
  for (const country of ordered) {
    for (const list of Object.values(country.demonymStems ?? {})) for (const stem of list) stems.push({ stem: lexiconKey(stem), country });
  }
  const cyrillicStems = new Map<string, Omit<CountryMatch, 'ambiguous'>>();
  for (const [key, match] of byKey) {
    if (!/^[\u0400-\u04ff][\u0400-\u04ff ]*$/.test(key) || key.length < 4) continue;
    const stem = cyrillicStem(key);
    if (!cyrillicStems.has(stem)) cyrillicStems.set(stem, match);
  }
  return { all: ordered, byIso3, byKey, stems, cyrillicStems, ambiguous: new Set(file.ambiguous.map(lexiconKey)) };
}

function idx(): CountryIndex {
  return (index ??= build());
}

/** Every country, independent states first. */
export function countries(): readonly Country[] {
  return idx().all;
}

/** The country with ISO 3166 alpha-3 `iso3` (`PRK`), or null. */
export function countryByIso3(iso3: string): Country | null {
  return idx().byIso3.get(iso3.toUpperCase()) ?? null;
}

/**
 * What `name` names: a country by its name in any language ("North Korea", "КНДР", "DPRK"), a
 * demonym ("North Korean"), a capital ("Pyongyang") or a seat of government ("the Kremlin").
 * Case, diacritics, a leading "the" and a possessive "’s" do not matter. Russian and Ukrainian
 * adjectives match by stem ("российского"). Returns null when nothing matches.
 */
export function lookupCountry(name: string): CountryMatch | null {
  const { byKey, stems, ambiguous } = idx();
  const key = lexiconKey(name);
  const hit = byKey.get(key);
  if (hit) return { ...hit, ambiguous: ambiguous.has(key) };
  if (/^[\u0400-\u04ff]/.test(key)) {
    // Russian and Ukrainian decline names: "России", "Украины", "Китая", "Северной Кореи".
    const inflected = idx().cyrillicStems.get(cyrillicStem(key));
    if (inflected) return { ...inflected, ambiguous: false };
    if (!key.includes(' ')) {
      for (const { stem, country } of stems) {
        if (key.startsWith(stem) && key.length - stem.length <= 3) return { country, as: 'demonym', ambiguous: false };
      }
    }
  }
  return null;
}

/** A Cyrillic name without its case ending, word by word: "северной кореи" → "северн коре". */
export function cyrillicStem(key: string): string {
  return key
    .split(' ')
    .map((w) => (w.length <= 3 ? w : w.replace(/(ами|ями|ом|ем|ам|ям|ах|ях|ов|ев)$/u, '').replace(/[аяоеиыуюьйё]+$/u, '')))
    .join(' ');
}
