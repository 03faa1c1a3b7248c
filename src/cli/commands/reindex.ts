/**
 * `wiretrace reindex [--all]`: builds the trace index (fingerprints, stories, provenance edges)
 * of the stored articles that lack one — an archive made before the index existed, or one whose
 * ingest was interrupted. `--all` empties the index and rebuilds it in publication order, the
 * stories by the batch clusterer (as `wiretrace cluster`), which online placement cannot match.
 * `ingest` does the first part by itself before it adds articles.
 */
import type { Command } from 'commander';
import { reindex } from '../../trace/indexer.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { info } from '../output.js';

interface ReindexFlags extends DbFlags {
  all?: boolean;
  json?: boolean;
}

export function registerReindex(program: Command): void {
  const command = program
    .command('reindex')
    .description('build the trace index (fingerprints, stories, provenance edges) of stored articles that lack one')
    .option('--all', 'empty the trace index and rebuild it for every article, stories by the batch clusterer')
    .option('--json', 'print the counts as JSON');
  addDbOption(command).action((flags: ReindexFlags) => {
    const store = openArchive(flags, 'write');
    try {
      const started = performance.now();
      const tty = Boolean(process.stderr.isTTY) && !flags.json;
      const indexed = reindex(store, {
        all: flags.all ?? false,
        onProgress: (done, total) => {
          if (tty && (done % 50 === 0 || done === total)) process.stderr.write(`\r\x1b[2Kwiretrace: indexed ${done} of ${total}`);
        },
      });
      if (tty && indexed > 0) process.stderr.write('\n');
      const counts = store.trace.counts();
      const seconds = (performance.now() - started) / 1000;
      if (flags.json) process.stdout.write(JSON.stringify({ indexed, ...counts, seconds: Number(seconds.toFixed(3)) }) + '\n');
      else info(`indexed ${indexed} article(s) in ${seconds.toFixed(1)} s; the index holds ${counts.fingerprints} fingerprints, ${counts.stories} stories, ${counts.edges} provenance edges`);
    } finally {
      store.close();
    }
  });
}
