/**
 * The trace index as the store keeps it: fingerprints with their LSH band keys, online stories,
 * provenance edges (schema: `sqlite/migrations/0002-trace.ts`), and the cross-lingual evidence
 * postings (`0003-evidence.ts`). The store only keeps and
 * finds rows; what goes in them (signatures, story vectors, edge evidence) is computed by
 * `src/trace/indexer.ts`, which calls these methods inside the article's own transaction.
 */

/** A story vector or centroid: word → weight. */
export type TermWeights = Record<string, number>;

export interface FingerprintRow {
  articleId: number;
  versionId: number;
  /** MinHash values (uint32). */
  signature: Uint32Array;
  /** How the signature was made (`minhash-oph/128/5/24301`); only equal schemes compare. */
  scheme: string;
  /** The publisher as an organisation id of the lexicon, or null. */
  outlet: string | null;
  lang: string | null;
  /** Publication time (ms since the epoch), else the time the article was first seen. */
  timeMs: number;
  /** The publication timestamp when a time of day is known, else null. */
  publishedAt: string | null;
  /** The article's story vector (unit length, heaviest words). */
  vector: TermWeights;
}

export interface StoryRow {
  id: number;
  originArticleId: number | null;
  firstMs: number | null;
  lastMs: number | null;
  /** ISO 8601 forms of firstMs / lastMs. */
  firstSeen: string | null;
  lastSeen: string | null;
  size: number;
  /** Sum of the members' story vectors. */
  centroid: TermWeights;
}

/**
 * How an article came into its story: it started it, its words are like the story's, it copies
 * a member, it translates or retells a member in another language, it names a member as its
 * source (same language, same story by its evidence) — or a batch rebuild (`reindex --all`) put it there.
 */
export type JoinHow = 'started' | 'similar' | 'copy' | 'translation' | 'cites' | 'batch';

export interface Membership {
  storyId: number;
  score: number;
  how: JoinHow;
}

/** The relations a stored edge can have (the later article is `to`). */
export type EdgeKind = 'copy' | 'near-copy' | 'translation' | 'same-story' | 'cites';

export interface StoredEdge {
  from: number;
  to: number;
  relation: EdgeKind;
  confidence: number;
  /** How directly `to` names `from`: 0 for none, up to 0.7 for a credit line. */
  directness: number;
  /** JSON-serialisable evidence items ({kind, detail, span?, rule}). */
  evidence: unknown[];
}

/** One article as the collection signals see it. */
export interface PublicationRow {
  articleId: number;
  source: string | null;
  author: string | null;
  /** The publication timestamp when known (from the trace index), else the date. */
  published: string | null;
  storyId: number | null;
}

/** A lookup of the evidence postings: stored articles in other languages sharing features with a new one. */
export interface EvidenceQuery {
  /** The new article's identifying features (already chosen; see `trace/evidence-postings.ts`). */
  features: readonly string[];
  /** Its language: only articles of another known language (not null, not 'und') are returned. */
  lang: string;
  /** Left out of the result (the article itself). */
  articleId: number;
  fromMs: number;
  toMs: number;
  /** Ties on shared features go to the article nearest in time to this. */
  atMs: number;
  /** Fewest shared features for an article to be returned. */
  minShared: number;
  limit: number;
}

export interface EvidenceMatch {
  articleId: number;
  /** How many of the query's features it holds. */
  shared: number;
}

export interface TraceIndexCounts {
  fingerprints: number;
  stories: number;
  edges: number;
  /** Articles with no fingerprint of their current version (to index with `wiretrace reindex`). */
  unindexed: number;
}

export interface TraceIndex {
  /** False when the database predates the trace index (a read-only store of schema 1). */
  readonly available: boolean;
  fingerprint(articleId: number): FingerprintRow | null;
  /** The title and text of a stored version (to take an old version's words out of the counts). */
  versionText(versionId: number): { title: string | null; text: string } | null;
  /** Replaces the article's fingerprint, its band keys (`keys[b]` for band b) and cited outlets. */
  putFingerprint(row: FingerprintRow, bandKeys: readonly number[], cites: readonly string[]): void;
  /** Removes the article's fingerprint, band keys, cited outlets and evidence postings. */
  deleteFingerprint(articleId: number): void;
  /** Articles sharing at least one band key, most shared bands first. */
  bandCandidates(bandKeys: readonly number[], limit: number): number[];
  /** Articles published by one of `outlets` within [fromMs, toMs], nearest in time to `atMs` first. */
  byOutlets(outlets: readonly string[], fromMs: number, toMs: number, atMs: number, limit: number): number[];
  /** Articles that cite one of `outlets`, within [fromMs, toMs], nearest in time first. */
  citing(outlets: readonly string[], fromMs: number, toMs: number, atMs: number, limit: number): number[];
  /**
   * How many articles of [fromMs, toMs] hold each feature, counted up to `cap` and no further (a
   * feature at the cap is too common to identify a story; its exact count does not matter).
   */
  evidenceCounts(features: readonly string[], fromMs: number, toMs: number, cap: number): Map<string, number>;
  /** Posts the article's identifying evidence features at its time (after its fingerprint). */
  putEvidence(articleId: number, timeMs: number, features: readonly string[]): void;
  /** Articles sharing at least `minShared` features, most shared first, then nearest in time, then lowest id. */
  evidenceMatches(query: EvidenceQuery): EvidenceMatch[];
  /** Articles indexed so far (the N of the document frequencies). */
  documentCount(): number;
  documentFrequencies(terms: readonly string[]): Map<string, number>;
  /** Adds `delta` to the frequency of each term and to the document count. */
  countDocument(terms: readonly string[], delta: 1 | -1): void;
  /** Stories holding one of `terms` whose time span meets [fromMs, toMs], those sharing the most terms first. */
  candidateStories(terms: readonly string[], fromMs: number, toMs: number, limit: number): StoryRow[];
  story(id: number): StoryRow | null;
  membership(articleId: number): Membership | null;
  /** Member article ids, earliest first. */
  storyMembers(storyId: number, limit?: number): number[];
  /** Adds the article to the story (a new one when `storyId` is null); returns the story id. */
  join(articleId: number, storyId: number | null, membership: Omit<Membership, 'storyId'>, vector: TermWeights, postings: readonly string[]): number;
  /** Takes the article out of its story; a story left empty is deleted. */
  leave(articleId: number, vector: TermWeights): void;
  putEdge(edge: StoredEdge): void;
  /** Removes every edge to or from the article. */
  deleteEdges(articleId: number): void;
  edgesTo(articleId: number): StoredEdge[];
  edgesFrom(articleId: number): StoredEdge[];
  /** Articles whose current version has no fingerprint, earliest published first. */
  unindexed(): number[];
  /**
   * Indexed articles of a known language whose evidence was never posted because they were
   * indexed before the evidence table existed, earliest first; empty once `evidenceBackfilled`.
   */
  evidenceBackfill(): number[];
  /** Records that the evidence of the articles indexed before the table is posted. */
  evidenceBackfilled(): void;
  /** Empties every trace table (before a full rebuild). */
  clear(): void;
  /** Every article with its byline, source, publication time and story, for collection signals. */
  publications(): PublicationRow[];
  counts(): TraceIndexCounts;
}
