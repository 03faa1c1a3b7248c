/**
 * The article text of an HTML page, until the HTML extractor (`src/extract/html`) is wired in:
 * block elements become paragraphs. Kept in one place so that the switch is one line.
 */
import { fragmentText } from './feeds/fragment-text.js';

export function pageText(html: string): string {
  const body = /<body[\s>][\s\S]*$/i.exec(html)?.[0] ?? html;
  return fragmentText(body);
}

export function pageTitle(html: string): string | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  return title ? title : undefined;
}
