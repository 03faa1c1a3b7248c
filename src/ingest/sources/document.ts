/**
 * One document, fetched or read from a file, turned into source items: a feed becomes its items,
 * a sitemap its pages (or child sitemaps), an OPML list its feeds, a page or a text one article.
 */
import { WiretraceError } from '../../errors.js';
import { problem, type Candidate, type SourceItem } from '../candidate.js';
import { decodeXml } from '../feeds/decode-xml.js';
import type { FeedItem, ParsedFeed } from '../feeds/feed-item.js';
import { parseJsonFeed } from '../feeds/json-feed.js';
import { parseOpml } from '../feeds/opml.js';
import { parseSitemap } from '../feeds/sitemap.js';
import { feedFormatOfRoot, parseXmlFeed } from '../feeds/xml-feed.js';
import { sniffRoot } from '../feeds/xml-walker.js';
import type { SourceContext } from './context.js';
import { sniffDocument } from './sniff.js';

export interface DocumentInfo {
  /** For messages: the URL or path. */
  where: string;
  /** The URL it was fetched from (after redirects), to resolve relative links; absent for files. */
  url?: string;
  /** A `file:` URL: the identity of articles read from a file. */
  fileKey?: string;
  contentType?: string | null;
  /** The feed this document is, when it is one fetched by URL (for its poll state). */
  feedUrl?: string;
  validators?: { etag: string | null; lastModified: string | null; status: number };
  depth: number;
}

/** The callback that expands a URL found in a document (a child sitemap, a feed of an OPML list). */
export type ExpandUrl = (url: string, depth: number) => AsyncGenerator<SourceItem>;

export async function* documentItems(bytes: Buffer, info: DocumentInfo, ctx: SourceContext, expandUrl: ExpandUrl): AsyncGenerator<SourceItem> {
  const kind = sniffDocument(bytes, info.contentType ?? null, info.where);
  if (kind === 'binary') {
    yield problem(new WiretraceError('binary', `binary data (${info.contentType ?? 'unknown type'}), not an article or a feed`, { where: info.where }));
    return;
  }
  if (kind === 'html') {
    yield { kind: 'candidate', where: info.where, html: bytes, ...identity(info) };
    return;
  }
  if (kind === 'text') {
    const text = decodeXml(bytes).text;
    if (text.trim() === '') yield problem(new WiretraceError('empty', 'empty input', { where: info.where }));
    else yield { kind: 'candidate', where: info.where, text, ...identity(info) };
    return;
  }
  const decoded = decodeXml(bytes);
  if (decoded.replaced > 0) {
    yield problem(new WiretraceError('bad-charset', `${decoded.replaced} invalid ${decoded.encoding} byte sequence(s) replaced with U+FFFD; the rest was read`, { where: info.where }));
  }
  if (kind === 'json') {
    const feed = parseJsonFeed(decoded.text, { maxItems: ctx.options.maxItems });
    if (feed === null) yield problem(new WiretraceError('unsupported', 'JSON that is not a JSON Feed (for records, use a .jsonl file)', { where: info.where }));
    else yield* feedItems(feed, info, ctx);
    return;
  }
  const root = sniffRoot(decoded.text.slice(0, 4096));
  if (feedFormatOfRoot(root) !== null) {
    const feed = parseXmlFeed(decoded.text, { maxItems: ctx.options.maxItems });
    if (feed) yield* feedItems(feed, info, ctx);
    return;
  }
  if (root === 'urlset' || root === 'sitemapindex') {
    yield* sitemapItems(decoded.text, info, ctx, expandUrl);
    return;
  }
  if (root === 'opml') {
    const feeds = parseOpml(decoded.text) ?? [];
    if (feeds.length === 0) yield problem(new WiretraceError('no-articles', 'OPML list without any feed (outline xmlUrl)', { where: info.where }));
    for (const feed of feeds) {
      const url = resolveUrl(feed.url, info.url);
      if (url === null) yield problem(new WiretraceError('bad-input', `OPML feed URL is not http(s): ${feed.url}`, { where: info.where }));
      else if (info.depth >= ctx.options.maxDepth) yield problem(tooDeep(info.where, ctx.options.maxDepth));
      else yield* expandUrl(url, info.depth + 1);
    }
    return;
  }
  yield problem(new WiretraceError('unsupported', `XML document <${root ?? '?'}> is neither a feed (RSS, Atom, RDF), a sitemap nor OPML`, { where: info.where }));
}

function* feedItems(feed: ParsedFeed, info: DocumentInfo, ctx: SourceContext): Generator<SourceItem> {
  const tracker = info.feedUrl ? feedTracker(ctx, info.feedUrl, feed, info.validators) : null;
  yield { kind: 'note', event: { type: 'feed', url: info.where, items: feed.totalItems, kept: feed.items.length, notModified: false } };
  if (feed.totalItems > feed.items.length) {
    yield problem(new WiretraceError('too-large', `the feed has ${feed.totalItems} items; only the first ${feed.items.length} were taken (--max-items)`, { where: info.where }));
  }
  const lang = feed.lang ? primaryLanguage(feed.lang) : undefined;
  for (const item of feed.items) {
    const candidate = itemCandidate(item, info, ctx, lang);
    if (candidate === null) {
      yield problem(new WiretraceError('empty', 'feed item without content and without a link to fetch', { where: `${info.where}#${item.index + 1}` }));
      continue;
    }
    if (tracker) {
      candidate.feedId = tracker.feedId;
      candidate.settle = tracker.add();
    }
    yield candidate;
  }
  tracker?.seal();
}

/**
 * Records a feed's poll once all its items are settled: with the new ETag / Last-Modified when
 * every item was stored, without them when one failed (so that the next poll reads it in full).
 */
function feedTracker(ctx: SourceContext, url: string, feed: ParsedFeed, validators: DocumentInfo['validators']) {
  const feedId = ctx.store.ensureFeed(url, feed.title).id;
  let pending = 0;
  let sealed = false;
  let failed = false;
  const commit = () => {
    if (!sealed || pending > 0) return;
    ctx.store.recordPoll(feedId, {
      status: validators?.status ?? 200,
      etag: failed ? null : validators?.etag ?? null,
      lastModified: failed ? null : validators?.lastModified ?? null,
      title: feed.title,
      items: feed.items.length,
      ...(failed ? { error: 'some items failed; the feed will be read in full next time' } : {}),
    });
  };
  return {
    feedId,
    add(): (ok: boolean) => void {
      pending++;
      let settled = false;
      return (ok) => {
        if (settled) return;
        settled = true;
        if (!ok) failed = true;
        pending--;
        commit();
      };
    },
    seal() {
      sealed = true;
      commit();
    },
  };
}

function itemCandidate(item: FeedItem, info: DocumentInfo, ctx: SourceContext, feedLang: string | undefined): Candidate | null {
  const where = `${info.where}#${item.index + 1}`;
  const link = item.link ? resolveUrl(item.link, info.url) ?? undefined : undefined;
  const policy = ctx.options.pages;
  const fetch = link !== undefined && (policy === 'always' || (policy === 'auto' && item.content === undefined));
  const candidate: Candidate = { kind: 'candidate', where };
  if (link) candidate.url = link;
  else candidate.key = `${info.fileKey ?? info.feedUrl ?? info.where}#${encodeURIComponent(item.id ?? String(item.index + 1))}`;
  if (item.title) candidate.title = item.title;
  if (item.published) candidate.date = item.published;
  if (item.author) candidate.author = item.author;
  const lang = item.lang ? primaryLanguage(item.lang) : feedLang;
  if (lang) candidate.lang = lang;
  if (fetch) {
    candidate.fetch = true;
    return candidate;
  }
  const text = item.content ?? item.summary;
  if (text === undefined || text.trim() === '') return null;
  candidate.text = text;
  if (item.contentHtml) candidate.raw = { kind: 'bytes', bytes: Buffer.from(item.contentHtml), type: 'text/html' };
  return candidate;
}

async function* sitemapItems(text: string, info: DocumentInfo, ctx: SourceContext, expandUrl: ExpandUrl): AsyncGenerator<SourceItem> {
  const sitemap = parseSitemap(text);
  if (sitemap === null) return;
  if (sitemap.totalEntries > sitemap.entries.length) {
    yield problem(new WiretraceError('too-large', `the sitemap has ${sitemap.totalEntries} entries; only the first ${sitemap.entries.length} were taken`, { where: info.where }));
  }
  for (const entry of sitemap.entries) {
    const url = resolveUrl(entry.loc, info.url);
    if (url === null) {
      yield problem(new WiretraceError('bad-input', `sitemap entry is not an http(s) URL: ${entry.loc}`, { where: info.where }));
      continue;
    }
    if (sitemap.kind === 'index') {
      if (info.depth >= ctx.options.maxDepth) yield problem(tooDeep(info.where, ctx.options.maxDepth));
      else yield* expandUrl(url, info.depth + 1);
      continue;
    }
    const candidate: Candidate = { kind: 'candidate', where: url, url, fetch: true };
    if (entry.title) candidate.title = entry.title;
    if (entry.published) candidate.date = entry.published;
    yield candidate;
  }
}

function identity(info: DocumentInfo): Pick<Candidate, 'url' | 'key'> {
  if (info.url) return { url: info.url };
  return info.fileKey ? { key: info.fileKey } : {};
}

/** An absolute http(s) URL from a link, relative to `base`; null when there is none. */
export function resolveUrl(link: string, base: string | undefined): string | null {
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** `en-US` → `en`. */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]!.toLowerCase();
}

function tooDeep(where: string, maxDepth: number): WiretraceError {
  return new WiretraceError('too-large', `sitemaps or OPML lists nested more than ${maxDepth} deep; the deeper ones were not read`, { where });
}
