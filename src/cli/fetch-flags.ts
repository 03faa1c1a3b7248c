/** The flags of commands that fetch (`ingest`, `watch`): politeness, limits and page policy. */
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { WiretraceError } from '../errors.js';
import { FETCH_DEFAULTS, type FetchOptions } from '../ingest/fetch/options.js';
import { INGEST_DEFAULTS, type IngestOptions, type PagePolicy } from '../ingest/options.js';
import { parsePositiveInt } from './options.js';

export interface FetchFlags {
  pages: PagePolicy;
  concurrency: number;
  maxItems: number;
  maxBytes: number;
  refresh?: boolean;
  timeout: number;
  retries: number;
  hostDelay: number;
  hostConcurrency: number;
  robots: boolean;
  userAgent: string;
  today?: string;
  workers: number;
  /** False with `--no-index`. */
  index?: boolean;
}

export function addFetchFlags(command: Command): Command {
  return command
    .addOption(new Option('--pages <when>', 'fetch the page a feed item links to').choices(['auto', 'always', 'never']).default(INGEST_DEFAULTS.pages, 'auto: when the item has no full content'))
    .option('--concurrency <n>', 'articles in flight at once', parsePositiveInt('--concurrency'), INGEST_DEFAULTS.concurrency)
    .option('--max-items <n>', 'items taken from one feed', parsePositiveInt('--max-items'), INGEST_DEFAULTS.maxItems)
    .option('--max-bytes <n>', 'largest page, file or WARC record, in bytes', parsePositiveInt('--max-bytes'), INGEST_DEFAULTS.maxBytes)
    .option('--refresh', 'fetch the pages of stored articles again to catch changes')
    .option('--timeout <ms>', 'whole-request time limit', parsePositiveInt('--timeout'), FETCH_DEFAULTS.timeoutMs)
    .option('--retries <n>', 'retries after network errors, 5xx and 429', parseCount('--retries'), FETCH_DEFAULTS.retries)
    .option('--host-delay <ms>', 'least time between two requests to one host (robots.txt Crawl-delay can raise it)', parseCount('--host-delay'), FETCH_DEFAULTS.hostIntervalMs)
    .option('--host-concurrency <n>', 'requests in flight to one host', parsePositiveInt('--host-concurrency'), FETCH_DEFAULTS.hostConcurrency)
    .option('--no-robots', 'do not read robots.txt (only for your own servers)')
    .option('--user-agent <ua>', 'the User-Agent header', FETCH_DEFAULTS.userAgent)
    .option('--workers <n>', 'threads that analyse articles (0: on the main thread)', parseCount('--workers'), availableParallelism())
    .option('--today <YYYY-MM-DD>', 'the processing date, for reproducible analyses')
    .option('--no-index', 'store articles without updating the trace index (faster bulk loads; run `wiretrace reindex` afterwards)');
}

export function fetchOptions(flags: FetchFlags): FetchOptions {
  return {
    timeoutMs: flags.timeout,
    retries: flags.retries,
    hostIntervalMs: flags.hostDelay,
    hostConcurrency: flags.hostConcurrency,
    robots: flags.robots,
    userAgent: flags.userAgent,
    maxBytes: flags.maxBytes,
  };
}

export function ingestOptions(flags: FetchFlags): IngestOptions {
  return {
    pages: flags.pages,
    concurrency: flags.concurrency,
    maxItems: flags.maxItems,
    maxBytes: flags.maxBytes,
    refresh: flags.refresh ?? false,
    workers: flags.workers,
    index: flags.index ?? true,
    ...(flags.today ? { today: flags.today } : {}),
  };
}

function parseCount(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new WiretraceError('bad-option', `${flag} expects a whole number ≥ 0, got "${value}"`);
    return n;
  };
}
