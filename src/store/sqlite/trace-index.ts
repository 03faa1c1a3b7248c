/**
 * The SQLite side of the trace index (tables of migrations 2 and 3): rows in, rows out. Runs inside the
 * caller's transaction (the article's own, during ingest); opens none itself.
 */
import type Database from 'better-sqlite3';
import type {
  EdgeKind,
  EvidenceMatch,
  EvidenceQuery,
  FingerprintRow,
  JoinHow,
  Membership,
  PublicationRow,
  StoredEdge,
  StoryRow,
  TermWeights,
  TraceIndex,
  TraceIndexCounts,
} from '../trace-index.js';
import { traceSql as sql } from './trace-statements.js';

/** Words kept in a stored story centroid: the heaviest, so that a big story stays a small row. */
const CENTROID_WORDS = 300;
/** The trace_meta key migration 3 sets on an archive whose indexed articles have no evidence posted. */
const EVIDENCE_BACKFILL = 'evidence-backfill';
/** Parsed centroids kept in memory: the stories of a few weeks of news, at most 300 words each. */
const CENTROID_CACHE = 4096;

interface FingerprintDbRow {
  article_id: number;
  version_id: number;
  signature: Buffer;
  scheme: string;
  outlet: string | null;
  lang: string | null;
  time_ms: number;
  published_at: string | null;
  vector: string;
}

interface StoryDbRow {
  id: number;
  origin_article_id: number | null;
  first_ms: number | null;
  last_ms: number | null;
  first_seen: string | null;
  last_seen: string | null;
  size: number;
  centroid: string;
}

interface EdgeDbRow {
  from_article_id: number;
  to_article_id: number;
  relation: EdgeKind;
  confidence: number;
  directness: number;
  evidence: string;
}

export class SqliteTraceIndex implements TraceIndex {
  readonly available: boolean;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  /**
   * Parsed story centroids by story id, each with the JSON it was parsed from. Placing an article
   * reads up to 50 candidate stories, mostly the same ones article after article, and parsing
   * their centroids was the index's largest cost. A hit needs the stored JSON to be the same
   * string, so a rolled-back transaction or another writer can never serve a stale centroid.
   */
  readonly #centroids = new Map<number, { json: string; centroid: TermWeights }>();

  constructor(db: Database.Database) {
    this.#db = db;
    this.available = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'provenance_edges'").get() !== undefined;
  }

  #s(text: string): Database.Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  fingerprint(articleId: number): FingerprintRow | null {
    const row = this.#s(sql.fingerprint).get(articleId) as FingerprintDbRow | undefined;
    if (!row) return null;
    return {
      articleId: row.article_id,
      versionId: row.version_id,
      signature: fromBlob(row.signature),
      scheme: row.scheme,
      outlet: row.outlet,
      lang: row.lang,
      timeMs: row.time_ms,
      publishedAt: row.published_at,
      vector: JSON.parse(row.vector) as TermWeights,
    };
  }

  versionText(versionId: number): { title: string | null; text: string } | null {
    return (this.#s(sql.versionText).get(versionId) as { title: string | null; text: string } | undefined) ?? null;
  }

  putFingerprint(row: FingerprintRow, bandKeys: readonly number[], cites: readonly string[]): void {
    this.deleteFingerprint(row.articleId);
    this.#s(sql.insertFingerprint).run({
      articleId: row.articleId,
      versionId: row.versionId,
      signature: toBlob(row.signature),
      scheme: row.scheme,
      outlet: row.outlet,
      lang: row.lang,
      timeMs: Math.round(row.timeMs),
      publishedAt: row.publishedAt,
      vector: JSON.stringify(row.vector),
      at: new Date().toISOString(),
    });
    const band = this.#s(sql.insertBand);
    bandKeys.forEach((key, b) => band.run(b, key, row.articleId));
    const cite = this.#s(sql.insertCitation);
    for (const outlet of new Set(cites)) cite.run(outlet, row.articleId);
  }

  deleteFingerprint(articleId: number): void {
    this.#s(sql.deleteBands).run(articleId);
    this.#s(sql.deleteCitations).run(articleId);
    this.#s(sql.deleteEvidence).run(articleId);
    this.#s(sql.deleteFingerprint).run(articleId);
  }

  evidenceCounts(features: readonly string[], fromMs: number, toMs: number, cap: number): Map<string, number> {
    const count = this.#s(sql.countEvidence);
    const out = new Map<string, number>();
    for (const feature of new Set(features)) out.set(feature, (count.get({ feature, fromMs, toMs, cap }) as { n: number }).n);
    return out;
  }

  putEvidence(articleId: number, timeMs: number, features: readonly string[]): void {
    const post = this.#s(sql.insertEvidence);
    for (const feature of new Set(features)) post.run(feature, Math.round(timeMs), articleId);
  }

  evidenceMatches(q: EvidenceQuery): EvidenceMatch[] {
    if (q.features.length === 0) return [];
    const rows = this.#s(sql.evidenceMatches).all({
      features: JSON.stringify([...new Set(q.features)]),
      lang: q.lang,
      articleId: q.articleId,
      fromMs: Math.round(q.fromMs),
      toMs: Math.round(q.toMs),
      atMs: Math.round(q.atMs),
      minShared: q.minShared,
      limit: q.limit,
    }) as Array<{ id: number; shared: number }>;
    return rows.map((r) => ({ articleId: r.id, shared: r.shared }));
  }

  bandCandidates(bandKeys: readonly number[], limit: number): number[] {
    const hits = new Map<number, number>();
    const lookup = this.#s(sql.bandLookup);
    bandKeys.forEach((key, b) => {
      for (const r of lookup.all(b, key, limit) as Array<{ article_id: number }>) hits.set(r.article_id, (hits.get(r.article_id) ?? 0) + 1);
    });
    return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([id]) => id);
  }

  byOutlets(outlets: readonly string[], fromMs: number, toMs: number, atMs: number, limit: number): number[] {
    return this.#nearest(sql.byOutlet, outlets, fromMs, toMs, atMs, limit);
  }

  citing(outlets: readonly string[], fromMs: number, toMs: number, atMs: number, limit: number): number[] {
    return this.#nearest(sql.citing, outlets, fromMs, toMs, atMs, limit);
  }

  #nearest(statement: string, outlets: readonly string[], fromMs: number, toMs: number, atMs: number, limit: number): number[] {
    const found = new Map<number, number>();
    for (const outlet of new Set(outlets)) {
      for (const r of this.#s(statement).all({ outlet, fromMs, toMs, atMs, limit }) as Array<{ id: number; distance: number }>) {
        found.set(r.id, Math.min(found.get(r.id) ?? Infinity, r.distance));
      }
    }
    return [...found].sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, limit).map(([id]) => id);
  }

  documentCount(): number {
    const row = this.#s(sql.meta).get('documents') as { value: string } | undefined;
    return row ? Number(row.value) : 0;
  }

  documentFrequencies(terms: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const get = this.#s(sql.df);
    for (const t of terms) {
      const row = get.get(t) as { df: number } | undefined;
      if (row) out.set(t, row.df);
    }
    return out;
  }

  countDocument(terms: readonly string[], delta: 1 | -1): void {
    const add = this.#s(sql.addDf);
    for (const term of new Set(terms)) add.run({ term, delta });
    if (delta < 0) this.#s(sql.dropZeroDf).run();
    this.#s(sql.setMeta).run('documents', String(Math.max(0, this.documentCount() + delta)));
  }

  candidateStories(terms: readonly string[], fromMs: number, toMs: number, limit: number): StoryRow[] {
    // The stories that share the most of the words, then the newest.
    const hits = new Map<number, number>();
    const lookup = this.#s(sql.storiesByTerm);
    for (const term of new Set(terms)) {
      for (const r of lookup.all({ term, fromMs, toMs, limit }) as Array<{ id: number }>) hits.set(r.id, (hits.get(r.id) ?? 0) + 1);
    }
    return [...hits].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit).map(([id]) => this.story(id)!);
  }

  story(id: number): StoryRow | null {
    const row = this.#s(sql.story).get(id) as StoryDbRow | undefined;
    return row ? toStory(row, this.#centroid(row.id, row.centroid)) : null;
  }

  #centroid(id: number, json: string): TermWeights {
    const hit = this.#centroids.get(id);
    if (hit && hit.json === json) return hit.centroid;
    // Frozen: every caller shares the object, and none may change it.
    const centroid = Object.freeze(JSON.parse(json) as TermWeights);
    if (this.#centroids.size >= CENTROID_CACHE) this.#centroids.delete(this.#centroids.keys().next().value!);
    this.#centroids.set(id, { json, centroid });
    return centroid;
  }

  membership(articleId: number): Membership | null {
    const row = this.#s(sql.membership).get(articleId) as { story_id: number; score: number; how: JoinHow } | undefined;
    return row ? { storyId: row.story_id, score: row.score, how: row.how } : null;
  }

  storyMembers(storyId: number, limit = 1_000_000): number[] {
    return (this.#s(sql.storyMembers).all(storyId, limit) as Array<{ id: number }>).map((r) => r.id);
  }

  join(articleId: number, storyId: number | null, membership: Omit<Membership, 'storyId'>, vector: TermWeights, postings: readonly string[]): number {
    const at = new Date().toISOString();
    let id = storyId;
    let centroid: TermWeights = {};
    if (id === null) id = Number(this.#s(sql.insertStory).run('{}', at, at).lastInsertRowid);
    else centroid = this.story(id)?.centroid ?? {};
    this.#s(sql.insertMember).run(articleId, id, membership.score, membership.how, at);
    const post = this.#s(sql.insertPosting);
    for (const term of new Set(postings)) post.run(term, id);
    this.#refresh(id, addWeights(centroid, vector, 1), at);
    return id;
  }

  leave(articleId: number, vector: TermWeights): void {
    const m = this.membership(articleId);
    if (!m) return;
    this.#s(sql.deleteMember).run(articleId);
    const story = this.story(m.storyId);
    if (!story) return;
    this.#refresh(m.storyId, addWeights(story.centroid, vector, -1), new Date().toISOString());
  }

  /** Recomputes a story's origin, span and size from its members; deletes it when empty. */
  #refresh(storyId: number, centroid: TermWeights, at: string): void {
    const stats = this.#s(sql.storyStats).get(storyId) as { size: number; first_ms: number | null; last_ms: number | null };
    if (stats.size === 0) {
      this.#s(sql.deletePostings).run(storyId);
      this.#s(sql.deleteStory).run(storyId);
      return;
    }
    const origin = this.#s(sql.storyOrigin).get(storyId) as { id: number } | undefined;
    this.#s(sql.updateStory).run({
      id: storyId,
      origin: origin?.id ?? null,
      firstMs: stats.first_ms,
      lastMs: stats.last_ms,
      firstSeen: stats.first_ms === null ? null : new Date(stats.first_ms).toISOString(),
      lastSeen: stats.last_ms === null ? null : new Date(stats.last_ms).toISOString(),
      size: stats.size,
      centroid: JSON.stringify(centroid),
      at,
    });
  }

  putEdge(edge: StoredEdge): void {
    this.#s(sql.upsertEdge).run({
      from: edge.from,
      to: edge.to,
      relation: edge.relation,
      confidence: edge.confidence,
      directness: edge.directness,
      evidence: JSON.stringify(edge.evidence),
      at: new Date().toISOString(),
    });
  }

  deleteEdges(articleId: number): void {
    this.#s(sql.deleteEdges).run(articleId, articleId);
  }

  edgesTo(articleId: number): StoredEdge[] {
    return (this.#s(sql.edgesTo).all(articleId) as EdgeDbRow[]).map(toEdge);
  }

  edgesFrom(articleId: number): StoredEdge[] {
    return (this.#s(sql.edgesFrom).all(articleId) as EdgeDbRow[]).map(toEdge);
  }

  unindexed(): number[] {
    return (this.#s(sql.unindexed).all() as Array<{ id: number }>).map((r) => r.id);
  }

  evidenceBackfill(): number[] {
    if (this.#s(sql.meta).get(EVIDENCE_BACKFILL) === undefined) return [];
    return (this.#s(sql.evidenceBackfill).all() as Array<{ id: number }>).map((r) => r.id);
  }

  evidenceBackfilled(): void {
    this.#s(sql.deleteMeta).run(EVIDENCE_BACKFILL);
  }

  clear(): void {
    for (const table of ['provenance_edges', 'story_postings', 'story_members', 'stories', 'trace_citations', 'trace_evidence', 'lsh_bands', 'fingerprints', 'term_df', 'trace_meta']) {
      this.#db.exec(`DELETE FROM ${table}`);
    }
  }

  publications(): PublicationRow[] {
    return this.#s(this.available ? sql.publications : sql.publicationsWithoutStories).all() as PublicationRow[];
  }

  counts(): TraceIndexCounts {
    if (!this.available) {
      const row = this.#db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
      return { fingerprints: 0, stories: 0, edges: 0, unindexed: row.n };
    }
    return this.#s(sql.counts).get() as TraceIndexCounts;
  }
}

function toStory(row: StoryDbRow, centroid: TermWeights): StoryRow {
  return {
    id: row.id,
    originArticleId: row.origin_article_id,
    firstMs: row.first_ms,
    lastMs: row.last_ms,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    size: row.size,
    centroid,
  };
}

function toEdge(row: EdgeDbRow): StoredEdge {
  return {
    from: row.from_article_id,
    to: row.to_article_id,
    relation: row.relation,
    confidence: row.confidence,
    directness: row.directness,
    evidence: JSON.parse(row.evidence) as unknown[],
  };
}

/** `a + sign × b`, near-zero weights dropped, the heaviest CENTROID_WORDS kept. */
function addWeights(a: TermWeights, b: TermWeights, sign: 1 | -1): TermWeights {
  const sum = new Map(Object.entries(a));
  for (const [k, w] of Object.entries(b)) sum.set(k, (sum.get(k) ?? 0) + sign * w);
  const kept = [...sum].filter(([, w]) => w > 1e-9).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, CENTROID_WORDS);
  return Object.fromEntries(kept.map(([k, w]) => [k, Math.round(w * 1e6) / 1e6]));
}

/** Little-endian uint32s, the same bytes on every machine. */
function toBlob(signature: Uint32Array): Buffer {
  const out = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i++) out.writeUInt32LE(signature[i]!, i * 4);
  return out;
}

function fromBlob(blob: Buffer): Uint32Array {
  const out = new Uint32Array(blob.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}
