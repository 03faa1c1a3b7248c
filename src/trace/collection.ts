/**
 * Clustering a whole collection without a store (`wiretrace cluster --jsonl`): stories, the
 * origin of each story, and for each article the earlier article it copies or translates.
 *
 * Workflow: order articles by date (undated keep input order, after the dated ones' peers) →
 * collection statistics → online story clustering + refinement → near-duplicates through the
 * MinHash LSH index (earliest match wins: `copy` at estimated Jaccard ≥ 0.9, else `near-copy`)
 * → cross-lingual matches among articles in other languages (`translation` when the evidence
 * is strong, `same-story` otherwise). A copy or a translation joins its source's story when it
 * was left alone in its own.
 */
import { compareEvidence, CROSSLINGUAL_DEFAULTS, evidenceProfile, evidenceVector, type CrossLingualOptions } from './crosslingual.js';
import { LshIndex } from './lsh.js';
import { createMinHasher, type MinHashOptions } from './minhash.js';
import { parseTime, StoryClusterer, type StoryOptions } from './stories.js';
import { storyBag } from './story-features.js';
import { TermStats, type SparseVector } from './vectors.js';

export interface CollectionDocument {
  id: string;
  title?: string;
  text: string;
  date?: string;
  lang?: string;
  source?: string;
}

export type Relation = 'copy' | 'near-copy' | 'translation' | 'same-story';

export interface ClusterRow {
  id: string;
  cluster: string;
  /** The story's earliest article. */
  origin: string;
  copyOf?: string;
  relation?: Relation;
  /** Estimated Jaccard (copies) or evidence score (translations). */
  score?: number;
}

export interface CollectionOptions {
  stories?: StoryOptions;
  minhash?: MinHashOptions;
  /** Lowest estimated Jaccard for a near-copy (default 0.5). */
  nearCopy?: number;
  crossLingual?: CrossLingualOptions;
  /** Evidence score from which a cross-lingual match is called a translation (default 0.35). */
  translation?: number;
}

export const COLLECTION_DEFAULTS = { nearCopy: 0.5, copy: 0.9, translation: 0.35 } as const;

export function clusterCollection(docs: readonly CollectionDocument[], options: CollectionOptions = {}): ClusterRow[] {
  const nearCopy = options.nearCopy ?? COLLECTION_DEFAULTS.nearCopy;
  const translation = options.translation ?? COLLECTION_DEFAULTS.translation;
  const order = chronological(docs);

  const stats = new TermStats();
  for (const d of order) stats.observe(storyBag(d.title ?? '', d.text, options.stories?.features).keys());
  const clusterer = new StoryClusterer(stats, options.stories);
  for (const d of order) clusterer.add(withDate(d));
  clusterer.refine();

  const rank = new Map(order.map((d, i) => [d.id, i]));
  const links = new Map<string, { copyOf: string; relation: Relation; score: number }>();
  const hasher = createMinHasher(options.minhash);
  const bands = hasher.permutations / 4;
  const index = new LshIndex({ bands, rows: hasher.permutations / bands });
  for (const d of order) {
    const sig = hasher.sign(`${d.title ?? ''}\n${d.text}`);
    const matches = index.query(sig, { minSimilarity: nearCopy, limit: 50 });
    if (matches.length > 0) {
      // The earliest of the matches is the source (index order is chronological).
      const first = matches.reduce((a, b) => (rank.get(a.id)! < rank.get(b.id)! ? a : b));
      links.set(d.id, { copyOf: first.id, relation: first.similarity >= COLLECTION_DEFAULTS.copy ? 'copy' : 'near-copy', score: first.similarity });
    }
    index.add(d.id, sig);
  }

  const langs = new Set(order.map((d) => d.lang).filter((l): l is string => Boolean(l) && l !== 'und'));
  if (langs.size > 1) {
    const estats = new TermStats();
    const profiles = order.map((d) => evidenceProfile(d.title ?? '', d.text, options.crossLingual, d.lang));
    for (const p of profiles) estats.observe(p.bag.keys());
    const vectors: SparseVector[] = profiles.map((p) => evidenceVector(p, estats, options.crossLingual));
    const threshold = options.crossLingual?.threshold ?? CROSSLINGUAL_DEFAULTS.threshold;
    for (let i = 0; i < order.length; i++) {
      const d = order[i]!;
      if (links.has(d.id) || !d.lang || d.lang === 'und') continue;
      let best = -1;
      let bestScore = threshold;
      for (let j = 0; j < i; j++) {
        const e = order[j]!;
        if (!e.lang || e.lang === 'und' || e.lang === d.lang) continue;
        const m = compareEvidence(vectors[i]!, vectors[j]!, { threshold });
        if (m.score >= bestScore) {
          bestScore = m.score;
          best = j;
        }
      }
      if (best >= 0) links.set(d.id, { copyOf: order[best]!.id, relation: bestScore >= translation ? 'translation' : 'same-story', score: bestScore });
    }
  }

  // A copy or translation left alone in a story of its own belongs to its source's story.
  const storyOf = new Map(order.map((d) => [d.id, clusterer.storyOf(d.id)!]));
  const sizes = new Map<string, number>();
  for (const s of storyOf.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
  for (const d of order) {
    const link = links.get(d.id);
    if (!link) continue;
    const own = storyOf.get(d.id)!;
    const target = storyOf.get(link.copyOf)!;
    if (own !== target && sizes.get(own) === 1) {
      storyOf.set(d.id, target);
      sizes.set(own, 0);
      sizes.set(target, (sizes.get(target) ?? 0) + 1);
    }
  }
  const origins = new Map<string, string>();
  for (const d of order) {
    const s = storyOf.get(d.id)!;
    if (!origins.has(s)) origins.set(s, d.id); // chronological order: the first seen is the earliest
  }
  return docs.map((d) => {
    const cluster = storyOf.get(d.id)!;
    const row: ClusterRow = { id: d.id, cluster, origin: origins.get(cluster)! };
    const link = links.get(d.id);
    if (link) Object.assign(row, { copyOf: link.copyOf, relation: link.relation, score: round(link.score) });
    return row;
  });
}

/** Dated articles by date, undated ones after in input order; stable. Throws on repeated ids. */
function chronological(docs: readonly CollectionDocument[]): CollectionDocument[] {
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.id)) throw new RangeError(`repeated article id: ${d.id}`);
    seen.add(d.id);
  }
  return docs
    .map((d, i) => ({ d, i, t: parseTime(d.date) }))
    .sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity) || a.i - b.i)
    .map((x) => x.d);
}

function withDate(d: CollectionDocument) {
  return { id: d.id, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
