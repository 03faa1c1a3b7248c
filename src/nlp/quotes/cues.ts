/** Finding cue verbs and `according to` phrases among tokens, with the lexicon's frames. */
import { cueLexicon, type CueEntry, type CueFrame, type CueLexicon } from '../../lexicon/cue-verbs.js';
import type { Token } from './tokens.js';

export interface CueMatch {
  /** Index of the first token of the cue, and one past its last. */
  first: number;
  last: number;
  entry: CueEntry;
}

/**
 * The cue starting at token `i` that has `frame`, or null. A capitalised word is not a cue
 * (`States` in United States, `Says` in a title) unless `allowUpper`.
 */
export function cueAt(tokens: readonly Token[], i: number, frame: CueFrame, lexicon: CueLexicon = cueLexicon): CueMatch | null {
  const token = tokens[i];
  if (token === undefined || !token.word || token.upper) return null;
  const entries = lexicon.byFirstWord.get(token.lower);
  if (entries === undefined) return null;
  for (const entry of entries) {
    if (!entry.frames.has(frame)) continue;
    if (entry.words === 1) return { first: i, last: i + 1, entry };
    const words = entry.form.split(' ');
    let ok = true;
    for (let k = 1; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) ok = false;
    if (ok) return { first: i, last: i + words.length, entry };
  }
  return null;
}

/** The `according to` phrase starting at token `i`: the index one past it, or -1. */
export function accordingAt(tokens: readonly Token[], i: number, lexicon: CueLexicon = cueLexicon): number {
  const token = tokens[i];
  if (token === undefined || !token.word) return -1;
  const phrases = lexicon.accordingByFirstWord.get(token.lower);
  if (phrases === undefined) return -1;
  for (const words of phrases) {
    let ok = true;
    for (let k = 1; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) ok = false;
    if (ok) return i + words.length;
  }
  return -1;
}

export function isAuxiliary(token: Token, lexicon: CueLexicon = cueLexicon): boolean {
  return token.word && !token.upper && (lexicon.auxiliaries.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 4));
}
