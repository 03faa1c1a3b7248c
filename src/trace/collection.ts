/**
 * Clustering a whole collection without a store (`wiretrace cluster --jsonl`): stories, the
 * origin of each story, and for each article the earlier article it copies or translates.
 *
 * Workflow: order articles by date (undated keep input order, after the dated ones' peers) →
 * collection statistics → online story clustering + refinement → near-duplicates through the
 * MinHash LSH index (earliest match wins: `copy` at estimated Jaccard ≥ 0.9, else `near-copy`)
 * → each article's best cross-lingual match among the articles in other languages
 * (`translation` when the evidence is strong, `same-story` otherwise). A copy joins its source's
 * story when it was left alone in its own; a cross-lingual match joins the two stories whole,
 * because stories are found by their words and so form in one language each. Each article is
 * compared only with those sharing a name, number, date or URL, so the cost grows with those
 * shared features, not with the square of the collection.
 */
import { compareEvidence, CROSSLINGUAL_DEFAULTS, evidenceProfile, evidenceVector, knownLanguage, namesStory, type CrossLingualOptions } from './crosslingual.js';
import { LshIndex } from './lsh.js';
import { createMinHasher, type MinHashOptions } from './minhash.js';
import { parseTime, StoryClusterer, type StoryOptions } from './stories.js';
import { storyBag } from './story-features.js';
import { dot, TermStats, type SparseVector } from './vectors.js';

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

  // A copy left alone in a story of its own belongs to its source's story.
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

  // Stories are told in one language each (their words are compared); an article's best match
  // in another language joins the two stories, and the later article of the two is the
  // translation or retelling of the earlier.
  for (const m of crossLingualMatches(order, options)) {
    const [early, late] = [order[m.a]!, order[m.b]!];
    if (!links.has(late.id)) links.set(late.id, { copyOf: early.id, relation: m.score >= translation ? 'translation' : 'same-story', score: m.score });
    const from = storyOf.get(late.id)!;
    const into = storyOf.get(early.id)!;
    if (from !== into) for (const [id, s] of storyOf) if (s === from) storyOf.set(id, into);
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

/**
 * For each article of a known language, its best match among the articles in other languages
 * (`compareEvidence`: at the threshold, with evidence that names the story), as pairs of
 * positions in `order` (a < b), each pair once.
 */
function crossLingualMatches(order: readonly CollectionDocument[], options: CollectionOptions): { a: number; b: number; score: number }[] {
  const known = (d: CollectionDocument) => knownLanguage(d.lang);
  if (new Set(order.filter(known).map((d) => d.lang)).size < 2) return [];
  const stats = new TermStats();
  const profiles = order.map((d) => evidenceProfile(d.title ?? '', d.text, options.crossLingual, d.lang));
  for (const p of profiles) stats.observe(p.bag.keys());
  const vectors: SparseVector[] = profiles.map((p) => evidenceVector(p, stats, options.crossLingual));
  const found = new Map<string, { a: number; b: number; score: number }>();
  const threshold = options.crossLingual?.threshold ?? CROSSLINGUAL_DEFAULTS.threshold;
  // Two articles are one story only if they share a feature that names it, so each article is
  // compared with the articles that share one of its own: the same result as comparing every
  // pair, without the quadratic cost on a large collection.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    if (!known(order[i]!)) return;
    for (const f of v.keys()) if (namesStory(f)) (postings.get(f) ?? postings.set(f, []).get(f)!).push(i);
  });
  for (let i = 0; i < order.length; i++) {
    if (!known(order[i]!)) continue;
    const others = new Set<number>();
    for (const f of vectors[i]!.keys()) for (const j of postings.get(f) ?? []) others.add(j);
    // The score is a dot product; the full comparison (shared features, the rule that some of
    // them must name the story) runs only on candidates at the threshold, best first.
    const candidates: { j: number; score: number }[] = [];
    for (const j of others) {
      const e = order[j]!;
      if (j === i || e.lang === order[i]!.lang) continue;
      const score = dot(vectors[i]!, vectors[j]!);
      if (score >= threshold) candidates.push({ j, score });
    }
    candidates.sort((x, y) => y.score - x.score || x.j - y.j);
    const best = candidates.find((c) => compareEvidence(vectors[i]!, vectors[c.j]!, options.crossLingual).same);
    if (!best) continue;
    const [a, b] = i < best.j ? [i, best.j] : [best.j, i];
    found.set(`${a} ${b}`, { a, b, score: best.score });
  }
  return [...found.values()].sort((x, y) => x.b - y.b || x.a - y.a);
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
