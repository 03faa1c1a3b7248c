/** Given names with their usual gender (`data/lexicon/given-names.json`). */
import { loadLexicon } from './load.js';

export type Gender = 'm' | 'f' | 'u';

let names: ReadonlyMap<string, Gender> | undefined;

/** The usual gender of the given name `name` ("Vladimir" → m), or null when it is not one. */
export function givenName(name: string): Gender | null {
  names ??= new Map(Object.entries(loadLexicon<{ names: Record<string, Gender> }>('given-names.json').names));
  return names.get(name) ?? null;
}
