/**
 * A locality-sensitive hashing index over MinHash signatures (banding, Indyk & Motwani 1998):
 * two documents become candidates when all `rows` positions of any one of `bands` bands agree,
 * then each candidate is verified against the stored signature.
 *
 * Kept in typed arrays, not Maps of arrays, so that a million documents fit in about a gigabyte:
 * per band an open-addressing table from band hash to the newest document in that bucket, and
 * one `next` array chaining each document to the previous one in the same bucket.
 */
import { combine } from './hash.js';

export interface LshOptions {
  /** Bands × rows must equal the signature length. 32 × 4 over 128 finds pairs at Jaccard 0.5 with p ≈ 0.87, at 0.7 with p ≈ 1. */
  bands: number;
  rows: number;
  /** Longest bucket chain walked per band and query; keeps queries bounded when a bucket is hot (newest first). */
  maxChain?: number;
}

export interface NearMatch {
  id: string;
  /** Estimated Jaccard similarity of the shingle sets. */
  similarity: number;
}

export interface LshQueryOptions {
  /** Matches below this estimated Jaccard are dropped (default 0.5). */
  minSimilarity?: number;
  /** At most this many matches, most similar first (default 10). */
  limit?: number;
  /** An id to leave out (the document itself when it is already indexed). */
  exclude?: string;
}

const EMPTY = -1;

class BandTable {
  keys: Uint32Array;
  heads: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(EMPTY);
  }

  /** Slot of `key`, or of the empty slot where it would go. */
  slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.heads[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === EMPTY) continue;
      const s = this.slot(oldKeys[i]!);
      this.keys[s] = oldKeys[i]!;
      this.heads[s] = oldHeads[i]!;
    }
  }
}

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly maxChain: number;
  private readonly width: number;
  private signatures: Uint32Array;
  private next: Int32Array;
  private readonly tables: BandTable[];
  private readonly ids: string[] = [];
  private readonly positions = new Map<string, number>();

  constructor(options: LshOptions) {
    const { bands, rows } = options;
    if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
      throw new RangeError(`bands and rows must be positive integers, got ${bands} × ${rows}`);
    }
    this.bands = bands;
    this.rows = rows;
    this.width = bands * rows;
    this.maxChain = options.maxChain ?? 2000;
    const initial = 1024;
    this.signatures = new Uint32Array(initial * this.width);
    this.next = new Int32Array(initial * bands);
    this.tables = Array.from({ length: bands }, () => new BandTable(initial * 2));
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** The stored signature of `id`, or null when it is not indexed. */
  signature(id: string): Uint32Array | null {
    const p = this.positions.get(id);
    return p === undefined ? null : this.signatures.subarray(p * this.width, (p + 1) * this.width);
  }

  /** Adds a document. Throws when the signature has the wrong length or the id is already indexed. */
  add(id: string, signature: ArrayLike<number>): void {
    if (signature.length !== this.width) throw new RangeError(`expected a signature of ${this.width}, got ${signature.length}`);
    if (this.positions.has(id)) throw new RangeError(`already indexed: ${id}`);
    const p = this.ids.length;
    if ((p + 1) * this.width > this.signatures.length) this.growDocs();
    this.ids.push(id);
    this.positions.set(id, p);
    this.signatures.set(signature, p * this.width);
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b]!;
      if ((table.size + 1) * 2 > table.keys.length) table.grow();
      const key = this.bandKey(signature, b);
      const s = table.slot(key);
      if (table.heads[s] === EMPTY) {
        table.keys[s] = key;
        table.size++;
        this.next[p * this.bands + b] = EMPTY;
      } else {
        this.next[p * this.bands + b] = table.heads[s]!;
      }
      table.heads[s] = p;
    }
  }

  /** Indexed documents whose estimated Jaccard with `signature` reaches `minSimilarity`. */
  query(signature: ArrayLike<number>, options: LshQueryOptions = {}): NearMatch[] {
    if (signature.length !== this.width) throw new RangeError(`expected a signature of ${this.width}, got ${signature.length}`);
    const minSimilarity = options.minSimilarity ?? 0.5;
    const limit = options.limit ?? 10;
    const seen = new Set<number>();
    const out: NearMatch[] = [];
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b]!;
      const s = table.slot(this.bandKey(signature, b));
      let p = table.heads[s]!;
      let walked = 0;
      while (p !== EMPTY && walked < this.maxChain) {
        walked++;
        if (!seen.has(p)) {
          seen.add(p);
          const id = this.ids[p]!;
          if (id !== options.exclude) {
            const sim = this.similarityAt(signature, p);
            if (sim >= minSimilarity) out.push({ id, similarity: sim });
          }
        }
        p = this.next[p * this.bands + b]!;
      }
    }
    out.sort((x, y) => y.similarity - x.similarity || (x.id < y.id ? -1 : 1));
    return out.slice(0, limit);
  }

  /** Bytes held by the typed arrays (the id strings and the id map come on top). */
  get bytes(): number {
    let n = this.signatures.byteLength + this.next.byteLength;
    for (const t of this.tables) n += t.keys.byteLength + t.heads.byteLength;
    return n;
  }

  private similarityAt(signature: ArrayLike<number>, p: number): number {
    const base = p * this.width;
    let same = 0;
    for (let i = 0; i < this.width; i++) if (this.signatures[base + i] === signature[i]) same++;
    return same / this.width;
  }

  private bandKey(signature: ArrayLike<number>, band: number): number {
    let h = band + 1;
    const start = band * this.rows;
    for (let i = start; i < start + this.rows; i++) h = combine(h, signature[i]!);
    return h;
  }

  private growDocs(): void {
    const sig = new Uint32Array(this.signatures.length * 2);
    sig.set(this.signatures);
    this.signatures = sig;
    const next = new Int32Array(this.next.length * 2);
    next.set(this.next);
    this.next = next;
  }
}
