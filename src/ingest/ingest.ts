/**
 * The ingest loop: expand the sources into candidates, and run each through `processCandidate`,
 * several at once so that fetches overlap. Problems are reported through `onEvent` and counted;
 * they never stop the other items. Returns the counts.
 */
import { isWiretraceError, WiretraceError } from '../errors.js';
import type { Store } from '../store/store.js';
import { AnalyzePool } from './analyze-pool.js';
import type { SourceItem } from './candidate.js';
import type { Fetcher } from './fetch/fetcher.js';
import { normaliseIngestOptions, type IngestEvent, type IngestOptions } from './options.js';
import { processCandidate } from './process.js';
import type { SourceContext } from './sources/context.js';
import { expandSources } from './sources/expand.js';
import { reindex } from '../trace/indexer.js';

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  feeds: number;
  notModified: number;
  /** Stored articles that had no trace index yet (an archive from before it) and were indexed first. */
  backfilled: number;
  ms: number;
}

export async function ingest(
  sources: readonly string[],
  services: { store: Store; fetcher: Fetcher },
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const normalised = normaliseIngestOptions(options);
  const analyzer = new AnalyzePool(normalised.workers, normalised.today ? { today: normalised.today } : {});
  const ctx: SourceContext = { ...services, options: normalised, analyzer };
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, feeds: 0, notModified: 0, backfilled: 0, ms: 0 };
  // An archive from before the trace index: index what it holds first, so that new articles
  // find their sources among the old ones (a no-op, one query, once everything is indexed).
  // With the index off, the backlog waits for `wiretrace reindex` too.
  summary.backfilled = normalised.index ? reindex(services.store) : 0;
  const emit = (event: IngestEvent) => {
    if (event.type === 'article') summary[event.status]++;
    else if (event.type === 'problem') summary.failed++;
    else if (event.notModified) summary.notModified++;
    else summary.feeds++;
    normalised.onEvent?.(event);
  };
  const items = expandSources(sources, ctx);
  const next = async (): Promise<SourceItem | null> => {
    try {
      const result = await items.next();
      return result.done ? null : result.value;
    } catch (error) {
      // A source reader failed in a way it did not foresee: report it, end that stream.
      emit({ type: 'problem', error: asError(error, 'ingest') });
      return null;
    }
  };
  const worker = async () => {
    for (let item = await next(); item !== null; item = await next()) {
      if (item.kind === 'problem') emit({ type: 'problem', error: item.error });
      else if (item.kind === 'note') emit(item.event);
      else {
        let ok = false;
        try {
          const done = await processCandidate(item, ctx);
          ok = true;
          emit({ type: 'article', status: done.status, where: item.where, articleId: done.articleId, ...(item.url ? { url: item.url } : {}) });
        } catch (error) {
          const failure = asError(error, item.where);
          // Only a failure that may pass (network, timeout) makes the feed be read in full again.
          ok = failure.code !== 'fetch-failed' && failure.code !== 'timeout';
          emit({ type: 'problem', error: failure });
        } finally {
          item.settle?.(ok);
        }
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: normalised.concurrency }, worker));
  } finally {
    await analyzer.close();
  }
  summary.ms = performance.now() - started;
  return summary;
}

function asError(error: unknown, where: string): WiretraceError {
  if (isWiretraceError(error)) return error.where === undefined ? new WiretraceError(error.code, error.message, { where, cause: error }) : error;
  return new WiretraceError('bad-input', error instanceof Error ? error.message : String(error), { where, cause: error });
}
