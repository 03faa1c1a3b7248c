/**
 * `wiretrace export --format jsonl|csv|gdelt-events|gdelt-mentions`: the archive as data. Streams
 * the current version of each article (filters `--since --until --source --lang`).
 */
import { Option, type Command } from 'commander';
import { csvHeader, csvRow } from '../../export/csv.js';
import { gdeltEvents, gdeltMentions } from '../../export/gdelt.js';
import type { ArticleFilter } from '../../store/store.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { parseIsoDate } from '../options.js';
import { openOutput } from '../output.js';

interface ExportFlags extends DbFlags, ArticleFilter {
  format: 'jsonl' | 'csv' | 'gdelt-events' | 'gdelt-mentions';
  out?: string;
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('write the archive as JSONL records, CSV, or GDELT 2.0 event / mention rows (tab-separated)')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'gdelt-events', 'gdelt-mentions']).default('jsonl'))
    .option('--since <YYYY-MM-DD>', 'published on or after', parseIsoDate('--since'))
    .option('--until <YYYY-MM-DD>', 'published on or before', parseIsoDate('--until'))
    .option('--source <host>', 'only this outlet')
    .option('--lang <code>', 'only this language')
    .option('-o, --out <file>', 'write to FILE instead of stdout');
  addDbOption(command).action(async (flags: ExportFlags) => {
    const store = openArchive(flags, 'read');
    const output = openOutput(flags.out ? { out: flags.out } : {});
    try {
      const filter: ArticleFilter = {};
      for (const key of ['since', 'until', 'source', 'lang'] as const) if (flags[key] !== undefined) filter[key] = flags[key];
      const articles = store.articles(filter);
      const line = (text: string) => output.write(text + '\n');
      let rows = 0;
      if (flags.format === 'jsonl') {
        for (const a of articles) {
          output.record({ id: a.id, url: a.url, canonicalUrl: a.canonicalUrl, source: a.source, version: a.version, fetchedAt: a.fetchedAt, record: a.record });
          rows++;
        }
      } else if (flags.format === 'csv') {
        line(csvHeader());
        for (const a of articles) {
          line(csvRow(a));
          rows++;
        }
      } else if (flags.format === 'gdelt-events') rows = gdeltEvents(articles, line);
      else rows = gdeltMentions(articles, line);
      process.stderr.write(`wiretrace: exported ${rows} ${flags.format === 'gdelt-events' ? 'events' : flags.format === 'gdelt-mentions' ? 'mentions' : 'articles'}\n`);
    } finally {
      await output.close();
      store.close();
    }
  });
}
