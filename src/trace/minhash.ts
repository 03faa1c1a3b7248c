/**
 * MinHash signatures over word shingles, our own, by one-permutation hashing (Li, Owen & Zhang
 * 2012) with densification by rotation (Shrivastava & Li 2014): each shingle is hashed once; the
 * hash picks one of `k` bins and the smallest hash per bin is kept; an empty bin borrows from the
 * next filled one. That costs one hash per shingle instead of `k`, an order of magnitude faster
 * than the npm `minhash` package (see bench/trace.ts), with the same estimator: the fraction of
 * equal positions in two signatures estimates the Jaccard similarity of their shingle sets.
 *
 * Signing allocates nothing but the signature it returns: plain ASCII text (most of the web) is
 * hashed word by word straight from its character codes, without making word strings, and the
 * word hashes, bins and flags live in scratch arrays owned by the hasher. At scale that keeps the
 * garbage collector, whose pauses are what a query's p99 is made of, out of the hot path.
 */
import { combine, hashString, mix32 } from './hash.js';
import { isPlainText, words } from './tokens.js';

export interface MinHashOptions {
  /** Signature length (bins). 128 gives a Jaccard estimate within about ±0.09 (2σ). */
  permutations?: number;
  /** Words per shingle. 5 follows passim and the near-duplicate literature. */
  shingle?: number;
  /** Seed of the permutation family; fingerprints are comparable only under the same seed. */
  seed?: number;
}

export interface MinHasher {
  readonly permutations: number;
  readonly shingle: number;
  /** The signature of a text; a text shorter than one shingle is one shingle of all its words. */
  sign(text: string): Uint32Array;
  /** The signature of pre-hashed shingles (see `shingleHashes`). */
  signHashes(hashes: ArrayLike<number>): Uint32Array;
}

/** Defaults, normalised once here. */
export const MINHASH_DEFAULTS: Required<MinHashOptions> = { permutations: 128, shingle: 5, seed: 0x5eed };

export function createMinHasher(options: MinHashOptions = {}): MinHasher {
  const { permutations, shingle, seed } = { ...MINHASH_DEFAULTS, ...options };
  if (!Number.isInteger(permutations) || permutations < 1) throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  if (!Number.isInteger(shingle) || shingle < 1) throw new RangeError(`shingle must be a positive integer, got ${shingle}`);
  const salt = mix32(seed >>> 0);
  // Scratch owned by this hasher (signing is synchronous, so one set serves every call).
  const filled = new Uint8Array(permutations);
  let wordHashes = new Uint32Array(1024);

  /** One shingle hash into the bins. */
  const offer = (sig: Uint32Array, h: number): void => {
    const v = mix32((h ^ salt) >>> 0);
    const bin = v % permutations;
    if (filled[bin] === 0 || v < sig[bin]!) {
      sig[bin] = v;
      filled[bin] = 1;
    }
  };

  // Densify: an empty bin takes the next filled bin's value, re-hashed with the distance so
  // that two sets agree there only as often as they agree on that filled bin.
  const densify = (sig: Uint32Array): Uint32Array => {
    for (let i = 0; i < permutations; i++) {
      if (filled[i] === 1) continue;
      let d = 1;
      while (filled[(i + d) % permutations] === 0) d++;
      sig[i] = mix32((sig[(i + d) % permutations]! + Math.imul(d, 0x9e3779b1)) >>> 0);
    }
    return sig;
  };

  const signHashes = (hashes: ArrayLike<number>): Uint32Array => {
    const sig = new Uint32Array(permutations).fill(0xffffffff);
    filled.fill(0);
    const n = hashes.length;
    for (let j = 0; j < n; j++) offer(sig, hashes[j]!);
    return n === 0 ? sig : densify(sig);
  };

  /** The signature of the first `count` word hashes in `wordHashes`, as `shingleHashes` would shingle them. */
  const signWords = (count: number): Uint32Array => {
    const sig = new Uint32Array(permutations).fill(0xffffffff);
    if (count === 0) return sig;
    filled.fill(0);
    const shingles = Math.max(1, count - shingle + 1);
    for (let i = 0; i < shingles; i++) {
      let h = 0;
      const end = Math.min(count, i + shingle);
      for (let j = i; j < end; j++) h = combine(h, wordHashes[j]!);
      offer(sig, h);
    }
    return densify(sig);
  };

  const room = (needed: number): void => {
    if (needed > wordHashes.length) wordHashes = new Uint32Array(Math.max(needed, wordHashes.length * 2));
  };

  const sign = (text: string): Uint32Array => {
    if (!isPlainText(text)) {
      const ws = words(text);
      room(ws.length);
      for (let i = 0; i < ws.length; i++) wordHashes[i] = hashString(ws[i]!);
      return signWords(ws.length);
    }
    // The ASCII path of `words` + `hashString`, fused: FNV-1a over the lower-cased code units of
    // each [a-z0-9] run, finished by mix32, so the hashes equal hashString(word) exactly.
    let count = 0;
    let h = 0;
    let inWord = false;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      let c = i < length ? text.charCodeAt(i) : 0;
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (!inWord) {
          h = 0x811c9dc5;
          inWord = true;
        }
        h = Math.imul(h ^ c, 0x01000193);
      } else if (inWord) {
        if (count === wordHashes.length) room(count + 1);
        wordHashes[count++] = mix32(h);
        inWord = false;
      }
    }
    return signWords(count);
  };

  return { permutations, shingle, signHashes, sign };
}

/**
 * Hashes of the `size`-word shingles of `tokens`, in order (a repeated shingle repeats its hash;
 * the minimum per bin does not care). Fewer tokens than `size` give one shingle of them all, so
 * that a short text still has a fingerprint; no tokens give none.
 */
export function shingleHashes(tokens: readonly string[], size: number): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const wordHashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) wordHashes[i] = hashString(tokens[i]!);
  const count = Math.max(1, tokens.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0;
    const end = Math.min(tokens.length, i + size);
    for (let j = i; j < end; j++) h = combine(h, wordHashes[j]!);
    out[i] = h;
  }
  return out;
}

/** Estimated Jaccard similarity: the share of positions where the two signatures agree. */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length: ${a.length} vs ${b.length}`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
