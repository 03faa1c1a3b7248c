/**
 * JSON Feed 1.0 / 1.1 (jsonfeed.org). Returns null when the JSON is not a JSON Feed; items past
 * `maxItems` are counted, not kept.
 */
import { feedDate, type FeedItem, type ParsedFeed } from './feed-item.js';
import { fragmentText } from './fragment-text.js';

export function parseJsonFeed(text: string, options: { maxItems?: number } = {}): ParsedFeed | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || typeof value.version !== 'string' || !value.version.includes('jsonfeed.org')) return null;
  const items = Array.isArray(value.items) ? value.items : [];
  const maxItems = options.maxItems ?? Infinity;
  const feed: ParsedFeed = {
    format: 'json',
    title: str(value.title) ?? null,
    link: str(value.home_page_url) ?? null,
    lang: str(value.language) ?? null,
    items: [],
    totalItems: items.length,
  };
  items.slice(0, Math.min(items.length, maxItems)).forEach((raw, index) => {
    if (!isObject(raw)) return;
    const item: FeedItem = { index, categories: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [] };
    const title = str(raw.title);
    if (title) item.title = title;
    const link = str(raw.url) ?? str(raw.external_url);
    if (link) item.link = link;
    if (raw.id !== undefined) item.id = String(raw.id);
    const published = feedDate(str(raw.date_published)) ?? feedDate(str(raw.date_modified));
    if (published) item.published = published;
    const authors = Array.isArray(raw.authors) ? raw.authors : isObject(raw.author) ? [raw.author] : [];
    const names = authors.map((a) => (isObject(a) ? str(a.name) : undefined)).filter((n): n is string => n !== undefined);
    if (names.length > 0) item.author = names.join('; ');
    const summary = str(raw.summary);
    if (summary) item.summary = summary;
    const html = str(raw.content_html);
    const plain = str(raw.content_text);
    if (html) {
      item.contentHtml = html;
      item.content = fragmentText(html);
    } else if (plain) item.content = plain;
    const lang = str(raw.language);
    if (lang) item.lang = lang;
    feed.items.push(item);
  });
  return feed;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
