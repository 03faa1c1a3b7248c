/**
 * `wiretrace cluster --jsonl FILE|-`: groups a collection into stories without a store.
 * In: JSONL `{id, title, text, date?, lang?, source?}`. Out: one `{id, cluster, origin, copyOf?,
 * relation?, score?}` per input line, in input order.
 */
import type { Command } from 'commander';
import { clusterCollection, type CollectionDocument } from '../../trace/collection.js';
import { WiretraceError } from '../../errors.js';
import { isProblem, readInputs } from '../inputs.js';
import { openOutput, reportProblem } from '../output.js';
import { DEFAULT_MAX_BYTES } from '../inputs.js';
import { parsePositiveInt } from '../options.js';

interface ClusterFlags {
  jsonl?: boolean;
  out?: string;
  threshold?: number;
  maxBytes?: number;
}

export function registerCluster(program: Command): void {
  program
    .command('cluster')
    .description('group articles into stories: each story, its origin, copies and translations (no store needed)')
    .argument('[inputs...]', 'JSONL files {id, title, text, date?, lang?, source?}, or - for stdin', ['-'])
    .option('--jsonl', 'read JSONL records (the only input this command takes; implied for .jsonl files)')
    .option('--threshold <x>', 'lowest similarity at which an article joins a story (default 0.25)', parseUnit('--threshold'))
    .option('-o, --out <file>', 'write the JSONL output to FILE instead of stdout')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', parsePositiveInt('--max-bytes'), DEFAULT_MAX_BYTES)
    .action(async (inputs: string[], flags: ClusterFlags) => {
      const docs: CollectionDocument[] = [];
      const seen = new Set<string>();
      let failed = 0;
      for await (const item of readInputs(inputs, { jsonl: true, maxBytes: flags.maxBytes ?? DEFAULT_MAX_BYTES })) {
        if (isProblem(item)) {
          failed++;
          reportProblem(item.error);
          continue;
        }
        if (item.text === undefined) {
          failed++;
          reportProblem(new WiretraceError('bad-input', 'expected a "text" field (run wiretrace extract on HTML first)', { where: item.where }));
          continue;
        }
        if (seen.has(item.id)) {
          failed++;
          reportProblem(new WiretraceError('bad-input', `repeated id "${item.id}"; later record skipped`, { where: item.where }));
          continue;
        }
        seen.add(item.id);
        const doc: CollectionDocument = { id: item.id, text: item.text };
        if (item.title !== undefined) doc.title = item.title;
        if (item.date !== undefined) doc.date = item.date;
        if (item.lang !== undefined) doc.lang = item.lang;
        const source = item.extra?.source;
        if (typeof source === 'string') doc.source = source;
        docs.push(doc);
      }
      if (docs.length === 0) {
        if (failed === 0) reportProblem(new WiretraceError('no-articles', 'no input articles'));
        process.exitCode = 1;
        return;
      }
      const output = openOutput(flags);
      const rows = clusterCollection(docs, flags.threshold === undefined ? {} : { stories: { threshold: flags.threshold } });
      for (const row of rows) output.record(row);
      await output.close();
      process.exitCode = failed > 0 ? 1 : 0;
    });
}

function parseUnit(flag: string): (value: string) => number {
  return (value) => {
    const x = Number(value);
    if (!(x > 0 && x < 1)) throw new WiretraceError('bad-option', `${flag} expects a number between 0 and 1, got "${value}"`);
    return x;
  };
}
