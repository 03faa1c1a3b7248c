/** Helpers every benchmark uses: where ../shared is, reading JSONL, timing. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The evaluation data folder beside the repository (`../shared`), or null when absent. */
export function sharedDir(): string | null {
  const dir = fileURLToPath(new URL('../../shared/', import.meta.url));
  return existsSync(join(dir, 'data')) ? dir : null;
}

/** Exits with a clear message when ../shared is absent. */
export function requireShared(what: string): string {
  const dir = sharedDir();
  if (dir === null) {
    process.stderr.write(`bench: ${what} needs ../shared/data beside the repository; it is absent, skipping\n`);
    process.exit(0);
  }
  return dir;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Runs `fn` for at least `minMs` (and at least once), returns runs per second. */
export function timeIt(fn: () => void, minMs = 2000): { runs: number; ms: number; perSecond: number } {
  fn(); // warm-up: JIT, lexicon loading
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { runs, ms: elapsed, perSecond: (runs * 1000) / elapsed };
}
