/**
 * The online trace index: as each article is stored, fingerprint it, put it in a story, and
 * link it to the earlier articles it copied, translated or cited — inside the article's own
 * transaction, so that a killed process never leaves an article half indexed.
 *
 * Workflow of `indexArticle`: forget what the index held for an earlier version → fingerprint
 * (MinHash, LSH band keys), story vector (TF-IDF over the stored document frequencies) → find
 * candidates by index lookups only: near-duplicates (shared band keys), stories sharing one of its
 * heaviest words within the time-decay window, articles of the outlets it names, articles naming
 * its outlet, articles of other languages sharing its identifying evidence (posting its own for
 * later articles: `evidence-postings.ts`) → provenance edges both ways (`parentEdges`),
 * near-copies, cross-lingual same-story links → join a story: a near-copy's, else the best
 * decayed-cosine story at or above the threshold, else that of the article it is most strongly
 * linked to (a translation, a retelling that names its source), else start one → pull in a
 * linked article that sits alone in a story.
 *
 * The result depends on the order articles arrive in (an online clusterer does); `wiretrace
 * reindex --all` rebuilds in publication order.
 */
import type { ArticleWrite, PutOutcome, Store } from '../store/store.js';
import type { EdgeKind, JoinHow, StoredEdge, StoryRow, TermWeights, TraceIndex } from '../store/trace-index.js';
import { clusterCollection, type CollectionDocument } from './collection.js';
import { compareEvidence, knownLanguage, type EvidenceProfile } from './crosslingual.js';
import { postAndFindEvidence, postEvidence } from './evidence-postings.js';
import { fingerprintText, FINGERPRINT_SCHEME } from './fingerprint.js';
import { estimateJaccard } from './minhash.js';
import { articleProfile, bodyText, parentEdges, PROVENANCE_DEFAULTS, ProvenanceIndex, type EdgeEvidence, type ProvenanceEdge, type TraceArticle } from './provenance.js';
import { storyBag } from './story-features.js';
import { STORY_DEFAULTS } from './stories.js';
import { articleTime, citationKeysFor, citedOutlets, publishersFor, traceArticleOf } from './stored.js';
import { tfidf } from './vectors.js';

export interface IndexerOptions {
  /** Lowest decayed cosine at which an article joins a story (default: the batch clusterer's 0.25). */
  threshold?: number;
  /** Days after which the similarity to a story counts half (default 7). */
  halfLifeDays?: number;
  /** Lowest estimated Jaccard of a near-copy (default 0.5) and of a copy (default 0.9). */
  nearCopy?: number;
  copy?: number;
  /** Most earlier articles compared with a new one for provenance (default 40). */
  candidates?: number;
  /** Documents assumed seen before the first, holding none of its words (default 300): in a young archive every shared word looks common. */
  priorDocuments?: number;
}

export const INDEXER_DEFAULTS = {
  threshold: STORY_DEFAULTS.threshold,
  halfLifeDays: STORY_DEFAULTS.halfLifeDays,
  nearCopy: 0.5,
  copy: 0.9,
  candidates: 40,
  priorDocuments: 300,
} as const;

/** Words kept in an article's story vector, words posted for story retrieval, words probed. */
const VECTOR_WORDS = 100;
const POSTING_WORDS = 32;
const PROBE_WORDS = STORY_DEFAULTS.probeWords;
/** Lowest cross-lingual evidence score for a same-story link: the provenance graph's own. */
const SAME_STORY = PROVENANCE_DEFAULTS.minCrossLingual;
const DAY = 86_400_000;

export interface IndexOutcome {
  articleId: number;
  storyId: number;
  how: JoinHow;
  score: number;
  /** Edges written, to and from the article. */
  edges: number;
}

/**
 * Indexes one stored article (again); null when the store has no trace index or no such article.
 * `placed`: the story a batch rebuild chose for it (`null`: start one) instead of the online choice.
 */
export function indexArticle(store: Store, articleId: number, options: IndexerOptions = {}, placed?: { storyId: number | null }): IndexOutcome | null {
  const o: Required<IndexerOptions> = { ...INDEXER_DEFAULTS, ...options };
  const t = store.trace;
  if (!t.available) return null;
  const article = store.article(articleId);
  if (!article) return null;
  forget(t, articleId);

  const target = traceArticleOf(article);
  const record = article.record;
  const title = record.title?.value ?? '';
  const body = bodyText(record);
  const fp = fingerprintText(title, body);
  const bag = storyBag(title, body);
  t.countDocument([...bag.keys()], 1);
  const vector = storyVector(bag, t, o.priorDocuments);
  const timeMs = articleTime(article);
  const versionId = article.versions.find((v) => v.version === article.version)?.versionId ?? article.versions.at(-1)!.versionId;
  const outlets = citedOutlets(record, target.outlet);
  t.putFingerprint(
    { articleId, versionId, signature: fp.signature, scheme: fp.scheme, outlet: target.outlet, lang: record.lang, timeMs, publishedAt: record.published?.time ?? null, vector },
    fp.bandKeys,
    outlets,
  );

  // Candidates, each found through an index.
  const window = storyWindow(o);
  const near = new Map<number, number>();
  for (const id of t.bandCandidates(fp.bandKeys, 50)) {
    if (id === articleId) continue;
    const other = t.fingerprint(id);
    if (!other || other.scheme !== FINGERPRINT_SCHEME) continue;
    const sim = estimateJaccard(fp.signature, other.signature);
    if (sim >= o.nearCopy) near.set(id, sim);
  }
  const probe = Object.keys(vector).slice(0, PROBE_WORDS);
  const scored = t
    .candidateStories(probe, timeMs - window, timeMs + window, 50)
    .map((s) => ({ story: s, score: cosine(vector, s.centroid) * decay(timeMs, s, o.halfLifeDays) }))
    .sort((a, b) => b.score - a.score || a.story.id - b.story.id);
  const bestStory = scored[0] && scored[0].score >= o.threshold ? scored[0] : null;
  const cited = outlets.flatMap(publishersFor);
  // Articles linked by a citation either way: only these can be a source on evidence alone.
  const named = new Set<number>([
    ...t.byOutlets(cited, timeMs - window, timeMs + window, timeMs, 10),
    ...(target.outlet ? t.citing(citationKeysFor(target.outlet), timeMs - window, timeMs + window, timeMs, 10) : []),
  ]);
  // Articles of other languages sharing its identifying evidence: the only way a retelling that
  // names no source meets what it retells. Its profile is computed once, here, and reused below.
  const profile = knownLanguage(record.lang) ? articleProfile(target) : null;
  const retold = profile ? postAndFindEvidence(t, profile, { articleId, lang: record.lang, timeMs, windowMs: window }) : [];
  const ids = new Set<number>([...near.keys(), ...named, ...(bestStory ? t.storyMembers(bestStory.story.id, 20) : [])]);
  ids.delete(articleId);
  // Added past the cap: a story's many same-language members must not crowd them out.
  const chosen = new Set([...[...ids].slice(0, o.candidates), ...retold]);
  const candidates: TraceArticle[] = [];
  for (const id of chosen) {
    const a = store.article(id);
    if (a) candidates.push(traceArticleOf(a));
  }
  const profiled = new Set([target.id, ...candidates.filter((c) => named.has(Number(c.id)) || c.record.lang !== record.lang).map((c) => c.id)]);

  const edges = provenanceEdges(target, candidates, profiled, near, o, new Map(profile ? [[target.id, profile]] : []));
  for (const e of edges) t.putEdge(e);

  // The story: a copy's, else the most similar, else a translation's, else a new one.
  const other = (e: StoredEdge) => (e.from === articleId ? e.to : e.from);
  let join: { storyId: number | null; how: JoinHow; score: number } = { storyId: null, how: 'started', score: 0 };
  const copies = [...near].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const copied = copies.map(([id, sim]) => ({ m: t.membership(id), sim })).find((x) => x.m !== null);
  // Every edge says "same story": a provenance edge needs shared text or shared evidence.
  const linked = [...edges].sort((a, b) => b.confidence - a.confidence).map((e) => ({ m: t.membership(other(e)), e })).find((x) => x.m !== null);
  if (placed) join = { storyId: placed.storyId, how: 'batch', score: 0 };
  else if (copied) join = { storyId: copied.m!.storyId, how: 'copy', score: copied.sim };
  else if (bestStory) join = { storyId: bestStory.story.id, how: 'similar', score: round(bestStory.score) };
  else if (linked) {
    // Every edge joins the article to one of its candidates, already loaded: no second read.
    const lang = candidates.find((c) => Number(c.id) === other(linked.e))?.record.lang;
    join = { storyId: linked.m!.storyId, how: lang && lang !== record.lang ? 'translation' : 'cites', score: linked.e.confidence };
  }
  const storyId = t.join(articleId, join.storyId, { how: join.how, score: join.score }, vector, Object.keys(vector).slice(0, POSTING_WORDS));
  // An article it is linked to, left alone in a story of its own (it came first and found
  // nothing), belongs to this story: the result then depends less on the order of arrival.
  if (!placed) {
    for (const e of edges) {
      const id = other(e);
      const m = t.membership(id);
      if (!m || m.storyId === storyId || t.story(m.storyId)?.size !== 1) continue;
      const fp = t.fingerprint(id);
      if (!fp) continue;
      const how: JoinHow = e.relation === 'copy' || e.relation === 'near-copy' ? 'copy' : fp.lang !== record.lang ? 'translation' : 'cites';
      t.leave(id, fp.vector);
      t.join(id, storyId, { how, score: e.confidence }, fp.vector, Object.keys(fp.vector).slice(0, POSTING_WORDS));
    }
  }
  return { articleId, storyId, how: join.how, score: join.score, edges: edges.length };
}

/** Takes an article's earlier version out of the index: its story, its edges, its word counts, its fingerprint and evidence postings. */
function forget(t: TraceIndex, articleId: number): void {
  const old = t.fingerprint(articleId);
  if (!old) return;
  t.leave(articleId, old.vector);
  t.deleteEdges(articleId);
  const text = t.versionText(old.versionId);
  if (text) t.countDocument([...storyBag(text.title ?? '', text.text).keys()], -1);
  t.deleteFingerprint(articleId);
}

/**
 * Edges between the new article and each candidate, earlier to later: the provenance graph's
 * (copied, translated, cited), near-copies the paragraphs did not show, and cross-lingual
 * same-story links that name no source (kept, though they are not hops of a chain).
 */
function provenanceEdges(
  target: TraceArticle,
  candidates: readonly TraceArticle[],
  profiled: ReadonlySet<string>,
  near: ReadonlyMap<number, number>,
  o: Required<IndexerOptions>,
  known: ReadonlyMap<string, EvidenceProfile>,
): StoredEdge[] {
  if (candidates.length === 0) return [];
  const index = new ProvenanceIndex([target, ...candidates], profiled, known);
  const only = new Set(candidates.map((c) => c.id));
  const found: ProvenanceEdge[] = [...parentEdges(target, index, {}, only)];
  const self = new Set([target.id]);
  for (const c of candidates) found.push(...parentEdges(c, index, {}, self));
  const simOf = (e: { from: string; to: string }) => near.get(Number(e.from === target.id ? e.to : e.from));
  // Two articles of the same time that copy each other give an edge each way: keep the one from
  // the earlier (then the first stored).
  const byPair = new Map<string, ProvenanceEdge[]>();
  for (const e of found) {
    const other = e.from === target.id ? e.to : e.from;
    byPair.set(other, [...(byPair.get(other) ?? []), e]);
  }
  const kept = found.filter((e) => {
    const pair = byPair.get(e.from === target.id ? e.to : e.from)!;
    if (pair.every((x) => x.from === e.from)) return true;
    const c = candidates.find((x) => x.id === (e.from === target.id ? e.to : e.from))!;
    return earlierFirst(c, target)[0]!.id === e.from;
  });
  const out: StoredEdge[] = kept.map((e) => toStoredEdge(e, simOf(e), o));
  const linked = new Set(found.map((e) => (e.from === target.id ? e.to : e.from)));
  for (const c of candidates) {
    if (linked.has(c.id)) continue;
    const [from, to] = earlierFirst(c, target);
    const sim = near.get(Number(c.id));
    if (sim !== undefined) {
      out.push({ from: Number(from.id), to: Number(to.id), relation: sim >= o.copy ? 'copy' : 'near-copy', confidence: round(sim), directness: 0, evidence: [minhashEvidence(sim), ...timeEvidence(from, to)] });
      continue;
    }
    if (c.record.lang === target.record.lang || !knownLanguage(c.record.lang) || !knownLanguage(target.record.lang)) continue;
    const xl = compareEvidence(index.vector(from.id), index.vector(to.id), { threshold: SAME_STORY });
    if (!xl.same) continue;
    const evidence: EdgeEvidence[] = [{ kind: 'cross-lingual', detail: `same story (evidence ${xl.score.toFixed(2)}): ${xl.shared.slice(0, 6).map((s) => s.feature).join(', ')}`, rule: 'trace/crosslingual/evidence' }];
    out.push({ from: Number(from.id), to: Number(to.id), relation: 'same-story', confidence: round(Math.min(0.6, xl.score * 1.5)), directness: 0, evidence: [...evidence, ...timeEvidence(from, to)] });
  }
  return out;
}

/** A provenance edge in the store's vocabulary; copies split into copy / near-copy by their MinHash similarity. */
function toStoredEdge(e: ProvenanceEdge, sim: number | undefined, o: Required<IndexerOptions>): StoredEdge {
  const relation: EdgeKind = e.relation === 'copied' ? (sim !== undefined && sim >= o.copy ? 'copy' : 'near-copy') : e.relation === 'translated' ? 'translation' : 'cites';
  const evidence: unknown[] = sim !== undefined && e.relation === 'copied' ? [...e.evidence, minhashEvidence(sim)] : e.evidence;
  return { from: Number(e.from), to: Number(e.to), relation, confidence: e.confidence, directness: e.directness ?? 0, evidence };
}

function minhashEvidence(sim: number): EdgeEvidence {
  return { kind: 'text-reuse', detail: `fingerprints agree on ${Math.round(sim * 100)}% of their MinHash values (estimated Jaccard ${sim.toFixed(2)})`, rule: 'trace/minhash/near-duplicate' };
}

function timeEvidence(from: TraceArticle, to: TraceArticle): EdgeEvidence[] {
  return from.published && to.published ? [{ kind: 'time', detail: `published ${from.published} ≤ ${to.published}`, rule: 'trace/time/order' }] : [];
}

function earlierFirst(a: TraceArticle, b: TraceArticle): [TraceArticle, TraceArticle] {
  const ta = Date.parse(a.published ?? '');
  const tb = Date.parse(b.published ?? '');
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta < tb ? [a, b] : [b, a];
  return Number(a.id) < Number(b.id) ? [a, b] : [b, a];
}

/** The heaviest words of the article's TF-IDF vector, unit length, heaviest first. */
function storyVector(bag: ReadonlyMap<string, number>, t: TraceIndex, prior: number): TermWeights {
  const df = t.documentFrequencies([...bag.keys()]);
  const n = t.documentCount() + prior;
  const idf = (term: string) => {
    const d = df.get(term) ?? 0;
    return Math.log((n + 1) / (d + 1)) + (d === 0 ? Math.log(2) : 0);
  };
  const top = [...tfidf(bag, { idf })].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, VECTOR_WORDS);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return Object.fromEntries(top.map(([k, w]) => [k, Math.round((w / norm) * 1e6) / 1e6]));
}

/** Centroid norms by centroid object: the store hands out the same (frozen) centroid while it is unchanged. */
const norms = new WeakMap<TermWeights, number>();

function cosine(v: TermWeights, centroid: TermWeights): number {
  let norm = norms.get(centroid);
  if (norm === undefined) {
    let sq = 0;
    for (const w of Object.values(centroid)) sq += w * w;
    norm = Math.sqrt(sq);
    norms.set(centroid, norm);
  }
  let d = 0;
  for (const [k, w] of Object.entries(v)) d += w * (centroid[k] ?? 0);
  return norm > 0 ? d / norm : 0;
}

/** Half the time window of candidates: beyond it no story can reach the threshold. */
function storyWindow(o: Required<IndexerOptions>): number {
  return o.halfLifeDays * Math.log2(1 / o.threshold) * DAY;
}

/** 0.5 per half-life between the article and the story's time span; 1 inside it or undated. */
function decay(timeMs: number, s: StoryRow, halfLifeDays: number): number {
  if (s.firstMs === null || s.lastMs === null) return 1;
  const gap = timeMs < s.firstMs ? s.firstMs - timeMs : timeMs > s.lastMs ? timeMs - s.lastMs : 0;
  return Math.pow(0.5, gap / DAY / halfLifeDays);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Indexes every stored article whose current version has no fingerprint, earliest published
 * first, each in its own transaction (an interrupted backfill resumes where it stopped), placing
 * each in a story online. With `all`, empties the index and rebuilds it: the stories then come
 * from the batch clusterer (`clusterCollection`, as `wiretrace cluster`: every article seen before
 * any is placed, then refinement passes), which online placement cannot match; fingerprints and
 * edges are made as ingest makes them. Returns how many articles were indexed.
 */
export function reindex(store: Store, options: IndexerOptions & { all?: boolean; onProgress?: (done: number, total: number) => void } = {}): number {
  const t = store.trace;
  if (!t.available) return 0;
  const { all = false, onProgress, ...indexer } = options;
  let stories: Map<number, string> | null = null;
  if (all) {
    store.transaction(() => t.clear());
    stories = batchStories(store, indexer);
  }
  const ids = t.unindexed();
  const storyIds = new Map<string, number>();
  ids.forEach((id, i) => {
    store.transaction(() => {
      const label = stories?.get(id);
      const placed = label === undefined ? undefined : { storyId: storyIds.get(label) ?? null };
      const outcome = indexArticle(store, id, indexer, placed);
      if (label !== undefined && outcome) storyIds.set(label, outcome.storyId);
    });
    onProgress?.(i + 1, ids.length);
  });
  backfillEvidence(store, indexer);
  return ids.length;
}

/**
 * Posts the identifying evidence of articles indexed before the evidence table existed, once
 * (the migration marks such an archive), so that later retellings in other languages meet them.
 * Their stories and edges stay as they are: re-placing them is `reindex --all`'s work.
 */
function backfillEvidence(store: Store, options: IndexerOptions): void {
  const t = store.trace;
  const ids = t.evidenceBackfill();
  if (ids.length === 0) return;
  const o: Required<IndexerOptions> = { ...INDEXER_DEFAULTS, ...options };
  const windowMs = storyWindow(o);
  const BATCH = 500;
  for (let i = 0; i < ids.length; i += BATCH) {
    store.transaction(() => {
      for (const id of ids.slice(i, i + BATCH)) {
        const fp = t.fingerprint(id);
        const article = store.article(id);
        if (!fp || !article) continue;
        postEvidence(t, articleProfile(traceArticleOf(article)), { articleId: id, lang: fp.lang, timeMs: fp.timeMs, windowMs });
      }
    });
  }
  store.transaction(() => t.evidenceBackfilled());
}

/** The batch clusterer's story label of every stored article, by article id. */
function batchStories(store: Store, options: IndexerOptions): Map<number, string> {
  const docs: CollectionDocument[] = [];
  for (const a of store.articles()) {
    const title = a.record.title?.value;
    const date = a.record.published?.time ?? a.record.published?.value;
    docs.push({ id: String(a.id), text: bodyText(a.record), ...(title ? { title } : {}), ...(date ? { date } : {}), ...(knownLanguage(a.lang) ? { lang: a.lang } : {}) });
  }
  const rows = clusterCollection(docs, { stories: { threshold: options.threshold ?? INDEXER_DEFAULTS.threshold, halfLifeDays: options.halfLifeDays ?? INDEXER_DEFAULTS.halfLifeDays } });
  return new Map(rows.map((r) => [Number(r.id), r.cluster]));
}

/**
 * Stores an article and indexes it in one transaction: a process killed in between leaves
 * neither. An unchanged article (same content) writes nothing to the index.
 */
export function putAndIndex(store: Store, write: ArticleWrite, options: IndexerOptions = {}): PutOutcome {
  return store.transaction(() => {
    const put = store.putArticle(write);
    if (put.status !== 'unchanged') indexArticle(store, put.articleId, options);
    return put;
  });
}
