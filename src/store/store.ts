/**
 * The Store: where ingested articles, their versions and their analysis facts live.
 *
 * The interface is dialect-free; `sqlite/` implements it (a PostgreSQL implementation can sit
 * beside it with the same file roles). Every write of an article is one transaction, so a killed
 * process leaves each article either fully stored or absent.
 */
import type { Analysis } from '../types.js';
import type { TraceIndex } from './trace-index.js';

/** The raw form of an article: compressed bytes kept in the store, or a pointer into a WARC file. */
export type RawContent =
  | { kind: 'bytes'; bytes: Buffer; type: string }
  | { kind: 'warc'; file: string; offset: number; type: string };

export interface ArticleWrite {
  /** The identity of the article: a canonical URL, `file:` URL, or `urn:` for inputs without one. */
  canonicalUrl: string;
  /** The URL as seen (before canonicalisation); omitted for files without one. */
  url?: string;
  /** The analysis record; its `text` decides the content hash. */
  record: Analysis;
  /** Hash of the raw input (page bytes), so that an unchanged page can be skipped unanalysed. */
  rawHash?: string;
  raw?: RawContent;
  feedId?: number;
  /** Where it came from, for people: a URL, `file.jsonl:12`, `crawl.warc.gz@1234`. */
  where?: string;
  /** ISO 8601; defaults to now. */
  fetchedAt?: string;
}

/**
 * What a write did. `added`: a new article. `updated`: a known article with new content, stored as
 * its next version. `unchanged`: the article already has this content; nothing was written but
 * `last_seen_at`.
 */
export type PutStatus = 'added' | 'updated' | 'unchanged';

export interface PutOutcome {
  status: PutStatus;
  articleId: number;
  versionId: number;
  version: number;
}

export interface KnownVersion {
  articleId: number;
  versionId: number;
  version: number;
}

export interface FeedState {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  errorCount: number;
  itemCount: number;
}

export interface FeedPoll {
  status?: number | null;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  error?: string | null;
  nextPollAt?: string | null;
  items?: number;
}

/** Filters shared by search and export. Dates are YYYY-MM-DD, on the publication date. */
export interface ArticleFilter {
  since?: string;
  until?: string;
  /** A source host (`reuters.com`); `www.` is ignored. */
  source?: string;
  lang?: string;
}

export interface SearchQuery extends ArticleFilter {
  /** Words (all must occur), `"a phrase"`, or `prefix*`. */
  text: string;
  limit?: number;
}

export interface ArticleSummary {
  id: number;
  canonicalUrl: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  version: number;
  versionCount: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface SearchHit extends ArticleSummary {
  /** The matching words in context, matches in [brackets]. */
  snippet: string;
  /** BM25 rank: lower is better. */
  rank: number;
}

export interface VersionSummary {
  versionId: number;
  version: number;
  contentHash: string;
  fetchedAt: string;
  where: string | null;
  rawType: string | null;
}

export interface StoredArticle extends ArticleSummary {
  record: Analysis;
  versions: VersionSummary[];
  fetchedAt: string;
  /** Database id of each event of the current version, in `record.events` order. */
  eventIds: number[];
}

export interface StoreCounts {
  articles: number;
  versions: number;
  feeds: number;
  sources: number;
  events: number;
}

export interface Store {
  /** Where the database lives (`:memory:` for a transient one). */
  readonly location: string;
  /** The stored version of `canonicalUrl` with this raw hash or content hash, or null. */
  findVersion(canonicalUrl: string, hashes: { rawHash?: string; contentHash?: string }): KnownVersion | null;
  /** The database id of the article with this canonical URL, or null. */
  articleId(canonicalUrl: string): number | null;
  /** Marks an article as seen again (a re-ingest that found it unchanged). */
  touch(articleId: number, at?: string): void;
  /** Stores one article in one transaction; idempotent on (canonical URL, content hash). */
  putArticle(write: ArticleWrite): PutOutcome;
  feed(url: string): FeedState | null;
  /** The feed's state, creating it on first use. */
  ensureFeed(url: string, title?: string | null): FeedState;
  feeds(): FeedState[];
  recordPoll(feedId: number, poll: FeedPoll): void;
  search(query: SearchQuery): SearchHit[];
  /** By database id, canonical URL or URL; null when unknown. */
  article(key: number | string): StoredArticle | null;
  /** The current version of every article matching the filter, oldest first, streamed. */
  articles(filter?: ArticleFilter): IterableIterator<StoredArticle>;
  counts(): StoreCounts;
  /** Fingerprints, stories and provenance edges (see `trace-index.ts`). */
  readonly trace: TraceIndex;
  /**
   * Runs `fn` in one transaction (nested calls join it): a write of an article and of its trace
   * index together is all or nothing, even when the process is killed.
   */
  transaction<T>(fn: () => T): T;
  close(): void;
}
