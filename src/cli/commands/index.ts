/**
 * Every CLI command, in the order `wiretrace --help` lists them. A command module exports one
 * `register(program)` function that adds its command, flags and action.
 */
import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerDates } from './dates.js';
import { registerDemo } from './demo.js';
import { registerEntities } from './entities.js';
import { registerEvents } from './events.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerQuotes } from './quotes.js';
import { registerCluster } from './cluster.js';
import { registerTrace } from './trace.js';
import { registerReindex } from './reindex.js';
import { registerSignals } from './signals.js';
import { registerSearch } from './search.js';
import { registerShow } from './show.js';
import { registerWatch } from './watch.js';

export const commands: ReadonlyArray<(program: Command) => void> = [
  registerAnalyze,
  registerExtract,
  registerEntities,
  registerDates,
  registerQuotes,
  registerEvents,
  registerIngest,
  registerWatch,
  registerSearch,
  registerShow,
  registerExport,
  registerCluster,
  registerTrace,
  registerSignals,
  registerReindex,
  registerDemo,
];
