/**
 * `wiretrace quotes FILE|DIR|-`: who said what. With `--jsonl`, reads `{id, text}` records and
 * writes `{id, quotes: [{quote, speaker, speakerId, cue, kind, rule}]}`, offsets into `text`.
 */
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Analysis, Quote } from '../../types.js';
import { addCommonFlags, type CommonFlags } from '../options.js';
import { forEachRecord } from '../run-records.js';
import { toArticle } from './analyze.js';

interface QuotesFlags extends CommonFlags {
  joinContinuations?: boolean;
}

export function registerQuotes(program: Command): void {
  const command = program
    .command('quotes')
    .description('extract quotes with their speakers, cues and kinds (direct, indirect, mixed)')
    .argument('[inputs...]', 'files, directories, or - for stdin', ['-'])
    .option(
      '--join-continuations',
      'one quote per attribution relation, as PolNeAR annotates: “A,” she said. “B.” is one quote with `parts`; the clause around a partial quotation is its content (mixed)',
    );
  addCommonFlags(command).action(async (inputs: string[], flags: QuotesFlags) => {
    const options = flags.joinContinuations ? { quotes: { joinContinuations: true } } : {};
    process.exitCode = await forEachRecord(inputs, flags, (record, output) => {
      const result = analyze(toArticle(record, {}), options);
      if (flags.jsonl) output.record({ id: result.id, quotes: result.quotes });
      else if (flags.json) output.write(JSON.stringify({ id: result.id, quotes: result.quotes }, null, 2) + '\n');
      else output.write(formatQuotes(result));
    });
  });
}

/** One line per quote: the words, then who said them and the cue. */
export function formatQuotes(record: Analysis): string {
  const slice = (s: { start: number; end: number } | null) => (s === null ? null : record.text.slice(s.start, s.end).replace(/\s+/g, ' '));
  const lines = [`● ${record.id}: ${record.quotes.length} quote(s)`];
  for (const q of record.quotes as Quote[]) {
    const words = slice(q.quote) ?? '';
    const cut = words.length > 100 ? words.slice(0, 99) + '…' : words;
    const who = slice(q.speaker) ?? '(speaker unknown)';
    lines.push(`  ${q.kind.padEnd(8)} ${cut}`, `           — ${who}${q.speakerId ? ` [${q.speakerId}]` : ''}${q.cue ? ` (${slice(q.cue)})` : ''}  [${q.rule}]`);
  }
  return lines.join('\n') + '\n\n';
}
