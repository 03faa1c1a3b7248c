/** Canonical ids for entities that have no code: a lower-case ASCII slug of the name. */
import { transliterate } from '../transliterate.js';

/** "Kim Jong-un" → `kim-jong-un`; "Владимир Путин" → `vladimir-putin`. */
export function slug(name: string): string {
  return transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
