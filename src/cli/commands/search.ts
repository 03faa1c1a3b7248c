/** `wiretrace search "words" [--since --until --source --lang]`: full-text search of the archive. */
import type { Command } from 'commander';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { parseIsoDate, parsePositiveInt } from '../options.js';
import { openOutput } from '../output.js';

interface SearchFlags extends DbFlags {
  since?: string;
  until?: string;
  source?: string;
  lang?: string;
  limit: number;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  const command = program
    .command('search')
    .description('find stored articles by the words of their title and body (all words must occur; "a phrase"; prefix*)')
    .argument('<query...>', 'words to find')
    .option('--since <YYYY-MM-DD>', 'published on or after', parseIsoDate('--since'))
    .option('--until <YYYY-MM-DD>', 'published on or before', parseIsoDate('--until'))
    .option('--source <host>', 'only this outlet (its host, e.g. reuters.com)')
    .option('--lang <code>', 'only this language (en, fr, …)')
    .option('--limit <n>', 'most results shown', parsePositiveInt('--limit'), 20)
    .option('--json', 'one JSON result per line');
  addDbOption(command).action((words: string[], flags: SearchFlags) => {
    const store = openArchive(flags, 'read');
    try {
      const hits = store.search({
        text: words.join(' '),
        limit: flags.limit,
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.until ? { until: flags.until } : {}),
        ...(flags.source ? { source: flags.source } : {}),
        ...(flags.lang ? { lang: flags.lang } : {}),
      });
      const output = openOutput({});
      for (const hit of hits) {
        if (flags.json) output.record(hit);
        else output.write(`${hit.id}\t${hit.published ?? '—'}\t${hit.source ?? '—'}\t${hit.title ?? '(no title)'}\n\t${hit.snippet.replace(/\s+/g, ' ')}\n\t${hit.url ?? hit.canonicalUrl}\n`);
      }
      if (!flags.json) process.stderr.write(`wiretrace: ${hits.length} result${hits.length === 1 ? '' : 's'}\n`);
      process.exitCode = hits.length > 0 ? 0 : 1;
    } finally {
      store.close();
    }
  });
}
