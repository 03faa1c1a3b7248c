/**
 * Reads the project's lexicon files from `data/lexicon/` (beside `src/` and `dist/`, so the same
 * path works from source and from the build). Each lexicon is read once per process and frozen:
 * the data never changes at run time, so the cache cannot make results depend on earlier inputs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WiretraceError } from '../errors.js';

const cache = new Map<string, unknown>();

/** The parsed JSON of `data/lexicon/<name>`; throws `not-found` when the file is missing. */
export function loadLexicon<T>(name: string): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const path = fileURLToPath(new URL(`../../data/lexicon/${name}`, import.meta.url));
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new WiretraceError('not-found', `lexicon data/lexicon/${name} is missing; reinstall wiretrace`, { cause: error });
  }
  const value = JSON.parse(raw) as T;
  cache.set(name, value);
  return value;
}

/** The names of the JSON files in `data/lexicon/<dir>/`, sorted, so a lexicon can grow by files. */
export function lexiconFiles(dir: string): string[] {
  const path = fileURLToPath(new URL(`../../data/lexicon/${dir}/`, import.meta.url));
  try {
    return readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => `${dir}/${f}`);
  } catch (error) {
    throw new WiretraceError('not-found', `lexicon folder data/lexicon/${dir} is missing; reinstall wiretrace`, { cause: error });
  }
}
