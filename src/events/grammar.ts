/**
 * The function words the coder reads around a verb (`data/events/grammar.json`), loaded once into
 * sets. Language knowledge, not dictionary knowledge: it applies whichever actor and verb
 * dictionaries are in use.
 */
import { readFileSync } from 'node:fs';
import { inflect } from './inflect.js';
import { dataPath } from './data-path.js';

export type ControlKind = 'threat' | 'intent' | 'want' | 'refuse' | 'do';

export interface Grammar {
  be: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  speculative: ReadonlySet<string>;
  /** Every form of a control verb ("threatened", "offers") or adjective ("willing") → its kind. */
  control: ReadonlyMap<string, ControlKind>;
  nounSignals: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** "will", "would": a cooperative act announced is an intent, a conflictual one a threat. */
  future: ReadonlySet<string>;
  /** "must", "should": "X said Y must …" is X demanding of Y. */
  obligation: ReadonlySet<string>;
  /** Words that let a later verb of the sentence be a second event ("… and promised aid"). */
  coordinators: ReadonlySet<string>;
}

interface GrammarFile {
  be: string[];
  auxiliaries: string[];
  negations: string[];
  speculative: string[];
  control: Record<ControlKind | 'intentAdjective', string[]>;
  nounSignals: string[];
  clauseBreaks: string[];
  relatives: string[];
  future: string[];
  obligation: string[];
  coordinators: string[];
}

/** Builds the grammar from the parsed file; `irregular` supplies past forms ("swore"). */
export function buildGrammar(file: GrammarFile, irregular: ReadonlyMap<string, readonly string[]>): Grammar {
  const control = new Map<string, ControlKind>();
  for (const [kind, words] of Object.entries(file.control)) {
    for (const word of words) {
      if (kind === 'intentAdjective') control.set(word, 'intent');
      else for (const form of inflect(word, irregular)) if (!control.has(form.word)) control.set(form.word, kind as ControlKind);
    }
  }
  return {
    be: new Set(file.be),
    auxiliaries: new Set(file.auxiliaries),
    negations: new Set(file.negations),
    speculative: new Set(file.speculative),
    control,
    nounSignals: new Set(file.nounSignals),
    clauseBreaks: new Set(file.clauseBreaks),
    relatives: new Set(file.relatives),
    future: new Set(file.future),
    obligation: new Set(file.obligation),
    coordinators: new Set(file.coordinators),
  };
}

export function loadGrammarFile(): GrammarFile {
  return JSON.parse(readFileSync(dataPath('grammar.json'), 'utf8')) as GrammarFile;
}
