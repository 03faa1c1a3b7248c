/** Flags shared by the per-article commands, declared once. */
import { Option, type Command } from 'commander';
import { WiretraceError } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './inputs.js';

export interface CommonFlags {
  json?: boolean;
  jsonl?: boolean;
  out?: string;
  maxBytes?: number;
}

export function addCommonFlags(command: Command): Command {
  return command
    .option('--json', 'print the full record of each input as JSON')
    .option('--jsonl', 'read JSONL records {id, text|html, date?, lang?, url?} and write one JSON record per line')
    .option('-o, --out <file>', 'write machine output to FILE instead of stdout')
    .addOption(
      new Option('--max-bytes <n>', 'largest input accepted, in bytes')
        .default(DEFAULT_MAX_BYTES, '20 MiB')
        .argParser(parsePositiveInt('--max-bytes')),
    );
}

export function parsePositiveInt(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new WiretraceError('bad-option', `${flag} expects a positive integer, got "${value}"`);
    return n;
  };
}

/** YYYY-MM-DD, or throws a `bad-option` error naming the flag. */
export function parseIsoDate(flag: string): (value: string) => string {
  return (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new WiretraceError('bad-option', `${flag} expects a date as YYYY-MM-DD, got "${value}"`);
    }
    return value;
  };
}

/** `--date` and `--today`, for commands that resolve relative dates. */
export interface DateFlags {
  date?: string;
  today?: string;
}

export function addDateFlags(command: Command): Command {
  return command
    .option('--date <YYYY-MM-DD>', 'publication date of the article(s), the reference for relative dates', parseIsoDate('--date'))
    .option('--today <YYYY-MM-DD>', 'the processing date (defaults to today); fixes results for reproducible runs', parseIsoDate('--today'));
}
