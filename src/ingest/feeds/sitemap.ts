/**
 * XML sitemaps (sitemaps.org, with the Google News extension): the page URLs of a `urlset`, or the
 * child sitemaps of a `sitemapindex`. Returns null for any other document.
 */
import { walkXml } from './xml-walker.js';

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  /** Google News `news:title` and `news:publication_date`. */
  title?: string;
  published?: string;
}

export interface ParsedSitemap {
  kind: 'urlset' | 'index';
  entries: SitemapEntry[];
  totalEntries: number;
}

/** 50,000: the protocol's own limit per sitemap file. */
export const MAX_SITEMAP_ENTRIES = 50_000;

export function parseSitemap(text: string, options: { maxEntries?: number } = {}): ParsedSitemap | null {
  const maxEntries = options.maxEntries ?? MAX_SITEMAP_ENTRIES;
  const entries: SitemapEntry[] = [];
  let total = 0;
  let entry: SitemapEntry | null = null;
  let field: { name: string; buffer: string } | null = null;
  const root = walkXml(text, {
    open(name) {
      if (name === 'url' || name === 'sitemap') entry = { loc: '' };
      else if (entry && ['loc', 'lastmod', 'news:title', 'news:publication_date'].includes(name)) field = { name, buffer: '' };
    },
    text(data) {
      if (field) field.buffer += data;
    },
    close(name) {
      if (field && name === field.name && entry) {
        const value = field.buffer.trim();
        if (name === 'loc') entry.loc = value;
        else if (name === 'lastmod') entry.lastmod = value;
        else if (name === 'news:title') entry.title = value;
        else entry.published = value;
        field = null;
      } else if ((name === 'url' || name === 'sitemap') && entry) {
        if (entry.loc !== '') {
          if (entries.length < maxEntries) entries.push(entry);
          total++;
        }
        entry = null;
      }
    },
  });
  if (root !== 'urlset' && root !== 'sitemapindex') return null;
  return { kind: root === 'urlset' ? 'urlset' : 'index', entries, totalEntries: total };
}
