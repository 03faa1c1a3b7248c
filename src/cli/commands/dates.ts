/**
 * `wiretrace dates FILE|DIR|-`: when things happened. With `--jsonl`, reads `{id, text, date?}`
 * records and writes `{id, published, dates: [{start, end, text, value, certainty, rule, type}]}`.
 * Relative dates resolve against the record's `date`, else `--date`, else a date the text
 * gives, else `--today`.
 */
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../types.js';
import { segmentTextStage } from '../../extract/text/stage.js';
import { sentencesStage } from '../../nlp/sentences.js';
import { datesStage } from '../../nlp/dates/stage.js';
import { addCommonFlags, addDateFlags, type CommonFlags, type DateFlags } from '../options.js';
import { forEachRecord } from '../run-records.js';
import { toArticle } from './analyze.js';

const STAGES = [segmentTextStage, sentencesStage, datesStage];

export function registerDates(program: Command): void {
  const command = program
    .command('dates')
    .description('find dates, times and durations with values and certainty; infer the publication date')
    .argument('[inputs...]', 'files, directories, or - for stdin', ['-']);
  addCommonFlags(addDateFlags(command)).action(async (inputs: string[], flags: CommonFlags & DateFlags) => {
    process.exitCode = await forEachRecord(inputs, flags, (record, output) => {
      const result = analyze(toArticle(record, flags), { stages: STAGES, ...(flags.today ? { today: flags.today } : {}) });
      const out = { id: result.id, published: result.published, dates: result.dates };
      if (flags.jsonl) output.record(out);
      else if (flags.json) output.write(JSON.stringify(out, null, 2) + '\n');
      else output.write(formatDates(result));
    });
  });
}

export function formatDates(record: Analysis): string {
  const p = record.published;
  const lines = [`● ${record.id}: published ${p ? `${p.value} (${p.certainty}, ${p.source})` : 'unknown'}; ${record.dates.length} date(s)`];
  for (const d of record.dates) lines.push(`  ${d.value.padEnd(18)} “${d.text.replace(/\s+/g, ' ')}” (${d.certainty}) [${d.rule}]`);
  return lines.join('\n') + '\n\n';
}
