/**
 * The `wiretrace` command line: `wiretrace <command> [inputs…] [--json|--jsonl] [--out FILE]`.
 * Commands live one per file in `commands/`; this file only wires them and turns errors into one
 * line on stderr and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { asWiretraceError } from './run-records.js';
import { reportProblem } from './output.js';

export function buildProgram(): Command {
  const program = new Command('wiretrace')
    .description('Trace news to its source and turn it into data.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv as string[]);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return error.exitCode;
    }
    const problem = asWiretraceError(error);
    reportProblem(problem);
    if (process.env.WIRETRACE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /(?:^|[\\/])cli[\\/]main\.[jt]s$/.test(process.argv[1]);
if (isEntry) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`wiretrace: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
