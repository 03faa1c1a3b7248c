/**
 * Republication signals of stored articles: each article's own (credits, promos, machine-
 * translation artefacts, persona bios), the uncredited copies the trace index found, and the
 * collection signals (one byline across many stories, bursts of publication from one source).
 *
 * Workflow: stories and copies from the trace index → or, on an archive without one, from
 * clustering the stored articles (`clusterCollection`) → collection signals over every article
 * (a burst or a persona is a property of the whole source) → the signals of the articles asked for.
 */
import type { Store, StoredArticle } from '../store/store.js';
import { clusterCollection } from './collection.js';
import { estimateJaccard } from './minhash.js';
import { articleSignals, collectionSignals, uncreditedCopySignals, type CollectionSignalOptions, type CopiedSource, type PublishedItem, type RepublicationSignal } from './signals.js';
import { traceArticleOf } from './stored.js';

export interface StoredArticleSignals {
  id: number;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  signals: RepublicationSignal[];
}

export interface StoreSignalOptions extends CollectionSignalOptions {
  /** Only articles from this host (`www.` ignored). */
  source?: string;
  /** Only this article (by database id). */
  articleId?: number;
}

/** The signals of the stored articles asked for, those with none left out unless one article was asked for. */
export function storeSignals(store: Store, options: StoreSignalOptions = {}): StoredArticleSignals[] {
  const indexed = store.trace.available && store.trace.counts().fingerprints > 0;
  const computed = indexed ? null : clusterStored(store);
  const items: PublishedItem[] = store.trace.publications().map((p) => ({
    id: String(p.articleId),
    author: p.author,
    outlet: p.source,
    story: computed ? (computed.stories.get(String(p.articleId)) ?? null) : p.storyId === null ? null : String(p.storyId),
    published: computed?.times.get(String(p.articleId)) ?? p.published,
  }));
  const collection = collectionSignals(items, options);
  const selected: StoredArticle[] = [];
  if (options.articleId !== undefined) {
    const a = store.article(options.articleId);
    if (a) selected.push(a);
  } else {
    for (const a of store.articles(options.source ? { source: options.source } : {})) selected.push(a);
  }
  const out: StoredArticleSignals[] = [];
  for (const a of selected) {
    const t = traceArticleOf(a);
    const copies = computed ? (computed.copies.get(String(a.id)) ?? []) : indexedCopies(store, a.id);
    const signals = [
      ...articleSignals(a.record, t.outlet),
      ...uncreditedCopySignals(a.record, { label: a.source, outlet: t.outlet }, copies),
      ...(collection.get(String(a.id)) ?? []),
    ];
    if (signals.length === 0 && options.articleId === undefined) continue;
    out.push({ id: a.id, url: a.url ?? a.canonicalUrl, source: a.source, title: a.title, published: a.published, signals });
  }
  return out;
}

/** The earlier articles the trace index says `articleId` copies, with their MinHash similarity. */
function indexedCopies(store: Store, articleId: number): CopiedSource[] {
  const t = store.trace;
  const own = t.fingerprint(articleId);
  if (!own) return [];
  const out: CopiedSource[] = [];
  for (const e of t.edgesTo(articleId)) {
    if (e.relation !== 'copy' && e.relation !== 'near-copy') continue;
    const other = t.fingerprint(e.from);
    const a = store.article(e.from);
    if (!other || !a || other.scheme !== own.scheme) continue;
    const source = traceArticleOf(a);
    out.push({ id: source.id, label: a.source ?? a.canonicalUrl, outlet: source.outlet, similarity: estimateJaccard(own.signature, other.signature), published: source.published });
  }
  return out;
}

/** Stories and copies of an archive without a trace index, by clustering every stored article. */
function clusterStored(store: Store): { stories: Map<string, string>; copies: Map<string, CopiedSource[]>; times: Map<string, string> } {
  const docs: Parameters<typeof clusterCollection>[0][number][] = [];
  const byId = new Map<string, StoredArticle>();
  // Publication timestamps live in the records (the store's column keeps the date).
  const times = new Map<string, string>();
  for (const a of store.articles()) {
    byId.set(String(a.id), a);
    if (a.record.published?.time) times.set(String(a.id), a.record.published.time);
    // The timestamp, not the stored date: it says which of two same-day copies came first.
    const date = a.record.published?.time ?? a.published;
    docs.push({ id: String(a.id), text: a.record.text, ...(a.title ? { title: a.title } : {}), ...(date ? { date } : {}), ...(a.lang ? { lang: a.lang } : {}) });
  }
  const stories = new Map<string, string>();
  const copies = new Map<string, CopiedSource[]>();
  for (const row of clusterCollection(docs)) {
    stories.set(row.id, row.cluster);
    if ((row.relation === 'copy' || row.relation === 'near-copy') && row.copyOf && row.score !== undefined) {
      const a = byId.get(row.copyOf)!;
      copies.set(row.id, [{ id: row.copyOf, label: a.source ?? a.canonicalUrl, outlet: traceArticleOf(a).outlet, similarity: row.score, published: a.published }]);
    }
  }
  return { stories, copies, times };
}
