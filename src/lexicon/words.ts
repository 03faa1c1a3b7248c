/**
 * Word lists the entity stage reads (`data/lexicon/words.json`): common words that are not names
 * on their own, and the heads that type a name (organisation, place, event or law).
 */
import { loadLexicon } from './load.js';

export interface WordLists {
  common: ReadonlySet<string>;
  orgHeads: ReadonlySet<string>;
  locHeads: ReadonlySet<string>;
  miscHeads: ReadonlySet<string>;
  personSuffixes: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  /** East Asian family names, written first ("Kim Jong-un", "Xi Jinping"). */
  familyFirst: ReadonlySet<string>;
  /** Prepositions after which an unknown name is most likely a place ("in Magnitogorsk"). */
  placePrepositions: ReadonlySet<string>;
  /** Verbs of saying: a name before one is a speaker, a person or an organisation. */
  speechVerbs: ReadonlySet<string>;
  /** Plural nouns for groups of people that speak or act ("officials", "protesters"). */
  groupNouns: ReadonlySet<string>;
  /** Acronyms and abbreviations that are never names on their own (units, currencies, titles). */
  notNames: ReadonlySet<string>;
  /** Organisation heads of states: a country before them is a mention too ("US Air Force"). */
  govOrgHeads: ReadonlySet<string>;
}

let lists: WordLists | undefined;

/** The word lists, lower case. */
export function words(): WordLists {
  if (lists) return lists;
  const file = loadLexicon<Record<keyof WordLists, string[]>>('words.json');
  lists = {
    common: new Set(file.common),
    orgHeads: new Set(file.orgHeads),
    locHeads: new Set(file.locHeads),
    miscHeads: new Set(file.miscHeads),
    personSuffixes: new Set(file.personSuffixes),
    connectors: new Set(file.connectors),
    familyFirst: new Set(file.familyFirst),
    placePrepositions: new Set(file.placePrepositions),
    speechVerbs: new Set(file.speechVerbs),
    groupNouns: new Set(file.groupNouns),
    notNames: new Set(file.notNames),
    govOrgHeads: new Set(file.govOrgHeads),
  };
  return lists;
}
