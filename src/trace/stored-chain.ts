/**
 * The chain of an article read from the trace index: the stored provenance edges walked from the
 * article back to its origin (`walkChain`), without recomputing the graph. Returns null when the
 * index does not hold the article (an archive from before the index, not yet reindexed); the
 * caller then computes the chain from the articles.
 */
import type { Store } from '../store/store.js';
import type { EdgeKind, StoredEdge } from '../store/trace-index.js';
import { walkChain, type ChainHop, type EdgeEvidence, type EdgeRelation, type ProvenanceEdge, type TraceArticle } from './provenance.js';
import { traceArticleOf } from './stored.js';

/** Stored relations that are hops of a chain; `same-story` says "same story", not "took it from". */
const HOP: Record<EdgeKind, EdgeRelation | null> = { copy: 'copied', 'near-copy': 'copied', translation: 'translated', cites: 'cited', 'same-story': null };

export interface StoredChain {
  chain: ChainHop[];
  /** Every trace article the walk loaded, by id. */
  articles: ReadonlyMap<string, TraceArticle>;
}

export function storedChain(store: Store, articleId: number): StoredChain | null {
  const t = store.trace;
  if (!t.available || t.fingerprint(articleId) === null) return null;
  const articles = new Map<string, TraceArticle>();
  const article = (id: string): TraceArticle | null => {
    if (!/^\d+$/.test(id)) return null;
    let a = articles.get(id);
    if (a === undefined) {
      const stored = store.article(Number(id));
      if (!stored) return null;
      a = traceArticleOf(stored);
      articles.set(id, a);
    }
    return a;
  };
  const time = (id: string) => Date.parse(article(id)?.published ?? '') || 0;
  const chain = walkChain(String(articleId), {
    article,
    // As `parentEdges` orders them: the most direct naming, the strongest, then the latest earlier article.
    parents: (a) =>
      t
        .edgesTo(Number(a.id))
        .map(toProvenanceEdge)
        .filter((e): e is ProvenanceEdge => e !== null)
        .sort((x, y) => (y.directness ?? 0) - (x.directness ?? 0) || y.confidence - x.confidence || time(y.from) - time(x.from)),
  });
  return chain ? { chain, articles } : null;
}

/** A stored edge as a hop's edge, or null for a relation that is not a hop. */
export function toProvenanceEdge(e: StoredEdge): ProvenanceEdge | null {
  const relation = HOP[e.relation];
  if (relation === null) return null;
  return { from: String(e.from), to: String(e.to), relation, storedAs: e.relation, confidence: e.confidence, directness: e.directness, evidence: e.evidence as EdgeEvidence[] };
}
