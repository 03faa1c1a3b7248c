/**
 * Verb patterns in the PETRARCH/TABARI notation: parsing (`- PRE * POST [code]`) and matching
 * against a sentence around a verb. Matching is shallow (no parse tree): literal words must occur
 * in order on their side of the verb with small gaps; `+` and `$` bind the target and source to
 * the first actor after the preceding item.
 */
import type { Token } from './tokens.js';
import { phraseWords } from './tokens.js';
import type { ActorGroup } from './actors.js';
import type { PatternItem, VerbPattern } from './lexicon.js';

/** Largest gap (in tokens) allowed between consecutive pattern items. */
const MAX_GAP = 12;

/**
 * Parses the part of a pattern line between `-` and `[code]`, e.g. `SAID * TO ATTEND` or
 * `* NEW_&TIETYPES_RELATIONS`. Returns null when the line has no `*`.
 */
export function parsePattern(body: string, code: string, id: string): VerbPattern | null {
  // "*_OUT" and "IN_*" join a word to the verb; "+_" and "_^" are written either way.
  const normalised = body.replace(/_\*/g, ' *').replace(/\*_/g, '* ');
  const star = normalised.split(/\s+/).filter(Boolean);
  const at = star.indexOf('*');
  if (at < 0) return null;
  return { id, pre: star.slice(0, at).flatMap(parseItem), post: star.slice(at + 1).flatMap(parseItem), code };
}

/** One whitespace-separated chunk: `DIPLOMATIC_TIES`, `&TIETYPES`, `$`, `+`, `NEW_&TIETYPES_RELATIONS`. */
function parseItem(chunk: string): PatternItem[] {
  const out: PatternItem[] = [];
  let words: string[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ kind: 'words', words });
    words = [];
  };
  for (const part of chunk.split('_').filter(Boolean)) {
    if (part === '$') (flush(), out.push({ kind: 'source' }));
    else if (part === '+') (flush(), out.push({ kind: 'target' }));
    else if (part === '%') (flush(), out.push({ kind: 'compound' }));
    else if (part === '^') (flush(), out.push({ kind: 'skip' }));
    else if (part.startsWith('&')) (flush(), out.push({ kind: 'synset', name: part.slice(1).toUpperCase() }));
    else if (part.startsWith('+') && part.length > 1) words.push(...phraseWords(part.slice(1)));
    else words.push(...phraseWords(part));
  }
  flush();
  return out;
}

export interface PatternMatch {
  pattern: VerbPattern;
  /** Literal words matched: the more, the more specific. */
  score: number;
  source?: ActorGroup;
  target?: ActorGroup;
  /** The pattern spells out a negation itself ("WILL NOT *"), so the engine must not re-apply it. */
  negationInPattern: boolean;
}

export interface MatchContext {
  tokens: readonly Token[];
  groups: readonly ActorGroup[];
  synsets: ReadonlyMap<string, string[][]>;
  /** Left limit (token index) for pre-verb items: the clause start. */
  from: number;
  /** Right limit (token index, exclusive) for post-verb items. */
  to: number;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);

/** The best pattern of `patterns` around the verb at `[start, end)`, or null when none matches. */
export function bestPattern(patterns: readonly VerbPattern[], start: number, end: number, ctx: MatchContext): PatternMatch | null {
  let best: PatternMatch | null = null;
  for (const pattern of patterns) {
    const m = matchPattern(pattern, start, end, ctx);
    if (m && (best === null || m.score > best.score)) best = m;
  }
  return best;
}

function matchPattern(pattern: VerbPattern, start: number, end: number, ctx: MatchContext): PatternMatch | null {
  const result: PatternMatch = { pattern, score: 0, negationInPattern: false };
  // After the verb, left to right.
  let cursor = end;
  let pendingTarget: 'source' | 'target' | null = null;
  for (const item of pattern.post) {
    if (item.kind === 'source' || item.kind === 'target') {
      pendingTarget = item.kind;
      continue;
    }
    if (item.kind === 'compound' || item.kind === 'skip') continue;
    const found = findForward(item, cursor, ctx);
    if (found === null) return null;
    if (pendingTarget) {
      const group = ctx.groups.find((g) => g.start >= cursor && g.end <= found.start);
      if (!group) return null;
      result[pendingTarget] = group;
      pendingTarget = null;
    }
    result.score += found.words.length;
    if (found.words.some((w) => NEGATIONS.has(w))) result.negationInPattern = true;
    cursor = found.end;
  }
  if (pendingTarget) {
    const group = ctx.groups.find((g) => g.start >= cursor && g.start < ctx.to);
    if (!group) return null;
    result[pendingTarget] = group;
  }
  // Before the verb, right to left.
  cursor = start;
  pendingTarget = null;
  for (let k = pattern.pre.length - 1; k >= 0; k--) {
    const item = pattern.pre[k]!;
    if (item.kind === 'source' || item.kind === 'target') {
      pendingTarget = item.kind;
      continue;
    }
    if (item.kind === 'skip') continue;
    if (item.kind === 'compound') {
      // "% HAVE *": the subject must be a compound actor; the coder pairs its members.
      continue;
    }
    const found = findBackward(item, cursor, ctx);
    if (found === null) return null;
    if (pendingTarget) {
      const group = [...ctx.groups].reverse().find((g) => g.start >= found.end && g.end <= cursor);
      if (!group) return null;
      result[pendingTarget] = group;
      pendingTarget = null;
    }
    result.score += found.words.length;
    if (found.words.some((w) => NEGATIONS.has(w))) result.negationInPattern = true;
    cursor = found.start;
  }
  if (pendingTarget) {
    const group = [...ctx.groups].reverse().find((g) => g.end <= cursor && g.start >= ctx.from);
    if (!group) return null;
    result[pendingTarget] = group;
  }
  return result;
}

interface Found {
  start: number;
  end: number;
  words: string[];
}

function alternatives(item: PatternItem, ctx: MatchContext): string[][] {
  if (item.kind === 'words') return [item.words];
  if (item.kind === 'synset') return expandSynset(item.name, ctx.synsets, 0);
  return [];
}

function expandSynset(name: string, synsets: ReadonlyMap<string, string[][]>, depth: number): string[][] {
  const phrases = synsets.get(name) ?? [];
  if (depth > 3) return phrases;
  return phrases.flatMap((p) => (p.length === 1 && p[0]!.startsWith('&') ? expandSynset(p[0]!.slice(1).toUpperCase(), synsets, depth + 1) : [p]));
}

function findForward(item: PatternItem, from: number, ctx: MatchContext): Found | null {
  const alts = alternatives(item, ctx);
  const limit = Math.min(ctx.to, from + MAX_GAP + 1);
  for (let i = from; i < limit; i++) {
    for (const words of alts) if (wordsAt(ctx.tokens, i, words)) return { start: i, end: i + words.length, words };
  }
  return null;
}

function findBackward(item: PatternItem, before: number, ctx: MatchContext): Found | null {
  const alts = alternatives(item, ctx);
  const limit = Math.max(ctx.from, before - MAX_GAP - 1);
  for (let endAt = before; endAt > limit; endAt--) {
    for (const words of alts) {
      const i = endAt - words.length;
      if (i >= ctx.from && wordsAt(ctx.tokens, i, words)) return { start: i, end: endAt, words };
    }
  }
  return null;
}

function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return words.length > 0;
}
