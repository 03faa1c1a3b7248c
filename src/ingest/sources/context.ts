/** What the source readers need: the fetcher, the store (for feed state) and the options. */
import type { Store } from '../../store/store.js';
import type { AnalyzePool } from '../analyze-pool.js';
import type { Fetcher } from '../fetch/fetcher.js';
import type { NormalisedIngestOptions } from '../options.js';

export interface SourceContext {
  readonly fetcher: Fetcher;
  readonly store: Store;
  readonly options: NormalisedIngestOptions;
  /** Where articles are analysed (worker threads or inline). */
  readonly analyzer: AnalyzePool;
}
