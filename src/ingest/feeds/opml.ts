/** OPML subscription lists: the feeds (`outline` elements with an `xmlUrl`), nested or not. */
import { walkXml } from './xml-walker.js';

export interface OpmlFeed {
  url: string;
  title?: string;
}

/** The feeds of an OPML document, in order, without duplicates; null when it is not OPML. */
export function parseOpml(text: string): OpmlFeed[] | null {
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const root = walkXml(text, {
    open(name, attributes) {
      if (name !== 'outline') return;
      const url = attributes.xmlUrl ?? attributes.xmlurl;
      if (!url || seen.has(url)) return;
      seen.add(url);
      const title = attributes.title ?? attributes.text;
      feeds.push(title ? { url, title } : { url });
    },
  });
  return root === 'opml' ? feeds : null;
}
