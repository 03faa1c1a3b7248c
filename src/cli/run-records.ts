/**
 * The loop every per-article command shares: read inputs, run a function on each record, write
 * the result, report problems, and return the exit code (0 when every input succeeded, 1 when any
 * input was rejected).
 */
import { isWiretraceError, WiretraceError } from '../errors.js';
import { isProblem, readInputs, type InputRecord, type ReadOptions } from './inputs.js';
import { openOutput, reportProblem, type Output } from './output.js';

export interface RecordLoopOptions extends ReadOptions {
  out?: string;
}

export async function forEachRecord(
  paths: readonly string[],
  options: RecordLoopOptions,
  handle: (record: InputRecord, output: Output) => void | Promise<void>,
): Promise<number> {
  const output = openOutput(options);
  let failed = 0;
  let done = 0;
  for await (const item of readInputs(paths, options)) {
    if (isProblem(item)) {
      failed++;
      reportProblem(item.error);
      continue;
    }
    try {
      await handle(item, output);
      done++;
    } catch (error) {
      failed++;
      reportProblem(asWiretraceError(error, item.where));
    }
  }
  await output.close();
  if (done === 0 && failed === 0) {
    reportProblem(new WiretraceError('no-articles', 'no input articles'));
    return 1;
  }
  return failed > 0 ? 1 : 0;
}

/** Wraps an unexpected error so that the user sees one line, not a stack trace. */
export function asWiretraceError(error: unknown, where?: string): WiretraceError {
  if (isWiretraceError(error)) {
    if (error.where === undefined && where !== undefined) {
      return new WiretraceError(error.code, error.message, { where, cause: error });
    }
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WiretraceError('bad-input', message, { ...(where === undefined ? {} : { where }), cause: error });
}
