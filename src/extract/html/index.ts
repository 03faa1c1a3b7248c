/**
 * `extractHtml`: one HTML page in, the article out — body text, metadata with the source that won
 * and the candidates that lost, the blocks left out and why, and diagnostics.
 *
 * Workflow:
 * 1. Guard the input: empty, too large, binary → a typed rejection, never an exception.
 * 2. Decode bytes (BOM, declared charset, UTF-8 validity; `charset.ts`) and parse into a light
 *    tree (`tree.ts`), one SAX pass.
 * 3. Compute text statistics per element once (`stats.ts`).
 * 4. Cascade: mark boilerplate by tag and class (`clean.ts`), score containers (`score.ts`),
 *    serialise the winner (`body.ts`). If that yields too little text, retry without the
 *    class rules, then without the conditional cleaning, and keep the longest attempt.
 * 5. Refine the paragraphs with the plain-text boilerplate rules (`refine.ts`: promos, "read
 *    also" lines, credits, post footers inside the container), then peel bylines and datelines
 *    off the top of the body; they feed the metadata.
 * 6. Collect metadata candidates from every source and resolve each field (`metadata/`).
 */
import { boilerplateRules } from '../../lexicon/boilerplate.js';
import type { Diagnostic } from '../../types.js';
import { looksBinary } from '../../util/binary.js';
import { serialiseBody, snippet, collectInline, type BodyResult } from './body.js';
import { decodeHtml } from './charset.js';
import { markDrops, type CleanLevel, type DropMap } from './clean.js';
import { collectCandidates, scanLabelledBylines, scanTextBylines, scanTextDates, type RawCandidate } from './metadata/collect.js';
import { titleParts } from './metadata/clean.js';
import { parseDate } from './metadata/dates.js';
import { readJsonLd } from './metadata/jsonld.js';
import { resolveMetadata } from './metadata/resolve.js';
import { refineParagraphs } from './refine.js';
import { findContainer } from './score.js';
import { LEAD_ATTRS } from './selectors.js';
import { computeStats, linkDensity, type StatsMap } from './stats.js';
import { findFirst, parseHtml, walk, type HtmlDocument, type HtmlElement } from './tree.js';
import type { HtmlBoilerplate, HtmlExtraction, HtmlExtractOptions, HtmlMetadata, HtmlRejection } from './types.js';

export type * from './types.js';
export { decodeHtml } from './charset.js';

/** 20 MiB: the same default as the CLI's `--max-bytes`. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A body shorter than this (in characters) is not an article. */
const MIN_ARTICLE_CHARS = 50;
/** A first attempt shorter than this triggers the fallback attempts. */
const RETRY_BELOW_CHARS = 250;

type BodyAttempt = BodyResult & {
  attempt: string;
  length: number;
  pageDrops: HtmlBoilerplate[];
  region: { start: number; end: number } | null;
  lead: { text: string; start: number; end: number } | null;
};

const CASCADE: ReadonlyArray<{ id: string; level: CleanLevel }> = [
  { id: 'strict', level: { attrs: true, conditional: true } },
  // Some sites name their article container with boilerplate-like classes (`post-meta`,
  // `content-sidebar`); without the class rules the scorer still finds it.
  { id: 'relaxed', level: { attrs: false, conditional: true } },
  // Recipes, products and galleries keep their text among checkboxes and links, which the
  // conditional cleaning takes for a form or a link list.
  { id: 'unpruned', level: { attrs: true, conditional: false } },
  { id: 'bare', level: { attrs: false, conditional: false } },
];

/**
 * Extracts the article from an HTML page given as a string or as raw bytes (decoded with the
 * page's charset). Never throws for bad input: the result says `rejected` and why.
 */
export function extractHtml(input: string | Buffer, options: HtmlExtractOptions = {}): HtmlExtraction {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const diagnostics: Diagnostic[] = [];
  let html: string;
  let charset: HtmlExtraction['charset'] = null;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return rejected('too-large', `page of ${input.length} characters is over the ${maxBytes}-byte limit`, diagnostics, options);
    html = input;
  } else if (Buffer.isBuffer(input)) {
    if (input.length > maxBytes) return rejected('too-large', `page of ${input.length} bytes is over the ${maxBytes}-byte limit`, diagnostics, options);
    if (input.length === 0) return rejected('empty', 'the page is empty', diagnostics, options);
    if (looksBinary(input)) return rejected('binary', 'binary data, not an HTML page', diagnostics, options);
    const decoded = decodeHtml(input);
    diagnostics.push(...decoded.diagnostics);
    html = decoded.html;
    charset = { name: decoded.charset, source: decoded.source };
  } else {
    throw new TypeError('extractHtml expects a string or a Buffer');
  }
  if (html.trim() === '') return rejected('empty', 'the page is empty', diagnostics, options, charset);
  if (looksBinaryText(html)) return rejected('binary', 'binary data, not an HTML page', diagnostics, options, charset);

  const doc = parseHtml(html);
  if (doc.flattened) {
    diagnostics.push({ reason: 'nesting deeper than the limit was flattened', severity: 'warning', rule: 'html/parse/too-deep' });
  }
  const body = findFirst(doc.root, 'body') ?? doc.root;
  const stats = computeStats(body);
  const jsonLd = readJsonLd(doc.jsonLd, diagnostics);
  const candidates = collectCandidates(doc, body);
  candidates.push(...scanTextDates(body), ...scanTextBylines(body), ...scanLabelledBylines(body));
  const titles = titleHints(doc, candidates.filter((c) => c.field === 'title' && c.source !== 'h1').map((c) => c.value), jsonLd.title);

  let best: BodyAttempt | null = null;
  for (const attempt of CASCADE) {
    const drops = markDrops(body, stats, attempt.level);
    const container = findContainer(body, stats, drops);
    const result = container === null ? { paragraphs: [], spans: [], removed: [] } : serialiseBody(container.parts, stats, drops, { titles, conditional: attempt.level.conditional });
    const length = result.paragraphs.reduce((n, p) => n + p.length, 0);
    if (best === null || length > best.length) {
      const region = container === null ? null : articleRegion(container.parts, doc);
      const lead = region === null || container === null ? null : findLead(body, region.start, container.parts[0]!.start, stats, drops);
      const pageDrops = container === null ? [] : dropsOutside(drops, container.parts, stats);
      best = { ...result, attempt: attempt.id, length, pageDrops, region, lead };
    }
    if (length >= RETRY_BELOW_CHARS) break;
  }
  if (best !== null && best.attempt !== CASCADE[0]!.id) {
    diagnostics.push({ reason: `the strict pass found too little text; used the ${best.attempt} pass`, severity: 'info', rule: 'html/body/cascade' });
  }
  const refined = refineParagraphs(best?.paragraphs ?? [], best?.spans ?? [], boilerplateRules());
  const paragraphs = refined.paragraphs;
  const spans = refined.spans;
  const lead = best?.lead ?? null;
  if (lead !== null && !paragraphs.some((p) => p.includes(lead.text.slice(0, 60)))) {
    paragraphs.unshift(lead.text);
    spans.unshift({ start: lead.start, end: lead.end });
  }
  const boilerplate: HtmlBoilerplate[] = [...(best?.pageDrops ?? []), ...(best?.removed ?? []), ...refined.removed];
  const visibleBylines = peelHead(paragraphs, spans, boilerplate, today);

  // A byline inside the article (or between its title and its end) beats one in a sidebar.
  if (best?.region) preferInside(candidates, best.region);
  const metadata = resolveMetadata({ candidates, jsonLd, url: options.url ?? null, visibleBylines, today });
  const articleBody = paragraphs.join('\n\n');
  let rejection: HtmlRejection | null = null;
  if (articleBody.length < MIN_ARTICLE_CHARS) {
    rejection = 'not-an-article';
    diagnostics.push({ reason: `no article found: ${articleBody.length} characters of body text`, severity: 'warning', rule: 'html/body/not-an-article' });
  }
  boilerplate.sort((a, b) => a.start - b.start);
  return {
    ...fromMetadata(metadata, options),
    articleBody,
    boilerplate,
    metadata,
    charset,
    rejected: rejection,
    diagnostics,
  };
}

function fromMetadata(metadata: HtmlMetadata, options: HtmlExtractOptions): Pick<HtmlExtraction, 'url' | 'title' | 'author' | 'date' | 'modified' | 'sitename' | 'lang' | 'canonical'> {
  return {
    url: options.url ?? metadata.canonical.value,
    title: metadata.title.value,
    author: metadata.author.value,
    date: metadata.date.value,
    modified: metadata.modified.value,
    sitename: metadata.sitename.value,
    lang: metadata.lang.value,
    canonical: metadata.canonical.value,
  };
}

/**
 * The lead paragraph (standfirst) of an article when it sits between the title and the body
 * container, as many sites place it: a block named like a lead, of running text, not dropped.
 */
function findLead(body: HtmlElement, from: number, to: number, stats: StatsMap, drops: DropMap): { text: string; start: number; end: number } | null {
  if (to <= from) return null;
  let lead: { text: string; start: number; end: number } | null = null;
  walk(body, (element) => {
    if (lead !== null || element.end <= from || element.start >= to) return false;
    // The lead often sits in the article's header block, which the class rules drop as a page
    // header (`article-header`); only that kind of drop is searched.
    const mark = drops.get(element);
    if (mark !== undefined && mark.rule !== 'html/drop/navigation') return false;
    if (element.start < from || element.end > to) return true;
    const attrs = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`;
    if (!LEAD_ATTRS.test(attrs)) return true;
    const s = stats.get(element);
    if (s === undefined || s.text < 40 || s.text > 1500 || linkDensity(s) > 0.3) return true;
    lead = { text: collectInline(element), start: element.start, end: element.end };
    return false;
  });
  return lead;
}

/** From the first h1 before the container (if any) to the container's end. */
function articleRegion(parts: readonly HtmlElement[], doc: HtmlDocument): { start: number; end: number } {
  let start = parts[0]!.start;
  const end = parts[parts.length - 1]!.end;
  const h1 = findFirst(doc.root, 'h1');
  if (h1 !== null && h1.start < start) start = h1.start;
  return { start, end };
}

/** Moves the visible candidates found inside `region` before the others (stable otherwise). */
function preferInside(candidates: RawCandidate[], region: { start: number; end: number }): void {
  const inside = (c: RawCandidate): number => (c.at === undefined || (c.at >= region.start && c.at <= region.end) ? 0 : 1);
  const sorted = candidates.map((c, i) => ({ c, i })).sort((a, b) => inside(a.c) - inside(b.c) || a.i - b.i);
  for (let i = 0; i < sorted.length; i++) candidates[i] = sorted[i]!.c;
}

/** Titles the body must not repeat: `<title>` and its parts, og/twitter titles, the JSON-LD headline. */
function titleHints(doc: HtmlDocument, metaTitles: string[], jsonLdTitle: string | undefined): string[] {
  const hints = [...metaTitles];
  if (jsonLdTitle) hints.push(jsonLdTitle);
  if (doc.title) hints.push(...titleParts(doc.title));
  return hints;
}

/** Page-wide drops outside the container, reported so that a reader sees what was left out. */
function dropsOutside(drops: Map<HtmlElement, { kind: HtmlBoilerplate['kind']; rule: string }>, parts: readonly HtmlElement[], stats: ReturnType<typeof computeStats>): HtmlBoilerplate[] {
  const out: HtmlBoilerplate[] = [];
  for (const [element, mark] of drops) {
    if ((stats.get(element)?.text ?? 0) === 0) continue;
    if (parts.some((p) => element.start >= p.start && element.end <= p.end)) continue;
    out.push({ start: element.start, end: element.end, text: snippet(collectInline(element)), kind: mark.kind, rule: mark.rule });
  }
  return out;
}

const BYLINE_LINE = /^(?:by|von|par|por|door|di)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:and|und|&|et|e|y)?\s*\p{Lu}?[\p{L}.'’-]*){0,6}(?:\s*[,|•·–—-].{0,60})?$/u;

/**
 * Removes byline and dateline paragraphs from the top of the body (the first three), returning
 * the bylines found for the metadata.
 */
function peelHead(paragraphs: string[], spans: Array<{ start: number; end: number }>, boilerplate: HtmlBoilerplate[], today: string): string[] {
  const bylines: string[] = [];
  for (let i = 0; i < Math.min(3, paragraphs.length); ) {
    const p = paragraphs[i]!;
    if (p.length <= 120 && BYLINE_LINE.test(p)) {
      bylines.push(p);
      boilerplate.push({ ...spans[i]!, text: snippet(p), kind: 'byline', rule: 'html/line/byline' });
      paragraphs.splice(i, 1);
      spans.splice(i, 1);
      continue;
    }
    if (p.length <= 60 && parseDate(p) !== null && !/[.!?]\s*$/.test(p.replace(/\d+\.$/, '')) && p.split(/\s+/).length <= 8) {
      const d = parseDate(p)!;
      if (d <= today) {
        boilerplate.push({ ...spans[i]!, text: snippet(p), kind: 'dateline', rule: 'html/line/dateline' });
        paragraphs.splice(i, 1);
        spans.splice(i, 1);
        continue;
      }
    }
    i++;
  }
  return bylines;
}

function rejected(
  reason: HtmlRejection,
  message: string,
  diagnostics: Diagnostic[],
  options: HtmlExtractOptions,
  charset: HtmlExtraction['charset'] = null,
): HtmlExtraction {
  const none = { value: null, source: null, candidates: [] };
  diagnostics.push({ reason: message, severity: 'fatal', rule: `html/reject/${reason}` });
  return {
    url: options.url ?? null,
    title: null,
    author: null,
    date: null,
    modified: null,
    sitename: null,
    lang: null,
    canonical: null,
    articleBody: '',
    boilerplate: [],
    metadata: { title: { ...none, candidates: [] }, author: { ...none, candidates: [] }, date: { ...none, candidates: [] }, modified: { ...none, candidates: [] }, sitename: { ...none, candidates: [] }, lang: { ...none, candidates: [] }, canonical: { ...none, candidates: [] } },
    charset,
    rejected: reason,
    diagnostics,
  };
}

function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) control++;
  }
  return control > n * 0.05;
}
