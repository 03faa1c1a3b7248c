/**
 * `wiretrace events FILE|DIR|-`: political events (actor → action → target) of each article or
 * sentence. With `--jsonl`: in `{id, text, date?}`, out `{id, events:[…]}` (plus `"rejected": true`
 * when a discard phrase of the dictionaries rejects the story).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { analyze } from '../../analyze.js';
import type { EventsOptions } from '../../events/stage.js';
import { eventStages } from '../../events/pipeline.js';
import { loadIrregular } from '../../events/default-lexicon.js';
import { readPetrarchDictionaries } from '../../events/petrarch.js';
import { addCommonFlags, parseIsoDate, type CommonFlags } from '../options.js';
import { forEachRecord } from '../run-records.js';
import { toArticle } from './analyze.js';

interface EventsFlags extends CommonFlags {
  date?: string;
  today?: string;
  ontology: 'cameo' | 'plover';
  dictionaries?: string;
}

export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('code political events (CAMEO or PLOVER) with source, target, Goldstein score and evidence')
    .argument('[inputs...]', 'files, directories, or - for stdin', ['-'])
    .addOption(new Option('--ontology <name>', 'put CAMEO codes or PLOVER types in `code`').choices(['cameo', 'plover']).default('cameo'))
    .option('--dictionaries <dir>', 'code with PETRARCH-format actor/agent/verb dictionaries from DIR (or DIR/PREFIX) instead of ours')
    .option('--date <YYYY-MM-DD>', 'story date, for date-dependent actor roles and the event date', parseIsoDate('--date'))
    .option('--today <YYYY-MM-DD>', 'the processing date (defaults to today)', parseIsoDate('--today'));
  addCommonFlags(command).action(async (inputs: string[], flags: EventsFlags) => {
    const options: EventsOptions = { ontology: flags.ontology };
    // Read the dictionaries once, before the first record, so a bad folder fails fast.
    if (flags.dictionaries) options.lexicon = readPetrarchDictionaries(flags.dictionaries, loadIrregular());
    const stages = eventStages(options);
    process.exitCode = await forEachRecord(inputs, flags, (record, output) => {
      const result = analyze(toArticle(record, flags), { stages, ...(flags.today ? { today: flags.today } : {}) });
      // A story discard rejects the input; so does a discarded sentence that left no event at all.
      const rejected = result.diagnostics.some((d) => d.rule === 'events/discard/story' || (d.rule === 'events/discard/sentence' && result.events.length === 0));
      const line = { id: result.id, events: result.events, ...(rejected ? { rejected: true } : {}) };
      if (flags.jsonl) output.record(line);
      else output.write(JSON.stringify(line, null, flags.json ? 2 : undefined) + '\n');
    });
  });
}
