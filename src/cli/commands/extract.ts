/**
 * `wiretrace extract FILE.html|FILE.html.gz|DIR|-`: the article of each HTML page — body,
 * metadata with the source that won, removed blocks and diagnostics. Bytes are decoded with the
 * page's own charset. A page with no article is still written (with `rejected` set) and reported
 * on stderr, and the exit status is then 1.
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { extractHtml, type HtmlExtraction } from '../../extract/html/index.js';
import { addCommonFlags, type CommonFlags } from '../options.js';
import type { InputRecord } from '../inputs.js';
import { forEachRecord } from '../run-records.js';

interface ExtractFlags extends CommonFlags {
  url?: string;
  candidates?: boolean;
}

/** The output record of one page: the issue's contract, field names stable. */
export interface ExtractRecord {
  id: string;
  url?: string;
  title: string | null;
  author: string | null;
  date: string | null;
  modified?: string;
  sitename: string | null;
  lang: string | null;
  canonical?: string;
  articleBody: string;
  boilerplate: HtmlExtraction['boilerplate'];
  sources: { title: string | null; author: string | null; date: string | null };
  candidates?: HtmlExtraction['metadata'];
  charset?: HtmlExtraction['charset'];
  rejected?: HtmlExtraction['rejected'];
  diagnostics: HtmlExtraction['diagnostics'];
}

export function registerExtract(program: Command): void {
  const command = program
    .command('extract')
    .description('extract the article of HTML pages: body text, title, author, date, and what was removed')
    .argument('[inputs...]', 'HTML files (.html, .html.gz), directories, or - for stdin', ['-'])
    .option('--url <url>', 'the URL of the page(s), for URL date patterns and the `url` field')
    .option('--candidates', 'include every metadata candidate and the reason each one lost');
  addCommonFlags(command)
    .description('extract the article of HTML pages: body text, title, author, date, and what was removed\n(--jsonl writes one record per line; .jsonl inputs are read as {id, html, url?} records)')
    .action(async (inputs: string[], flags: ExtractFlags) => {
      // --jsonl selects the output format here; HTML files must not be read as JSONL.
      const readOptions = { ...flags, jsonl: false };
      process.exitCode = await forEachRecord(inputs, readOptions, (record, output) => {
        const result = extractRecord(record, flags);
        if (flags.jsonl) output.record(result);
        else if (flags.json) output.write(JSON.stringify(result, null, 2) + '\n');
        else output.write(formatExtraction(result));
        if (result.rejected) {
          const reason = result.diagnostics.find((d) => d.rule.startsWith('html/body/not-an-article') || d.severity === 'fatal');
          throw new WiretraceError(result.rejected, reason?.reason ?? 'no article in the page', { where: record.where });
        }
      });
    });
}

/** Extracts one input record; text inputs are treated as HTML too (the caller asked to extract). */
export function extractRecord(record: InputRecord, flags: ExtractFlags = {}): ExtractRecord {
  const input = record.bytes ?? record.html ?? record.text ?? '';
  const url = record.url ?? flags.url;
  const r = extractHtml(input, {
    ...(url === undefined ? {} : { url }),
    ...(flags.maxBytes === undefined ? {} : { maxBytes: flags.maxBytes }),
  });
  const out: ExtractRecord = {
    id: record.id,
    ...(r.url === null ? {} : { url: r.url }),
    title: r.title,
    author: r.author,
    date: r.date,
    ...(r.modified === null ? {} : { modified: r.modified }),
    sitename: r.sitename,
    lang: r.lang,
    ...(r.canonical === null ? {} : { canonical: r.canonical }),
    articleBody: r.articleBody,
    boilerplate: r.boilerplate,
    sources: { title: r.metadata.title.source, author: r.metadata.author.source, date: r.metadata.date.source },
    diagnostics: r.diagnostics,
  };
  if (flags.candidates) out.candidates = r.metadata;
  if (r.charset !== null) out.charset = r.charset;
  if (r.rejected !== null) out.rejected = r.rejected;
  return out;
}

/** A short readable view: the metadata with its sources, then the body. */
export function formatExtraction(r: ExtractRecord): string {
  const line = (label: string, value: string | null | undefined, source?: string | null): string =>
    value ? `${label.padEnd(9)}${value}${source ? `  (${source})` : ''}\n` : '';
  let s = `== ${r.id}\n`;
  s += line('title', r.title, r.sources.title);
  s += line('author', r.author, r.sources.author);
  s += line('date', r.date, r.sources.date);
  s += line('modified', r.modified);
  s += line('site', r.sitename);
  s += line('lang', r.lang);
  s += line('url', r.url);
  if (r.rejected) s += line('rejected', r.rejected);
  s += `removed  ${r.boilerplate.length} blocks\n\n${r.articleBody}\n\n`;
  return s;
}
