/**
 * Organisations news cites (`data/lexicon/organisations.json`): agencies, outlets, state media,
 * platforms, international and state bodies, each with a canonical id, kind, country and role.
 */
import { loadLexicon } from './load.js';

export interface Organisation {
  id: string;
  /** `news-agency`, `outlet`, `state-media`, `platform`, `igo`, `government`, … */
  kind: string;
  country: string | null;
  role: string | null;
  names: readonly string[];
}

interface OrgIndex {
  all: readonly Organisation[];
  /** Exact (case-sensitive) name → organisation. */
  byName: ReadonlyMap<string, Organisation>;
  /** Lower-cased name → organisation, for names that are not all capitals ("Reuters" ~ "REUTERS"). */
  byLower: ReadonlyMap<string, Organisation>;
  byId: ReadonlyMap<string, Organisation>;
  maxWords: number;
}

let index: OrgIndex | undefined;

function build(): OrgIndex {
  const all = loadLexicon<{ organisations: Organisation[] }>('organisations.json').organisations;
  const byName = new Map<string, Organisation>();
  const byLower = new Map<string, Organisation>();
  const byId = new Map<string, Organisation>();
  let maxWords = 1;
  for (const org of all) {
    byId.set(org.id, org);
    for (const name of org.names) {
      if (!byName.has(name)) byName.set(name, org);
      // Acronyms match only as written: "AP" is the agency, "ap" is not.
      if (!/^[\p{Lu}\d&+.-]+$/u.test(name) && !byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), org);
      maxWords = Math.max(maxWords, name.split(/\s+/).length);
    }
  }
  return { all, byName, byLower, byId, maxWords };
}

function idx(): OrgIndex {
  return (index ??= build());
}

export function organisations(): readonly Organisation[] {
  return idx().all;
}

/**
 * The organisation named `name` ("Reuters", "Korean Central News Agency", "KCNA"), or null.
 * A leading "the" and a possessive "’s" are ignored; acronyms must match case.
 */
export function lookupOrganisation(name: string): Organisation | null {
  const { byName, byLower } = idx();
  const clean = name.replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
  const bare = clean.replace(/^the /i, '');
  return byName.get(clean) ?? byName.get(bare) ?? byLower.get(clean.toLowerCase()) ?? byLower.get(bare.toLowerCase()) ?? null;
}

export function organisationById(id: string): Organisation | null {
  return idx().byId.get(id) ?? null;
}

export function longestOrganisationWords(): number {
  return idx().maxWords;
}
