/**
 * `wiretrace entities FILE|DIR|-`: who and what the article names. With `--jsonl`, reads
 * `{id, text}` records and writes `{id, entities: [{id, type, name, country, role, kind,
 * mentions: [{start, end, text, rule, form}]}]}`, offsets into `text`.
 */
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../types.js';
import { segmentTextStage } from '../../extract/text/stage.js';
import { sentencesStage } from '../../nlp/sentences.js';
import { datesStage } from '../../nlp/dates/stage.js';
import { entitiesStage } from '../../nlp/entities/stage.js';
import { addCommonFlags, parseIsoDate, type CommonFlags } from '../options.js';
import { forEachRecord } from '../run-records.js';
import { toArticle } from './analyze.js';

/** The stages entities need: nothing after them runs. */
const STAGES = [segmentTextStage, sentencesStage, datesStage, entitiesStage];

export function registerEntities(program: Command): void {
  const command = program
    .command('entities')
    .description('find people, organisations, countries and places, with canonical ids, roles and coreference')
    .argument('[inputs...]', 'files, directories, or - for stdin', ['-'])
    .option('--date <YYYY-MM-DD>', 'publication date of the article(s)', parseIsoDate('--date'));
  addCommonFlags(command).action(async (inputs: string[], flags: CommonFlags & { date?: string }) => {
    process.exitCode = await forEachRecord(inputs, flags, (record, output) => {
      const result = analyze(toArticle(record, flags), { stages: STAGES });
      const out = { id: result.id, entities: result.entities };
      if (flags.jsonl) output.record(out);
      else if (flags.json) output.write(JSON.stringify(out, null, 2) + '\n');
      else output.write(formatEntities(result));
    });
  });
}

/** One line per entity: id, type, country/role/kind, then its mentions. */
export function formatEntities(record: Analysis): string {
  const lines = [`● ${record.id}: ${record.entities.length} entit${record.entities.length === 1 ? 'y' : 'ies'}`];
  for (const e of record.entities) {
    const facets = [e.country, e.role, e.kind].filter(Boolean).join(' ');
    const mentions = e.mentions.map((m) => m.text.replace(/\s+/g, ' ')).join(' · ');
    lines.push(`  ${e.id.padEnd(24)} ${e.type.padEnd(12)} ${facets.padEnd(18)} ${mentions.length > 90 ? mentions.slice(0, 89) + '…' : mentions}`);
  }
  return lines.join('\n') + '\n\n';
}
