/** `wiretrace show <id|url>`: one stored article, its versions and its analysis. */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { formatReport } from '../report.js';

export function registerShow(program: Command): void {
  const command = program
    .command('show')
    .description('show a stored article: its URL, versions and analysis')
    .argument('<article>', 'the article id (from search) or its URL')
    .option('--json', 'the stored article and its analysis record as JSON');
  addDbOption(command).action((key: string, flags: DbFlags & { json?: boolean }) => {
    const store = openArchive(flags, 'read');
    try {
      const article = store.article(key);
      if (article === null) throw new WiretraceError('not-found', `no stored article with id or URL ${key}`, { where: flags.db });
      if (flags.json) {
        process.stdout.write(JSON.stringify(article, null, 2) + '\n');
        return;
      }
      const head = [
        `article ${article.id}  ${article.url ?? article.canonicalUrl}`,
        `source ${article.source ?? '—'}  published ${article.published ?? '—'}  lang ${article.lang ?? '—'}`,
        `version ${article.version} of ${article.versionCount}  first seen ${article.firstSeenAt}  last seen ${article.lastSeenAt}`,
        ...article.versions.map((v) => `  v${v.version}  ${v.fetchedAt}  ${v.contentHash.slice(0, 12)}  ${v.where ?? ''}`),
      ];
      process.stdout.write(head.join('\n') + '\n\n' + formatReport(article.record, { color: Boolean(process.stdout.isTTY) }));
    } finally {
      store.close();
    }
  });
}
