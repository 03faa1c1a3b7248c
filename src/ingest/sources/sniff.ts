/**
 * What kind of document some bytes are, from their first bytes, the HTTP content type and the
 * file name: a feed or other XML document, JSON, an HTML page, plain text, or binary data.
 */
import { looksBinary } from '../../util/binary.js';

export type DocumentKind = 'xml' | 'json' | 'html' | 'text' | 'binary';

export function sniffDocument(bytes: Buffer, contentType: string | null, name: string): DocumentKind {
  const head = bytes.subarray(0, 2048).toString('utf8').replace(/^\ufeff/, '').trimStart();
  const type = (contentType ?? '').toLowerCase();
  if (looksBinary(bytes)) return 'binary';
  if (head.startsWith('<?xml') || /\b(rss|atom|rdf|xml|opml)\b/.test(type) || /\.(xml|rss|atom|rdf|opml)$/i.test(name)) {
    // An XHTML page served as XML is still a page.
    if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype html|<html[\s>]/i.test(head)) return 'html';
    return 'xml';
  }
  if (head.startsWith('{') && (type.includes('json') || /\.json$/i.test(name) || head.includes('jsonfeed.org'))) return 'json';
  if (/^<(rss|feed|rdf:rdf|urlset|sitemapindex|opml)[\s>]/i.test(head)) return 'xml';
  if (type.includes('html') || /\.x?html?$/i.test(name) || /^<!doctype html|^<html[\s>]|<(head|body|article|div|p)[\s>]/i.test(head.slice(0, 512))) {
    return 'html';
  }
  return 'text';
}

