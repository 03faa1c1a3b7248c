/**
 * 32-bit hashing of strings and of hashes, fast and stable across runs and platforms (so that
 * fingerprints written to the store today match the ones computed tomorrow).
 */

/** FNV-1a over UTF-16 code units, finished with a murmur3 avalanche: a well-spread uint32. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines a running hash with one more value (for shingles: hash of several word hashes). */
export function combine(h: number, v: number): number {
  return mix32((Math.imul(h, 0x9e3779b1) ^ v) >>> 0);
}

/** murmur3's fmix32: every input bit affects every output bit. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
