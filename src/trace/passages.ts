/**
 * Passage-level text reuse between an earlier article and a later one, in the spirit of passim
 * (Smith et al. 2014): which paragraphs of the later text were copied, which it added, and which
 * of the earlier one it dropped. Paragraphs are compared by word 3-shingles (folded), so that
 * small edits, re-punctuation and typographic quotes do not hide a copy.
 *
 * Input: the two texts (same language). Output: spans into each text; never null — an unrelated
 * pair gives no copied passages, every target paragraph added and every source paragraph dropped.
 */
import type { Span } from '../types.js';
import { hashString, combine } from './hash.js';
import { words } from './tokens.js';

export interface PassageMatch {
  /** The paragraph of the earlier text. */
  source: Span;
  /** The paragraph of the later text. */
  target: Span;
  /** Share of the target paragraph's shingles found in the source paragraph. */
  containment: number;
}

export interface TextReuse {
  copied: PassageMatch[];
  /** Paragraphs of the later text found nowhere in the earlier one. */
  added: Span[];
  /** Paragraphs of the earlier text the later one does not carry. */
  dropped: Span[];
  /** Share of the later text's words that lie in copied paragraphs. */
  coverage: number;
}

export interface ReuseOptions {
  /** Lowest containment for a copied paragraph (default 0.5). */
  minContainment?: number;
  /** Words per shingle (default 3: paragraphs are short). */
  shingle?: number;
}

interface Paragraph extends Span {
  shingles: Set<number>;
  words: number;
}

/** Paragraphs (blocks between line breaks) with their shingle sets; blank lines skipped. */
export function paragraphs(text: string, shingle = 3): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const ws = words(m[0]);
    if (ws.length === 0) continue;
    const hashes = ws.map(hashString);
    const set = new Set<number>();
    const count = Math.max(1, ws.length - shingle + 1);
    for (let i = 0; i < count; i++) {
      let h = 0;
      for (let j = i; j < Math.min(ws.length, i + shingle); j++) h = combine(h, hashes[j]!);
      set.add(h);
    }
    out.push({ start: m.index, end: m.index + m[0].length, shingles: set, words: ws.length });
  }
  return out;
}

export function compareTexts(source: string, target: string, options: ReuseOptions = {}): TextReuse {
  const minContainment = options.minContainment ?? 0.5;
  const shingle = options.shingle ?? 3;
  const src = paragraphs(source, shingle);
  const tgt = paragraphs(target, shingle);
  const where = new Map<number, number[]>();
  src.forEach((p, i) => {
    for (const h of p.shingles) {
      const list = where.get(h);
      if (list) list.push(i);
      else where.set(h, [i]);
    }
  });
  const copied: PassageMatch[] = [];
  const added: Span[] = [];
  const used = new Set<number>();
  let copiedWords = 0;
  let totalWords = 0;
  for (const p of tgt) {
    totalWords += p.words;
    const hits = new Map<number, number>();
    for (const h of p.shingles) for (const i of where.get(h) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    let best = -1;
    let bestHits = 0;
    for (const [i, n] of hits) if (n > bestHits || (n === bestHits && i < best)) [best, bestHits] = [i, n];
    const containment = p.shingles.size > 0 ? bestHits / p.shingles.size : 0;
    if (best >= 0 && containment >= minContainment) {
      const s = src[best]!;
      copied.push({ source: { start: s.start, end: s.end }, target: { start: p.start, end: p.end }, containment: Math.round(containment * 1000) / 1000 });
      used.add(best);
      copiedWords += p.words;
    } else added.push({ start: p.start, end: p.end });
  }
  const dropped = src.filter((_, i) => !used.has(i)).map((p) => ({ start: p.start, end: p.end }));
  return { copied, added, dropped, coverage: totalWords > 0 ? Math.round((copiedWords / totalWords) * 1000) / 1000 : 0 };
}
