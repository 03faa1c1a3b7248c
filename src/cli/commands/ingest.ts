/**
 * `wiretrace ingest <source…>`: feeds (RSS, Atom, RDF, JSON Feed; URL or file), OPML lists,
 * sitemaps, page URLs, directories of HTML or text, JSONL records, WARC files — each article
 * extracted, analysed and stored. Running it again adds nothing that did not change.
 */
import type { Command } from 'commander';
import { Fetcher } from '../../ingest/fetch/fetcher.js';
import { ingest } from '../../ingest/ingest.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { addFetchFlags, fetchOptions, ingestOptions, type FetchFlags } from '../fetch-flags.js';
import { createProgress } from '../progress.js';

interface IngestFlags extends DbFlags, FetchFlags {
  json?: boolean;
}

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description('fetch, extract, analyse and store articles from feeds, sitemaps, OPML, pages, files, JSONL and WARC')
    .argument('<sources...>', 'URLs (feed, sitemap, OPML, page) or paths (file, directory, .jsonl, .warc[.gz], .opml)')
    .option('--json', 'progress events and the summary as JSON lines on stderr');
  addFetchFlags(addDbOption(command)).action(async (sources: string[], flags: IngestFlags) => {
    const store = openArchive(flags, 'write');
    try {
      const progress = createProgress({ json: flags.json ?? false });
      const summary = await ingest(sources, { store, fetcher: new Fetcher(fetchOptions(flags)) }, {
        ...ingestOptions(flags),
        onEvent: (event) => progress.event(event),
      });
      progress.done(summary);
      process.exitCode = summary.failed > 0 ? 1 : 0;
    } finally {
      store.close();
    }
  });
}
