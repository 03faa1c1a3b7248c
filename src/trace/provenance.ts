/**
 * The provenance graph around one article: which earlier articles it copied, translated or
 * cited, each edge with its evidence and a confidence, combining three kinds of proof:
 * text reuse (shared paragraphs, or shared language-independent evidence across languages),
 * the in-text sourcing chain (`record.sources`: "reported by Reuters", "Source: korrespondent",
 * a promo of another outlet's channel), and publication times (a source is never later).
 *
 * Workflow of `traceChain`: the target's parents among the candidates → the best parent →
 * that parent's parents, and so on, until none is found → then the citations of the earliest
 * article that no stored article answers (an agency or state media never ingested) become the
 * first hops. The chain is printed origin first.
 */
import type { Analysis, SourceLink, Span } from '../types.js';
import { compareEvidence, evidenceProfile, evidenceVector, type EvidenceProfile } from './crosslingual.js';
import { compareTexts } from './passages.js';
import { citationMatches, outletsNamedIn } from './outlets.js';
import { TermStats, type SparseVector } from './vectors.js';
import { organisationById } from '../lexicon/organisations.js';

/** An article as trace sees it; `record` is its analysis (sourcing and boilerplate filled). */
export interface TraceArticle {
  id: string;
  record: Analysis;
  /** Organisation id of the publisher (`reuters`), or null when unknown. */
  outlet: string | null;
  /** Host or name shown to people (`reuters.com`). */
  label: string;
  /** ISO 8601 publication date or timestamp. */
  published: string | null;
}

export type EdgeRelation = 'copied' | 'translated' | 'cited';

export interface EdgeEvidence {
  kind: 'text-reuse' | 'cross-lingual' | 'citation' | 'credit' | 'promo' | 'time';
  detail: string;
  /** Where in the later article's text, when the evidence is a passage of it. */
  span?: Span;
  rule: string;
}

export interface ProvenanceEdge {
  /** The earlier article id, or `source:<organisation id>` for a cited source not in the collection. */
  from: string;
  to: string;
  relation: EdgeRelation;
  confidence: number;
  /** How directly the later article names the earlier one (0 none, 0.7 a credit line). */
  directness?: number;
  /** The relation as the trace index keeps it (`copy`, `near-copy`, `translation`, `cites`), for edges read from the store. */
  storedAs?: string;
  evidence: EdgeEvidence[];
}

export interface ChainHop {
  id: string;
  label: string;
  outlet: string | null;
  published: string | null;
  /** How this hop took the story from the previous one; absent on the origin. */
  edge?: ProvenanceEdge;
  /** True for a source known only from a citation, not in the collection. */
  external?: boolean;
}

export interface ProvenanceOptions {
  /** Lowest confidence for an edge (default 0.5). */
  minConfidence?: number;
  /** Lowest share of the later text in copied paragraphs for `copied` (default 0.3). */
  minCoverage?: number;
  /** Lowest cross-lingual evidence score for a same-story translation (default 0.14). */
  minCrossLingual?: number;
}

export const PROVENANCE_DEFAULTS: Required<ProvenanceOptions> = { minConfidence: 0.5, minCoverage: 0.3, minCrossLingual: 0.14 };

/** Precomputed evidence vectors of a collection (one statistics pass). */
export class ProvenanceIndex {
  private readonly vectors = new Map<string, SparseVector>();
  readonly articles: ReadonlyMap<string, TraceArticle>;

  /**
   * @param profiled the articles whose cross-lingual evidence is worth computing (default: all);
   * the others can still be copies (text reuse) but never match on evidence alone. The online
   * indexer leaves out same-language articles that no citation links, for which evidence could
   * make no edge: extracting evidence is most of an edge's cost.
   * @param known profiles the caller already computed (with `articleProfile`), by article id,
   * so that none is extracted twice.
   */
  constructor(articles: readonly TraceArticle[], profiled?: ReadonlySet<string>, known?: ReadonlyMap<string, EvidenceProfile>) {
    this.articles = new Map(articles.map((a) => [a.id, a]));
    const chosen = profiled === undefined ? articles : articles.filter((a) => profiled.has(a.id));
    // A small collection cannot say which evidence is rare; assume a few hundred unrelated articles.
    const stats = new TermStats(Math.max(0, 300 - chosen.length));
    const profiles = chosen.map((a) => ({ id: a.id, p: known?.get(a.id) ?? articleProfile(a) }));
    for (const { p } of profiles) stats.observe(p.bag.keys());
    for (const { id, p } of profiles) this.vectors.set(id, evidenceVector(p, stats));
  }

  vector(id: string): SparseVector {
    return this.vectors.get(id) ?? new Map();
  }
}

/** The cross-lingual evidence profile of an article: its title and body text, in its language. */
export function articleProfile(a: TraceArticle): EvidenceProfile {
  return evidenceProfile(a.record.title?.value ?? '', bodyText(a.record), {}, a.record.lang);
}

/** The text of the body blocks (boilerplate left out), or the whole text when none were marked. */
export function bodyText(record: Analysis): string {
  if (record.body.length === 0) return record.text;
  return record.body.map((s) => record.text.slice(s.start, s.end)).join('\n');
}

function time(a: TraceArticle): number | null {
  if (!a.published) return null;
  const t = Date.parse(a.published);
  return Number.isNaN(t) ? null : t;
}

/**
 * Every edge from an earlier candidate to `target`, strongest first. `only`: the candidates to
 * consider (default: every article of the index).
 */
export function parentEdges(target: TraceArticle, index: ProvenanceIndex, options: ProvenanceOptions = {}, only?: ReadonlySet<string>): ProvenanceEdge[] {
  const o = { ...PROVENANCE_DEFAULTS, ...options };
  const edges: ProvenanceEdge[] = [];
  const directness = new Map<ProvenanceEdge, number>();
  const tt = time(target);
  for (const c of index.articles.values()) {
    if (c.id === target.id || (only !== undefined && !only.has(c.id))) continue;
    const ct = time(c);
    if (tt !== null && ct !== null && ct > tt) continue; // a source is never later than its copy
    // An article that itself names the target's outlet took the story from it, not the reverse
    // (this settles articles of the same day).
    if (target.outlet && c.record.sources.some((l) => l.id && l.relation !== 'published' && citationMatches(l.id, target.outlet!))) continue;
    const evidence: EdgeEvidence[] = [];
    let content = 0;
    let copied = false;
    if (c.record.lang === target.record.lang && c.record.lang !== 'und') {
      const reuse = compareTexts(bodyText(c.record), bodyText(target.record));
      if (reuse.coverage >= o.minCoverage) {
        copied = true;
        content = reuse.coverage;
        evidence.push({ kind: 'text-reuse', detail: `${reuse.copied.length} paragraph(s) copied, ${Math.round(reuse.coverage * 100)}% of the text; ${reuse.added.length} added, ${reuse.dropped.length} dropped`, rule: 'trace/reuse/paragraphs' });
      }
    }
    if (!copied) {
      const xl = compareEvidence(index.vector(c.id), index.vector(target.id), { threshold: o.minCrossLingual });
      if (!xl.same) continue; // not the same story: a citation alone may be about anything
      // Shared evidence says "same story", not "this one is the source": capped below certainty.
      content = Math.min(0.6, xl.score * 1.5);
      evidence.push({ kind: 'cross-lingual', detail: `same story (evidence ${xl.score.toFixed(2)}): ${xl.shared.slice(0, 6).map((s) => s.feature).join(', ')}`, rule: 'trace/crosslingual/evidence' });
    }
    let sourcing = 0;
    let credited = false;
    if (c.outlet) {
      // The sourcing chain runs origin first: the nearer a citation is to the end, the more
      // directly the target took the story from it.
      const citations = target.record.sources.filter((l) => l.relation !== 'published');
      citations.forEach((link, i) => {
        if (!link.id || !citationMatches(link.id, c.outlet!)) return;
        const credit = link.relation === 'credited';
        credited ||= credit;
        const distance = citations.length - 1 - i;
        sourcing = Math.max(sourcing, (credit ? 0.7 : 0.6) - 0.05 * distance);
        evidence.push({ kind: credit ? 'credit' : 'citation', detail: `${credit ? 'credits' : 'cites'} ${link.name}: “${quoteOf(target.record, link)}”`, ...spanOf(link), rule: link.rule });
      });
      for (const b of target.record.boilerplate) {
        if (b.kind !== 'promo' || (b.origin ?? 'text') !== 'text') continue;
        if (outletsNamedIn(b.text).includes(c.outlet)) {
          credited = true;
          sourcing = Math.max(sourcing, 0.6);
          evidence.push({ kind: 'promo', detail: `carries ${c.label}'s own promo: “${b.text.slice(0, 80)}”`, span: { start: b.start, end: b.end }, rule: b.rule });
        }
      }
    }
    // Same story without a copy needs the target to name the earlier outlet to be a hop.
    if (!copied && sourcing === 0) continue;
    const relation: EdgeRelation = copied
      ? 'copied'
      : credited && c.record.lang !== target.record.lang
        ? 'translated'
        : 'cited';
    if (ct !== null && tt !== null) evidence.push({ kind: 'time', detail: `published ${c.published} ≤ ${target.published}`, rule: 'trace/time/order' });
    const confidence = 1 - (1 - content) * (1 - sourcing) * (ct !== null && tt !== null ? 0.9 : 1);
    if (confidence < o.minConfidence) continue;
    const edge: ProvenanceEdge = { from: c.id, to: target.id, relation, confidence: Math.round(confidence * 100) / 100, directness: Math.round(sourcing * 100) / 100, evidence };
    directness.set(edge, sourcing);
    edges.push(edge);
  }
  // The hop the story took is the source the target names most directly (a credit or a promo,
  // then the nearest citation); then the strongest; then the latest earlier article.
  return edges.sort(
    (a, b) =>
      directness.get(b)! - directness.get(a)! ||
      b.confidence - a.confidence ||
      (time(index.articles.get(b.from)!) ?? 0) - (time(index.articles.get(a.from)!) ?? 0),
  );
}

/**
 * Where a chain walk reads articles and their parent edges: the computed graph of a collection
 * (`traceChain`), or the edges kept in the store (`src/trace/stored-chain.ts`).
 */
export interface ChainSource {
  article(id: string): TraceArticle | null;
  /** Edges into `article`, the hop the story most likely took first. */
  parents(article: TraceArticle): ProvenanceEdge[];
}

/** The chain from the origin to `targetId`, origin first, computed over `index`. Null when the target is unknown. */
export function traceChain(targetId: string, index: ProvenanceIndex, options: ProvenanceOptions = {}): ChainHop[] | null {
  return walkChain(targetId, { article: (id) => index.articles.get(id) ?? null, parents: (a) => parentEdges(a, index, options) });
}

/** The chain from the origin to `targetId`, origin first, over any `ChainSource`. Null when the target is unknown. */
export function walkChain(targetId: string, source: ChainSource): ChainHop[] | null {
  const target = source.article(targetId);
  if (!target) return null;
  const hops: ChainHop[] = [{ id: target.id, label: target.label, outlet: target.outlet, published: target.published }];
  const seen = new Set([target.id]);
  let current = target;
  for (;;) {
    const edge = source.parents(current).find((e) => !seen.has(e.from));
    const parent = edge ? source.article(edge.from) : null;
    if (!edge || !parent) break;
    hops[0]!.edge = edge;
    seen.add(parent.id);
    hops.unshift({ id: parent.id, label: parent.label, outlet: parent.outlet, published: parent.published });
    current = parent;
  }
  // The earliest stored article may cite sources never ingested: those are the first hops.
  const known = new Set(hops.map((h) => h.outlet).filter((x): x is string => x !== null));
  const cited = current.record.sources.filter((s) => s.id && s.relation !== 'published' && s.relation !== 'credited' && ![...known].some((k) => citationMatches(s.id!, k)));
  // `record.sources` is origin first: the last cited one handed the story to `current`.
  for (let i = cited.length - 1; i >= 0; i--) {
    const link = cited[i]!;
    const next = hops[0]!;
    next.edge = {
      from: `source:${link.id}`,
      to: next.id,
      relation: 'cited',
      confidence: 0.6,
      evidence: [{ kind: 'citation', detail: `cites ${link.name}: “${quoteOf(source.article(next.id)?.record ?? current.record, link)}”`, ...spanOf(link), rule: link.rule }],
    };
    hops.unshift({ id: `source:${link.id}`, label: organisationById(link.id!)?.names[0] ?? link.name, outlet: link.id ?? null, published: null, external: true });
    known.add(link.id!);
  }
  return hops;
}

function spanOf(link: SourceLink): { span?: Span } {
  return link.start !== undefined && link.end !== undefined ? { span: { start: link.start, end: link.end } } : {};
}

/** The sentence-sized context of a source link, for people to read. */
function quoteOf(record: Analysis, link: SourceLink): string {
  if (link.start === undefined || link.end === undefined) return link.name;
  const text = record.text;
  let s = link.start;
  let e = link.end;
  while (s > 0 && s > link.start - 80 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  while (e < text.length && e < link.end + 80 && !/[.!?\n]/.test(text[e]!)) e++;
  return text.slice(s, Math.min(text.length, e + 1)).replace(/^[\s"”“»«']+/, '').trim();
}
