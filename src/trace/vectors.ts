/**
 * Sparse term vectors with TF-IDF weights, and the document frequencies they are weighed by.
 *
 * `TermStats` is explicit state handed to whoever needs it (no module-level cache), so that the
 * same documents in the same order always give the same weights: a batch run observes every
 * document first; an online run observes each document as it arrives.
 */

export type SparseVector = Map<string, number>;

export class TermStats {
  private readonly df = new Map<string, number>();
  private docs = 0;

  /**
   * @param prior documents assumed seen before, holding none of the terms: in a handful of
   * articles every shared word looks common, though in the world it is rare.
   */
  constructor(private readonly prior = 0) {}

  /** Counts the distinct terms of one document. */
  observe(terms: Iterable<string>): void {
    this.docs++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  get documents(): number {
    return this.docs;
  }

  /** Documents assumed seen before (the constructor's `prior`): non-zero for a small sample. */
  get priorDocuments(): number {
    return this.prior;
  }

  /** Documents that hold `term`. */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /** Smoothed inverse document frequency; a term never seen weighs as one seen once. */
  idf(term: string): number {
    const d = this.df.get(term) ?? 0;
    return Math.log((this.docs + this.prior + 1) / (d + 1)) + (d === 0 ? Math.log(2) : 0);
  }
}

/** Unit-length TF-IDF vector of a bag of weighted counts: (1 + ln tf) × idf. */
export function tfidf(bag: ReadonlyMap<string, number>, stats: Pick<TermStats, 'idf'>): SparseVector {
  const v: SparseVector = new Map();
  let norm = 0;
  for (const [term, count] of bag) {
    if (count <= 0) continue;
    const w = (1 + Math.log(count)) * stats.idf(term);
    if (w <= 0) continue;
    v.set(term, w);
    norm += w * w;
  }
  return normalise(v, norm);
}

/** Scales `v` to unit length given its squared norm (0 leaves it empty). */
export function normalise(v: SparseVector, squaredNorm?: number): SparseVector {
  let n = squaredNorm;
  if (n === undefined) {
    n = 0;
    for (const w of v.values()) n += w * w;
  }
  if (n <= 0) return new Map();
  const s = 1 / Math.sqrt(n);
  const out: SparseVector = new Map();
  for (const [k, w] of v) out.set(k, w * s);
  return out;
}

export function dot(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, w] of a) {
    const x = b.get(k);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** A running sum of unit vectors (a story's centroid) with its squared norm kept current. */
export class Centroid {
  readonly sum: SparseVector = new Map();
  private squared = 0;
  count = 0;

  add(v: SparseVector, sign: 1 | -1 = 1): void {
    for (const [k, w] of v) {
      const old = this.sum.get(k) ?? 0;
      const now = old + sign * w;
      this.squared += now * now - old * old;
      if (Math.abs(now) < 1e-12) this.sum.delete(k);
      else this.sum.set(k, now);
    }
    this.count += sign;
  }

  /** Cosine of a unit vector with this centroid; `without` removes one member first (leave-one-out). */
  cosine(v: SparseVector, without?: SparseVector): number {
    if (without === undefined) return this.squared > 0 ? dot(v, this.sum) / Math.sqrt(this.squared) : 0;
    let d = 0;
    let sq = this.squared;
    for (const [k, w] of without) {
      const s = this.sum.get(k) ?? 0;
      sq += (s - w) * (s - w) - s * s;
    }
    for (const [k, w] of v) d += w * ((this.sum.get(k) ?? 0) - (without.get(k) ?? 0));
    return sq > 1e-12 ? d / Math.sqrt(sq) : 0;
  }
}
