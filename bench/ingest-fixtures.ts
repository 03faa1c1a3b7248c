/**
 * The fixture site of the ingest benchmark: N article pages (texts from ../shared's corpus when
 * present, else generated sentences, each made unique by its number), feeds of 500 items linking
 * to them, and an OPML list of the feeds. Pages are rendered on request, so that 100,000 of them
 * cost no memory.
 */
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonl, sharedDir } from './shared.js';

export const ITEMS_PER_FEED = 500;

export interface Texts {
  texts: Array<{ title: string | null; text: string; lang: string }>;
  from: string;
}

export function loadTexts(): Texts {
  const shared = sharedDir();
  if (shared !== null) {
    const rows = readJsonl<{ title: string | null; text: string; lang: string }>(join(shared, 'data/corpus/articles.jsonl'));
    return { texts: rows.map((r) => ({ title: r.title, text: r.text, lang: r.lang })), from: '../shared corpus (440 Wikinews articles)' };
  }
  const sentence = (i: number) => `Officials in the port city said on Monday that the ferry service number ${i} would resume after repairs to the harbour wall, according to a statement.`;
  const texts = Array.from({ length: 50 }, (_, i) => ({ title: `Ferry service ${i} resumes`, text: Array.from({ length: 8 }, (_, j) => sentence(i * 8 + j)).join('\n\n'), lang: 'en' }));
  return { texts, from: 'generated text (../shared absent)' };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articlePage(texts: Texts['texts'], i: number): string {
  const t = texts[i % texts.length]!;
  const title = t.title ?? 'Untitled';
  const paragraphs = [`Dispatch ${i}.`, ...t.text.split(/\n\s*\n/)].map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><title>${esc(title)} (${i})</title>
<meta property="article:published_time" content="2024-05-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${esc(title)} (${i})</h1>${paragraphs}</article></main>
<aside><h2>Related</h2><ul><li><a href="/a/${i + 1}">More news</a></li></ul></aside><footer>© Bench News</footer></body></html>`;
}

export function feed(origin: string, k: number, total: number): string {
  const start = k * ITEMS_PER_FEED;
  const items: string[] = [];
  for (let i = start; i < Math.min(total, start + ITEMS_PER_FEED); i++) {
    items.push(`<item><title>Article ${i}</title><link>${origin}/a/${i}</link><description>Teaser ${i}</description></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench feed ${k}</title>${items.join('')}</channel></rss>`;
}

export function opml(origin: string, total: number): string {
  const feeds = Math.ceil(total / ITEMS_PER_FEED);
  const outlines = Array.from({ length: feeds }, (_, k) => `<outline type="rss" text="f${k}" xmlUrl="${origin}/feed/${k}.xml"/>`).join('');
  return `<opml version="2.0"><body>${outlines}</body></opml>`;
}

/** The request handler of the fixture site. */
export function fixtureSite(texts: Texts['texts'], total: number) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const origin = `http://${req.headers.host}`;
    const path = req.url ?? '/';
    let match: RegExpExecArray | null;
    if (path === '/robots.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    else if (path === '/feeds.opml') res.writeHead(200, { 'content-type': 'text/x-opml' }).end(opml(origin, total));
    else if ((match = /^\/feed\/(\d+)\.xml$/.exec(path))) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(origin, Number(match[1]), total));
    else if ((match = /^\/a\/(\d+)$/.exec(path)) && Number(match[1]) < total) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articlePage(texts, Number(match[1])));
    else res.writeHead(404).end();
  };
}
