/**
 * Titles and roles (`data/lexicon/roles.json`): "leader", "foreign minister", "Mr.", each with
 * the CAMEO actor type it implies, so that "Kremlin leader Vladimir Putin" gives RUS + GOV.
 */
import { loadLexicon } from './load.js';

export interface RoleEntry {
  /** The title as written in the lexicon, lower case: `foreign minister`. */
  term: string;
  /** CAMEO actor type (`GOV`, `MIL`, …), or null for an honorific such as "Mr.". */
  role: string | null;
  gender?: 'm' | 'f';
  honorific: boolean;
  /** True when the title names a head of state or government ("leader", "president"). */
  head: boolean;
}

interface RolesFile {
  roles: { terms: string[]; role: string | null; gender?: 'm' | 'f'; honorific?: boolean }[];
  governmentHeads: string[];
}

interface RoleIndex {
  byTerm: ReadonlyMap<string, RoleEntry>;
  /** Longest title in words, to bound the look-behind. */
  maxWords: number;
}

let index: RoleIndex | undefined;

function build(): RoleIndex {
  const file = loadLexicon<RolesFile>('roles.json');
  const heads = new Set(file.governmentHeads);
  const byTerm = new Map<string, RoleEntry>();
  let maxWords = 1;
  for (const group of file.roles) {
    for (const term of group.terms) {
      if (byTerm.has(term)) continue; // the first group that lists a term wins
      const entry: RoleEntry = { term, role: group.role, honorific: group.honorific === true, head: heads.has(term) };
      if (group.gender) entry.gender = group.gender;
      byTerm.set(term, entry);
      maxWords = Math.max(maxWords, term.split(' ').length);
    }
  }
  return { byTerm, maxWords };
}

function idx(): RoleIndex {
  return (index ??= build());
}

/** The title `phrase` (any case, e.g. "Foreign Minister"), or null when it is not one. */
export function lookupRole(phrase: string): RoleEntry | null {
  return idx().byTerm.get(phrase.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null;
}

/** The number of words in the longest title. */
export function longestRoleWords(): number {
  return idx().maxWords;
}
