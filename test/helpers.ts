/** Shared test helpers: run the CLI from source, find ../shared, make temporary folders. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cliEntry = join(repoRoot, 'src/cli/main.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `wiretrace ARGS` from the sources (through tsx), with optional stdin. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliEntry, ...args], {
      cwd: options.cwd ?? repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}

/** `../shared` beside the repository, or null when absent (tests then skip with a message). */
export function sharedDir(): string | null {
  const dir = join(repoRoot, '..', 'shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}

export const SHARED_ABSENT = '../shared (the evaluation data) is not beside the repository';

export function tempDir(prefix = 'wiretrace-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
