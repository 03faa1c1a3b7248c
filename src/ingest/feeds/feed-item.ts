/** What a feed says about one of its items, whatever the format (RSS, Atom, RDF, JSON Feed). */
export interface FeedItem {
  /** 0-based position in the feed. */
  index: number;
  title?: string;
  /** The article's URL (RSS `link`, Atom `link rel=alternate`, JSON Feed `url`). */
  link?: string;
  /** The item's id (RSS `guid`, Atom `id`). */
  id?: string;
  /** ISO 8601, from pubDate / published / dc:date / updated. */
  published?: string;
  author?: string;
  /** The summary, as text. */
  summary?: string;
  /** The full content, as text (HTML turned into paragraphs); absent when the feed gives none. */
  content?: string;
  /** The full content as the feed gave it, when it was HTML. */
  contentHtml?: string;
  categories: string[];
  lang?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  lang: string | null;
  items: FeedItem[];
  /** Items in the feed, including those over the limit that were not kept. */
  totalItems: number;
}

/** ISO 8601 of an RFC 822 or ISO date as feeds write them; undefined when unparseable. */
export function feedDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  return new Date(time).toISOString();
}
