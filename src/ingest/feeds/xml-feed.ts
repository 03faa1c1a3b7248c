/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, read in one streaming pass (see `xml-walker.ts` for
 * why entity expansion cannot happen). Items past `maxItems` are counted but not kept, so that a
 * feed of a million items costs the memory of `maxItems`.
 */
import { feedDate, type FeedFormat, type FeedItem, type ParsedFeed } from './feed-item.js';
import { fragmentText, looksLikeHtml } from './fragment-text.js';
import { walkXml } from './xml-walker.js';

export interface FeedParseOptions {
  /** Items kept; the rest are counted in `totalItems`. */
  maxItems?: number;
}

const ROOTS: Record<string, FeedFormat> = { rss: 'rss', feed: 'atom', 'rdf:rdf': 'rdf' };

/** Which feed format a root element name means, or null. */
export function feedFormatOfRoot(root: string | null): FeedFormat | null {
  return root === null ? null : ROOTS[root] ?? null;
}

type Field = 'title' | 'link' | 'id' | 'published' | 'updated' | 'summary' | 'content' | 'author' | 'category';

const FIELDS: Record<string, Field> = {
  title: 'title',
  link: 'link',
  guid: 'id',
  id: 'id',
  pubdate: 'published',
  published: 'published',
  issued: 'published',
  'dc:date': 'published',
  updated: 'updated',
  modified: 'updated',
  'dc:modified': 'updated',
  description: 'summary',
  summary: 'summary',
  'content:encoded': 'content',
  content: 'content',
  author: 'author',
  'dc:creator': 'author',
  category: 'category',
  'dc:subject': 'category',
};

interface Capture {
  field: Field;
  depth: number;
  buffer: string;
  /** Atom `type="xhtml"`: nested elements are content, kept as markup. */
  xhtml: boolean;
  /** Atom `type="text"`: plain text, not HTML. */
  plain: boolean;
}

/** Parses an XML feed; returns null when the document is not RSS, RDF or Atom. */
export function parseXmlFeed(text: string, options: FeedParseOptions = {}): ParsedFeed | null {
  const maxItems = options.maxItems ?? Infinity;
  const feed: ParsedFeed = { format: 'rss', title: null, link: null, lang: null, items: [], totalItems: 0 };
  const stack: string[] = [];
  let itemDepth = 0;
  let item: Partial<Record<Field, string>> & { categories: string[]; link?: string; plainContent?: boolean } = { categories: [] };
  let capture: Capture | null = null;
  let channelField: { name: 'title' | 'language'; depth: number; buffer: string } | null = null;

  const root = walkXml(text, {
    open(name, attributes, depth) {
      stack[depth] = name;
      if (depth === 1) {
        feed.lang = attributes['xml:lang'] ?? null;
        return;
      }
      if (capture?.xhtml) {
        capture.buffer += `<${name.replace(/^xhtml:/, '')}${serialiseAttributes(attributes)}>`;
        return;
      }
      if (itemDepth === 0 && (name === 'item' || name === 'entry')) {
        itemDepth = depth;
        item = { categories: [] };
        return;
      }
      if (itemDepth === 0) {
        const parent = stack[depth - 1];
        if ((name === 'title' || name === 'language') && (parent === 'channel' || parent === 'feed')) channelField = { name, depth, buffer: '' };
        if (name === 'link' && depth === 2 && attributes.href && (attributes.rel ?? 'alternate') === 'alternate') feed.link ??= attributes.href;
        return;
      }
      if (capture) return;
      const parent = stack[depth - 1];
      // Atom <author><name>…</name></author>.
      if (name === 'name' && parent === 'author' && depth === itemDepth + 2) {
        capture = { field: 'author', depth, buffer: '', xhtml: false, plain: true };
        return;
      }
      if (depth !== itemDepth + 1) return;
      const field = FIELDS[name];
      if (field === undefined) return;
      if (name === 'link' && attributes.href !== undefined) {
        // Atom: the alternate link is the article; enclosures, replies and self links are not.
        if ((attributes.rel ?? 'alternate') === 'alternate' && item.link === undefined) item.link = attributes.href;
        return;
      }
      if (name === 'category' && attributes.term !== undefined) {
        item.categories.push(attributes.term);
        return;
      }
      if (name === 'author' && stack[1] === 'feed') return; // Atom author: its <name> is read above.
      const type = (attributes.type ?? '').toLowerCase();
      capture = { field, depth, buffer: '', xhtml: type === 'xhtml', plain: type === 'text' || type === 'text/plain' };
    },
    text(data) {
      if (capture) capture.buffer += capture.xhtml ? escapeText(data) : data;
      else if (channelField) channelField.buffer += data;
    },
    close(name, depth) {
      if (capture && depth === capture.depth) {
        const value = capture.buffer.trim();
        if (capture.field === 'category') {
          if (value !== '') item.categories.push(value);
        } else if (capture.field === 'link') {
          if (item.link === undefined && value !== '') item.link = value;
        } else if (item[capture.field] === undefined && value !== '') {
          item[capture.field] = value;
          if (capture.field === 'content') item.plainContent = capture.plain;
        }
        capture = null;
        return;
      }
      if (capture?.xhtml) {
        capture.buffer += `</${name.replace(/^xhtml:/, '')}>`;
        return;
      }
      if (channelField && depth === channelField.depth) {
        const value = channelField.buffer.trim() || null;
        if (channelField.name === 'title') feed.title ??= value;
        else feed.lang ??= value;
        channelField = null;
        return;
      }
      if (itemDepth !== 0 && depth === itemDepth) {
        if (feed.items.length < maxItems) feed.items.push(toItem(item, feed.totalItems));
        feed.totalItems++;
        itemDepth = 0;
      }
    },
  });
  const format = feedFormatOfRoot(root);
  if (format === null) return null;
  feed.format = format;
  return feed;
}

function toItem(raw: Partial<Record<Field, string>> & { categories: string[]; link?: string; plainContent?: boolean }, index: number): FeedItem {
  const item: FeedItem = { index, categories: raw.categories };
  if (raw.title) item.title = raw.title.replace(/\s+/g, ' ').trim();
  const link = raw.link ?? (raw.id && /^https?:\/\//i.test(raw.id) ? raw.id : undefined);
  if (link) item.link = link.trim();
  if (raw.id) item.id = raw.id;
  const published = feedDate(raw.published) ?? feedDate(raw.updated);
  if (published) item.published = published;
  if (raw.author) item.author = raw.author.replace(/\s+/g, ' ').trim();
  if (raw.summary) item.summary = looksLikeHtml(raw.summary) ? fragmentText(raw.summary) : raw.summary;
  if (raw.content) {
    if (raw.plainContent) item.content = raw.content;
    else {
      item.contentHtml = raw.content;
      item.content = fragmentText(raw.content);
    }
  }
  return item;
}

function serialiseAttributes(attributes: Record<string, string>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) out += ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
