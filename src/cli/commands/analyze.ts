/** `wiretrace analyze FILE|DIR|-`: everything known about each article. */
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { ArticleInput } from '../../types.js';
import { decodeHtml } from '../../extract/html/charset.js';
import { addCommonFlags, addDateFlags, type CommonFlags, type DateFlags } from '../options.js';
import { forEachRecord } from '../run-records.js';
import { formatReport } from '../report.js';
import type { InputRecord } from '../inputs.js';

type AnalyzeFlags = CommonFlags & DateFlags;

export function registerAnalyze(program: Command): void {
  const command = program
    .command('analyze')
    .description('analyse articles: body and boilerplate, byline, and every later stage')
    .argument('[inputs...]', 'files, directories, or - for stdin', ['-']);
  addCommonFlags(addDateFlags(command)).action(async (inputs: string[], flags: AnalyzeFlags) => {
    process.exitCode = await forEachRecord(inputs, flags, (record, output) => {
      const result = analyze(toArticle(record, flags), flags.today ? { today: flags.today } : {});
      if (flags.jsonl) output.record(result);
      else if (flags.json) output.write(JSON.stringify(result, null, 2) + '\n');
      else output.write(formatReport(result, { color: Boolean(process.stdout.isTTY) && !flags.out }));
    });
  });
}

export function toArticle(record: InputRecord, flags: { date?: string }): ArticleInput {
  const article: ArticleInput = { id: record.id };
  if (record.text !== undefined) article.text = record.text;
  // Raw bytes are decoded with the page's own charset (BOM, <meta charset>, UTF-8 validity).
  if (record.bytes !== undefined) article.html = decodeHtml(record.bytes).html;
  else if (record.html !== undefined) article.html = record.html;
  for (const key of ['url', 'lang', 'title'] as const) if (record[key] !== undefined) article[key] = record[key];
  const date = record.date ?? flags.date;
  if (date !== undefined) article.date = date;
  return article;
}
