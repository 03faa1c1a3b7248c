/**
 * Longest-match lookup of word sequences: the matcher behind actors, agents, verbs and nouns.
 * Entries are indexed by their first word; an entry whose last word is a stem also matches that
 * word followed by a short suffix (up to `MAX_SUFFIX` letters), as PETRARCH dictionaries expect.
 */
import type { Token } from './tokens.js';

export interface Phrase {
  words: string[];
  stem: boolean;
}

/** How many letters a stem may be followed by: "ARGENTIN" → "argentina", "BULGAR" → "bulgaria". */
const MAX_SUFFIX = 3;
/** Stems shorter than this match only exactly, so "ENT" never matches "entire". */
const MIN_STEM = 4;

export interface PhraseMatch<T> {
  entry: T;
  /** Token index after the match. */
  end: number;
}

/**
 * What may follow a stem: `any` short suffix (actor names: "Argentin" → "Argentina"), or only a
 * `plural` ending (role nouns: "diplomat" → "diplomats", never "diplomatic").
 */
export type StemSuffixes = 'any' | 'plural';

export class PhraseIndex<T extends Phrase> {
  private readonly byFirst = new Map<string, T[]>();
  private readonly stems = new Map<string, T[]>();
  size = 0;

  constructor(private readonly suffixes: StemSuffixes = 'any') {}

  /** Adds `entry`; with `replace`, entries with the same words (added earlier) are dropped first. */
  add(entry: T, options: { replace?: boolean } = {}): void {
    if (entry.words.length === 0) return;
    const first = entry.words[0]!;
    const map = entry.stem && entry.words.length === 1 && first.length >= MIN_STEM ? this.stems : this.byFirst;
    if (options.replace) {
      const key = entry.words.join(' ');
      for (const m of [this.stems, this.byFirst]) {
        const old = m.get(first);
        if (!old) continue;
        const kept = old.filter((e) => e.words.join(' ') !== key);
        this.size -= old.length - kept.length;
        m.set(first, kept);
      }
    }
    const list = map.get(first);
    if (list) list.push(entry);
    else map.set(first, [entry]);
    this.size++;
  }

  /**
   * The longest entry matching `tokens` at `i` (the first added wins a tie), or null. `accept`
   * filters candidates (for case-sensitive entries).
   */
  match(tokens: readonly Token[], i: number, accept?: (entry: T, tokens: readonly Token[], i: number) => boolean): PhraseMatch<T> | null {
    const token = tokens[i];
    if (token === undefined) return null;
    let best: PhraseMatch<T> | null = null;
    const consider = (entry: T): void => {
      const n = entry.words.length;
      if (best !== null && n <= best.end - i) return;
      for (let k = 0; k < n; k++) {
        const t = tokens[i + k];
        if (t === undefined || !wordMatches(entry.words[k]!, t.norm, entry.stem && k === n - 1, this.suffixes)) return;
      }
      if (accept && !accept(entry, tokens, i)) return;
      best = { entry, end: i + n };
    };
    for (const entry of this.byFirst.get(token.norm) ?? []) consider(entry);
    if (this.stems.size > 0) {
      const w = token.norm;
      for (let len = w.length; len >= Math.max(MIN_STEM, w.length - MAX_SUFFIX); len--) {
        for (const entry of this.stems.get(w.slice(0, len)) ?? []) consider(entry);
      }
    }
    return best;
  }
}

function wordMatches(pattern: string, word: string, stem: boolean, suffixes: StemSuffixes): boolean {
  if (pattern === word) return true;
  if (!stem || pattern.length < MIN_STEM || !word.startsWith(pattern)) return false;
  const rest = word.slice(pattern.length);
  return suffixes === 'plural' ? rest === 's' || rest === 'es' : rest.length <= MAX_SUFFIX && /^[a-z]*$/.test(rest);
}
