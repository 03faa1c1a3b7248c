/**
 * The sourcing lexicon (`data/lexicon/sourcing.json`): phrases that name on whose word a report
 * rests ("reported by", "citing", "Source:"), and words that tell a source's kind.
 */
import type { SourceKind } from '../types.js';
import { loadLexicon } from './load.js';

export type SourcingRelation = 'reported' | 'cited' | 'told' | 'credited';

export interface SourcingPhrase {
  phrase: string;
  relation: SourcingRelation;
}

interface RawLanguage {
  before: SourcingPhrase[];
  after: SourcingPhrase[];
  credit: string[];
}

export interface SourcingLexicon {
  /** Phrases before the source, longest first, every language. */
  readonly before: readonly SourcingPhrase[];
  /** Phrases after the source, longest first. */
  readonly after: readonly SourcingPhrase[];
  /** Labels of source-credit lines ("Source", "Источник"). */
  readonly credit: readonly string[];
  /** Kind → words that mark it, most specific kind first. */
  readonly kinds: ReadonlyArray<readonly [SourceKind, readonly string[]]>;
}

let cached: SourcingLexicon | undefined;

export function sourcingLexicon(): SourcingLexicon {
  if (cached !== undefined) return cached;
  const raw = loadLexicon<Record<string, unknown>>('sourcing.json');
  const languages = ['en', 'ru', 'uk'].map((l) => raw[l] as RawLanguage).filter((l) => l !== undefined);
  const byLength = (a: SourcingPhrase, b: SourcingPhrase) => b.phrase.length - a.phrase.length;
  const kinds = raw['kinds'] as Record<string, string[]>;
  cached = {
    before: languages.flatMap((l) => l.before).sort(byLength),
    after: languages.flatMap((l) => l.after).sort(byLength),
    credit: languages.flatMap((l) => l.credit),
    kinds: Object.entries(kinds).map(([kind, words]) => [kind as SourceKind, words] as const),
  };
  return cached;
}
