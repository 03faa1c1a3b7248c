/** The options of an ingest, normalised once; defaults documented where they are defined. */
import type { FeedNote } from './candidate.js';
import type { WiretraceError } from '../errors.js';
import type { PutStatus } from '../store/store.js';

export type PagePolicy = 'auto' | 'always' | 'never';

export interface IngestOptions {
  /** Articles in flight at once (fetches overlap; analysis and storage run one at a time). */
  concurrency?: number;
  /**
   * When to fetch the page a feed item links to: `auto` when the item carries no full content,
   * `always`, or `never` (then the summary is the article).
   */
  pages?: PagePolicy;
  /** Items kept per feed; the rest are counted and reported. */
  maxItems?: number;
  /** Largest page, file or WARC record, in bytes. */
  maxBytes?: number;
  /** Largest feed, sitemap or OPML document, in bytes. */
  maxFeedBytes?: number;
  /** Fetch the pages of articles already stored again, to catch changes. */
  refresh?: boolean;
  /** How deep sitemap indexes and OPML lists may nest. */
  maxDepth?: number;
  /** Worker threads that analyse articles; 0 analyses on the calling thread. */
  workers?: number;
  /** Today (YYYY-MM-DD), for reproducible analyses. */
  today?: string;
  /**
   * Keep the trace index (fingerprints, stories, provenance edges) up to date as each article is
   * stored, in the article's transaction (default). Off: articles are only stored, and
   * `wiretrace reindex` indexes them later in one pass. Indexing costs about as much CPU as the
   * analysis, so a bulk load of a large archive is faster with it off.
   */
  index?: boolean;
  /** Told of every article, problem and feed as it happens. */
  onEvent?: (event: IngestEvent) => void;
}

export type IngestEvent =
  | { type: 'article'; status: PutStatus; where: string; articleId: number; url?: string }
  | { type: 'problem'; error: WiretraceError }
  | FeedNote;

export type NormalisedIngestOptions = Required<Omit<IngestOptions, 'today' | 'onEvent'>> & Pick<IngestOptions, 'today' | 'onEvent'>;

export const INGEST_DEFAULTS = {
  concurrency: 8,
  pages: 'auto',
  maxItems: 10_000,
  maxBytes: 20 * 1024 * 1024,
  maxFeedBytes: 64 * 1024 * 1024,
  refresh: false,
  maxDepth: 3,
  workers: 0,
  index: true,
} as const satisfies Partial<NormalisedIngestOptions>;

export function normaliseIngestOptions(options: IngestOptions = {}): NormalisedIngestOptions {
  const merged: NormalisedIngestOptions = { ...INGEST_DEFAULTS };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  return merged;
}
