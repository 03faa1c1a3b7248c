/**
 * Articles of the store as trace sees them (`TraceArticle`), and which outlets an article names
 * as its sources, as organisation ids the trace index can look up.
 */
import { organisationById, organisations } from '../lexicon/organisations.js';
import type { StoredArticle } from '../store/store.js';
import type { Analysis } from '../types.js';
import { outletId, outletsNamedIn, publisherOf } from './outlets.js';
import type { TraceArticle } from './provenance.js';

/** An analysis record as a trace article; `host` is its source host when known. */
export function toTraceArticle(record: Analysis, host: string | null, id = record.id): TraceArticle {
  return {
    id,
    record,
    outlet: publisherOf(record, host),
    label: host ?? record.sources.find((s) => s.relation === 'published')?.name ?? id,
    // The timestamp when one is known: it orders articles of the same day.
    published: record.published?.time ?? record.published?.value ?? null,
  };
}

/** A stored article as a trace article, its id the database id. */
export function traceArticleOf(a: StoredArticle): TraceArticle {
  const t = toTraceArticle(a.url ? { ...a.record, url: a.url } : a.record, a.source, String(a.id));
  if (!t.outlet && a.source) t.outlet = outletId(a.source);
  return t;
}

/** Milliseconds of the article's publication (its timestamp, else its date), else of when it was first seen. */
export function articleTime(a: StoredArticle): number {
  const t = Date.parse(a.record.published?.time ?? a.record.published?.value ?? '');
  return Number.isNaN(t) ? Date.parse(a.firstSeenAt) : t;
}

/**
 * The outlets an article names as where it got the story: citations and credits of its sourcing
 * chain, and outlets whose promo it carries. Generic ids stay as they are (`prk-state-media`).
 */
export function citedOutlets(record: Analysis, ownOutlet: string | null): string[] {
  const out = new Set<string>();
  for (const s of record.sources) if (s.id && s.relation !== 'published' && s.id !== ownOutlet) out.add(s.id);
  for (const b of record.boilerplate) {
    if (b.kind !== 'promo' || (b.origin ?? 'text') !== 'text') continue;
    for (const id of outletsNamedIn(b.text)) if (id !== ownOutlet) out.add(id);
  }
  return [...out].sort();
}

/** The publishers a citation id may stand for: itself, or every state medium of its country for `xxx-state-media`. */
export function publishersFor(citation: string): string[] {
  const generic = /^([a-z]{3})-state-media$/.exec(citation);
  if (!generic) return [citation];
  return organisations().filter((o) => o.kind === 'state-media' && (o.country ?? '').toLowerCase() === generic[1]).map((o) => o.id);
}

/** The citation ids that designate `outlet`: its own id, and `xxx-state-media` for a state medium. */
export function citationKeysFor(outlet: string): string[] {
  const org = organisationById(outlet);
  const keys = [outlet];
  if (org?.kind === 'state-media' && org.country) keys.push(`${org.country.toLowerCase()}-state-media`);
  return keys;
}
