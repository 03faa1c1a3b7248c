/** Ingestion: sources (feeds, sitemaps, OPML, pages, files, JSONL, WARC) into the store. */
export { ingest, type IngestSummary } from './ingest.js';
export { Fetcher, type FetchRequest, type FetchResponse } from './fetch/fetcher.js';
export { USER_AGENT, type FetchOptions } from './fetch/options.js';
export { canonicalUrl } from './canonical-url.js';
export type { IngestEvent, IngestOptions, PagePolicy } from './options.js';
