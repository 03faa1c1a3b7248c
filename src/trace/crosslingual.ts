/**
 * Cross-lingual same-story matching without machine translation: two articles are compared by
 * the language-independent evidence they share (`evidence.ts`), each feature weighed by its
 * kind and its rarity in the collection, with a cosine over those weights.
 *
 * `compare` returns the score and the shared features that carried it (the evidence a user sees:
 * "name:pelosi, num:2020, country:USA"), never null; a pair without shared evidence scores 0.
 */
import { extractEvidence, type EvidenceKind, type EvidenceOptions } from './evidence.js';
import { dot, normalise, type SparseVector, type TermStats } from './vectors.js';

export interface CrossLingualOptions {
  /** Weight of each kind of evidence. Numbers, URLs and handles are rarer by chance, so weigh more. */
  weights?: Partial<Record<EvidenceKind, number>>;
  /** Lowest score at which two articles are the same story (default 0.13; over 0.10–0.19 dev F1 stays within 0.749–0.790, and it was chosen before the concept lexicon and kept). */
  threshold?: number;
  evidence?: EvidenceOptions;
}

export const CROSSLINGUAL_DEFAULTS = {
  weights: { name: 1, num: 2, date: 2, country: 1, entity: 1, url: 2, stem: 1, concept: 1 } as Record<EvidenceKind, number>,
  threshold: 0.13,
};

export interface EvidenceProfile {
  bag: Map<string, number>;
}

export interface CrossLingualMatch {
  score: number;
  same: boolean;
  /** Shared features, heaviest first (at most 12), with their share of the score. */
  shared: { feature: string; weight: number }[];
}

/**
 * The evidence bag of an article. Without a title, a short first line of the text is taken as
 * one (plain-text articles put the headline there).
 */
export function evidenceProfile(title: string, text: string, options: CrossLingualOptions = {}, lang?: string): EvidenceProfile {
  if (!title) {
    const nl = text.indexOf('\n');
    if (nl > 0 && nl <= 200) return { bag: extractEvidence(text.slice(0, nl), text.slice(nl + 1), options.evidence, lang) };
  }
  return { bag: extractEvidence(title, text, options.evidence, lang) };
}

/** Weighted unit vector of a profile under the collection's statistics. */
export function evidenceVector(profile: EvidenceProfile, stats: TermStats, options: CrossLingualOptions = {}): SparseVector {
  const weights = { ...CROSSLINGUAL_DEFAULTS.weights, ...options.weights };
  const v: SparseVector = new Map();
  for (const [feature, count] of profile.bag) {
    // In a collection, a feature no other document holds can match nothing; it would only dilute
    // the cosine. In a handful of articles (statistics with a prior) it is kept: there, "no other
    // document holds it" says nothing about the world, and without it two articles that share a
    // few features would have nothing else and look the same.
    if (stats.documents > 1 && stats.priorDocuments === 0 && stats.frequency(feature) < 2) continue;
    const kind = feature.slice(0, feature.indexOf(':')) as EvidenceKind;
    const w = (weights[kind] ?? 0) * (1 + Math.log(count)) * stats.idf(feature);
    if (w > 0) v.set(feature, w);
  }
  return normalise(v);
}

/**
 * Kinds of evidence that say what a story is about rather than which story it is: two reports
 * of different events in the same countries, or of the same kind of event, share these and
 * nothing else.
 */
const TOPICAL: ReadonlySet<string> = new Set(['country', 'stem', 'concept']);

/** True for a language cross-lingual matching can compare: given and not 'und' (undetermined). */
export function knownLanguage(lang: string | null | undefined): lang is string {
  return Boolean(lang) && lang !== 'und';
}

/** True for a feature that can name a story (a name, an entity, a number, a date, a URL), false for a topical one. */
export function namesStory(feature: string): boolean {
  return !TOPICAL.has(feature.slice(0, feature.indexOf(':')));
}

/**
 * Compares two evidence vectors (see `evidenceVector`). Two articles are the same story when the
 * score reaches the threshold and they share at least one feature that names the story itself (a
 * name, an entity, a number, a date or a URL): countries, cognate stems and concepts alone never
 * suffice.
 */
export function compareEvidence(a: SparseVector, b: SparseVector, options: CrossLingualOptions = {}): CrossLingualMatch {
  const threshold = options.threshold ?? CROSSLINGUAL_DEFAULTS.threshold;
  const score = dot(a, b);
  const shared: { feature: string; weight: number }[] = [];
  let specific = false;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x === undefined) continue;
    shared.push({ feature: k, weight: w * x });
    if (namesStory(k)) specific = true;
  }
  shared.sort((p, q) => q.weight - p.weight || (p.feature < q.feature ? -1 : 1));
  return { score, same: score >= threshold && specific, shared: shared.slice(0, 12) };
}
