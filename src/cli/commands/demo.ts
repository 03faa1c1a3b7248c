/**
 * `wiretrace demo`: analyses the bundled example (an aggregator's copy of a relayed story, written
 * by the project) so that `npm start` shows what wiretrace does on a fresh machine.
 */
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyze.js';
import { formatReport } from '../report.js';

const EXAMPLE = new URL('../../../examples/aggregator-copy.txt', import.meta.url);

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled example article and print the report')
    .option('--json', 'print the analysis record as JSON')
    .action(async (flags: { json?: boolean }) => {
      const text = await readFile(fileURLToPath(EXAMPLE), 'utf8');
      const record = analyze({ id: 'example/aggregator-copy', text });
      process.stdout.write(flags.json ? JSON.stringify(record, null, 2) + '\n' : formatReport(record, { color: Boolean(process.stdout.isTTY) }));
    });
}
