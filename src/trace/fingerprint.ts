/**
 * The fingerprint the store keeps for an article: the MinHash signature of its title and body
 * (boilerplate left out, so that a shared promo or footer does not make two articles copies) and
 * the LSH band keys that make near-duplicate candidates an indexed lookup.
 *
 * Band keys follow the same banding as `LshIndex` (32 bands × 4 rows over 128 values): two
 * articles are candidates when all four values of one band agree.
 */
import { combine } from './hash.js';
import { createMinHasher, MINHASH_DEFAULTS, type MinHasher } from './minhash.js';

export interface Fingerprint {
  signature: Uint32Array;
  /** One key per band; key b hashes the band number and its rows. */
  bandKeys: number[];
  /** How it was made; signatures compare only under the same scheme. */
  scheme: string;
}

/** Rows per band: 4 finds pairs at Jaccard 0.5 with p ≈ 0.87 over 32 bands. */
export const BAND_ROWS = 4;

const hasher: MinHasher = createMinHasher();

/** The scheme name of the default hasher: `minhash-oph/<permutations>/<shingle>/<seed>/b<rows>`. */
export const FINGERPRINT_SCHEME = `minhash-oph/${MINHASH_DEFAULTS.permutations}/${MINHASH_DEFAULTS.shingle}/${MINHASH_DEFAULTS.seed}/b${BAND_ROWS}`;

/** The fingerprint of a title and a body text; never null (a text without words signs as all-empty bins). */
export function fingerprintText(title: string, body: string): Fingerprint {
  const signature = hasher.sign(title ? `${title}\n${body}` : body);
  return { signature, bandKeys: bandKeys(signature, BAND_ROWS), scheme: FINGERPRINT_SCHEME };
}

/** One key per band of `rows` consecutive values. Throws when the signature does not split evenly. */
export function bandKeys(signature: ArrayLike<number>, rows: number): number[] {
  if (signature.length % rows !== 0) throw new RangeError(`a signature of ${signature.length} does not split into bands of ${rows}`);
  const keys: number[] = [];
  for (let b = 0; b < signature.length / rows; b++) {
    let h = b + 1;
    for (let i = b * rows; i < (b + 1) * rows; i++) h = combine(h, signature[i]!);
    keys.push(h);
  }
  return keys;
}
