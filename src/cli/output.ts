/**
 * Output for CLI commands: machine output (JSON, JSONL) to stdout or `--out FILE`, never mixed
 * with logs; problems and progress to stderr, one line each.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { WiretraceError } from '../errors.js';

export interface OutputOptions {
  out?: string;
}

export interface Output {
  /** Writes a string as is. */
  write(text: string): void;
  /** Writes one JSON record on one line. */
  record(value: unknown): void;
  close(): Promise<void>;
}

export function openOutput(options: OutputOptions): Output {
  const stream: NodeJS.WritableStream | WriteStream = options.out ? createWriteStream(options.out) : process.stdout;
  return {
    write(text) {
      stream.write(text);
    },
    record(value) {
      stream.write(JSON.stringify(value) + '\n');
    },
    close() {
      if (!options.out) return Promise.resolve();
      return new Promise((resolve, reject) => {
        (stream as WriteStream).end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
    },
  };
}

/** One line on stderr for one problem: `wiretrace: <where>: <code>: <message>`. */
export function reportProblem(error: WiretraceError): void {
  const where = error.where && !error.message.includes(error.where) ? `${error.where}: ` : '';
  process.stderr.write(`wiretrace: ${where}${error.code}: ${error.message}\n`);
}

/** A progress or information line on stderr. */
export function info(message: string): void {
  process.stderr.write(`wiretrace: ${message}\n`);
}
