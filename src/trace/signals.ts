/**
 * Republication signals per article, computed locally: the signs NewsGuard reports for
 * content farms and AI-rewritten sites. Each signal carries its evidence (a span into the text
 * where there is one) and the rule that found it.
 *
 * `articleSignals` reads one analysis record (boilerplate and sourcing stages must have run);
 * `uncreditedCopySignals` reads one record and the earlier articles it copies (from the trace
 * index or the provenance graph); `collectionSignals` reads many (bylines across stories,
 * bursts of publication).
 */
import type { Analysis, Span } from '../types.js';
import { citationMatches, outletsNamedIn } from './outlets.js';

export type SignalId =
  | 'credits-another-outlet'
  | 'carries-foreign-promo'
  | 'machine-translation-artefacts'
  | 'generic-author-bio'
  | 'uncredited-copy'
  | 'persona-across-beats'
  | 'publication-burst';

export interface RepublicationSignal {
  signal: SignalId;
  /** What shows it, in words or as quoted text. */
  evidence: string;
  span?: Span;
  rule: string;
}

// Machine-translation artefacts: a full stop stranded between lower-case words
// ("security . and stability") and a doubled full stop ("said. .").
const MT_ARTEFACTS: readonly { rule: string; pattern: RegExp }[] = [
  { rule: 'signals/mt/stranded-period', pattern: /\p{Ll} \. \p{Ll}/gu },
  { rule: 'signals/mt/double-period', pattern: /[\p{L}”"]\. \.(?=\s|$)/gu },
];

// A first-person persona bio: "I am <Name>, a professional writer and journalist for <Outlet>".
const PERSONA = /\bI am [\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)*, an? (?:professional |passionate |experienced |seasoned )?(?:writer|journalist|content writer|blogger|author)\b/u;

/** Signals one article shows by itself. `ownOutlet`: the organisation id of its publisher, if known. */
export function articleSignals(record: Analysis, ownOutlet: string | null = null): RepublicationSignal[] {
  const out: RepublicationSignal[] = [];
  for (const s of record.sources) {
    if (s.relation !== 'credited' || (s.id && s.id === ownOutlet)) continue;
    const span = s.start !== undefined && s.end !== undefined ? { start: s.start, end: s.end } : undefined;
    out.push({ signal: 'credits-another-outlet', evidence: span ? record.text.slice(span.start, span.end) : s.name, ...(span ? { span } : {}), rule: `signals/credit (${s.rule})` });
  }
  for (const b of record.boilerplate) {
    if (b.kind === 'promo' && (b.origin ?? 'text') === 'text') {
      const named = outletsNamedIn(b.text).filter((id) => id !== ownOutlet);
      if (named.length > 0) {
        out.push({ signal: 'carries-foreign-promo', evidence: `${b.text} (names ${named.join(', ')})`, span: { start: b.start, end: b.end }, rule: `signals/foreign-promo (${b.rule})` });
      }
    }
    if (b.kind === 'author-bio' && (b.origin ?? 'text') === 'text') {
      const m = PERSONA.exec(b.text);
      if (m) out.push({ signal: 'generic-author-bio', evidence: m[0], span: { start: b.start + m.index, end: b.start + m.index + m[0].length }, rule: 'signals/persona-bio' });
    }
  }
  for (const { rule, pattern } of MT_ARTEFACTS) {
    for (const m of record.text.matchAll(pattern)) {
      const start = Math.max(0, m.index - 20);
      const end = Math.min(record.text.length, m.index + m[0].length + 20);
      out.push({ signal: 'machine-translation-artefacts', evidence: record.text.slice(start, end).replace(/\s+/g, ' '), span: { start: m.index, end: m.index + m[0].length }, rule });
    }
  }
  return out;
}

const HAS_TIME = /T\d{2}:\d{2}/;

/** An earlier article that a later one copies, as the trace index or the provenance graph found it. */
export interface CopiedSource {
  id: string;
  /** Its host or name (`reuters.com`). */
  label: string;
  /** Its organisation id, when known. */
  outlet: string | null;
  /** Estimated Jaccard similarity of the two texts (MinHash). */
  similarity: number;
  published?: string | null;
}

/** Lowest estimated Jaccard for a near-verbatim copy (a rewrite with a few sentences changed stays above). */
export const UNCREDITED_COPY_MIN_SIMILARITY = 0.7;

/**
 * The uncredited-copy signal: `record` is a near-verbatim copy of an earlier article from another
 * host, and nothing in its text credits that outlet (no citation or credit in its sourcing chain,
 * no mention of the outlet's name or host). `own`: the later article's host and organisation id.
 */
export function uncreditedCopySignals(record: Analysis, own: { label: string | null; outlet: string | null }, copies: readonly CopiedSource[], minSimilarity = UNCREDITED_COPY_MIN_SIMILARITY): RepublicationSignal[] {
  const out: RepublicationSignal[] = [];
  const named = new Set(outletsNamedIn(record.text));
  const lower = record.text.toLowerCase();
  for (const c of copies) {
    if (c.similarity < minSimilarity) continue;
    if ((own.label !== null && c.label === own.label) || (own.outlet !== null && c.outlet === own.outlet)) continue;
    if (c.outlet !== null && (named.has(c.outlet) || record.sources.some((s) => s.id && s.relation !== 'published' && citationMatches(s.id, c.outlet!)))) continue;
    // The host's own name ("reuters" of reuters.com) anywhere in the text is a credit too.
    const site = c.label.toLowerCase().replace(/^www\./, '').split('.')[0]!;
    if (site.length >= 4 && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(site)}($|[^\\p{L}\\p{N}])`, 'u').test(lower)) continue;
    out.push({
      signal: 'uncredited-copy',
      evidence: `near-verbatim copy (estimated Jaccard ${c.similarity.toFixed(2)}) of ${c.label} article ${c.id}${c.published ? ` published ${c.published}` : ''}, with no credit naming ${c.outlet ?? c.label}`,
      rule: 'signals/uncredited-copy',
    });
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PublishedItem {
  id: string;
  author?: string | null;
  outlet?: string | null;
  story?: string | null;
  /** ISO 8601 timestamp. */
  published?: string | null;
}

export interface CollectionSignalOptions {
  /** Distinct stories one byline must cover to look like a persona (default 4). */
  personaStories?: number;
  /** Articles from one outlet within `burstMinutes` that make a burst (default 20 in 60). */
  burstCount?: number;
  burstMinutes?: number;
}

/** Signals visible only across a collection, keyed by article id. */
export function collectionSignals(items: readonly PublishedItem[], options: CollectionSignalOptions = {}): Map<string, RepublicationSignal[]> {
  const personaStories = options.personaStories ?? 4;
  const burstCount = options.burstCount ?? 20;
  const burstMs = (options.burstMinutes ?? 60) * 60_000;
  const out = new Map<string, RepublicationSignal[]>();
  const push = (id: string, s: RepublicationSignal) => {
    const list = out.get(id);
    if (list) list.push(s);
    else out.set(id, [s]);
  };
  const byAuthor = new Map<string, PublishedItem[]>();
  for (const it of items) {
    if (!it.author) continue;
    const key = `${it.outlet ?? ''}|${it.author}`;
    const list = byAuthor.get(key);
    if (list) list.push(it);
    else byAuthor.set(key, [it]);
  }
  for (const list of byAuthor.values()) {
    const stories = new Set(list.map((i) => i.story).filter(Boolean));
    if (stories.size < personaStories) continue;
    for (const it of list) push(it.id, { signal: 'persona-across-beats', evidence: `byline "${it.author}" on ${list.length} articles across ${stories.size} stories`, rule: 'signals/persona-across-stories' });
  }
  const byOutlet = new Map<string, { id: string; t: number }[]>();
  for (const it of items) {
    const t = it.published && HAS_TIME.test(it.published) ? Date.parse(it.published) : NaN;
    if (!it.outlet || Number.isNaN(t)) continue;
    const list = byOutlet.get(it.outlet);
    if (list) list.push({ id: it.id, t });
    else byOutlet.set(it.outlet, [{ id: it.id, t }]);
  }
  for (const [outlet, list] of byOutlet) {
    // Only timestamps count: date-only values all fall at midnight and would make every busy day a burst.
    list.sort((a, b) => a.t - b.t);
    let lo = 0;
    for (let hi = 0; hi < list.length; hi++) {
      while (list[hi]!.t - list[lo]!.t > burstMs) lo++;
      if (hi - lo + 1 >= burstCount) {
        for (let k = lo; k <= hi; k++) {
          const id = list[k]!.id;
          if (!out.get(id)?.some((s) => s.signal === 'publication-burst')) {
            push(id, { signal: 'publication-burst', evidence: `${hi - lo + 1} articles from ${outlet} within ${burstMs / 60_000} minutes`, rule: 'signals/burst' });
          }
        }
      }
    }
  }
  return out;
}
