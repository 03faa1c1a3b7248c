/**
 * The one error type wiretrace throws for rejected input or misuse. `code` is stable and
 * machine-readable (`empty`, `binary`, `too-large`, `not-found`, `not-an-article`, …); the message
 * says what was expected, in one line, fit for a terminal.
 */
export type ErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'not-found'
  | 'not-a-file'
  | 'no-articles'
  | 'not-an-article'
  | 'bad-json'
  | 'bad-input'
  | 'bad-option'
  | 'bad-charset'
  | 'timeout'
  | 'fetch-failed'
  | 'truncated'
  | 'disallowed'
  | 'unsupported';

export class WiretraceError extends Error {
  readonly code: ErrorCode;
  /** Where the problem is: a path, a URL, `stdin:12` for a line of standard input. */
  readonly where?: string;

  constructor(code: ErrorCode, message: string, options: { where?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WiretraceError';
    this.code = code;
    if (options.where !== undefined) this.where = options.where;
  }
}

export function isWiretraceError(error: unknown): error is WiretraceError {
  return error instanceof WiretraceError;
}
