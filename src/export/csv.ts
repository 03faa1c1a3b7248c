/** Stored articles as CSV (RFC 4180): one row per article, the facts counted, the text included. */
import type { StoredArticle } from '../store/store.js';

export const CSV_COLUMNS = [
  'id', 'url', 'source', 'published', 'lang', 'title', 'author', 'version', 'first_seen', 'last_seen',
  'entities', 'dates', 'quotes', 'sources', 'events', 'origin', 'text',
] as const;

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function csvRow(article: StoredArticle): string {
  const r = article.record;
  const values: Array<string | number | null> = [
    article.id, article.url ?? article.canonicalUrl, article.source, article.published, article.lang, article.title,
    r.byline?.author ?? null, article.version, article.firstSeenAt, article.lastSeenAt,
    r.entities.length, r.dates.length, r.quotes.length, r.sources.length, r.events.length,
    r.sources[0]?.name ?? null, r.text,
  ];
  return values.map(csvField).join(',');
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
