import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from './src/extract/html/index.js';
const [set, prefix, mode] = process.argv.slice(2);
const dir = `/work/shared/data/extraction/${set}`;
const file = readdirSync(dir).find((f) => f.startsWith(prefix!))!;
const id = file.replace('.html.gz', '');
const exp = readFileSync(`${dir}/expected.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.id === id);
const r = extractHtml(gunzipSync(readFileSync(`${dir}/${file}`)), { url: exp.url, today: '2026-12-31' });
if (mode === 'meta') {
  console.log(JSON.stringify({ exp: { date: exp.date, author: exp.author, title: exp.title, url: exp.url }, got: { date: r.date, author: r.author, title: r.title }, meta: r.metadata }, null, 1));
} else {
  console.log('=== OURS\n' + r.articleBody.slice(0, +(mode ?? 3000)));
  console.log('=== EXPECTED\n' + (exp.articleBody ?? JSON.stringify({ with: exp.with, without: exp.without })).slice(0, +(mode ?? 3000)));
  console.log('=== removed'); for (const b of r.boilerplate) console.log(b.kind, b.rule, b.text.slice(0, 100));
  console.log(r.diagnostics);
}
import { parseHtml, walk, findFirst, type HtmlElement } from './src/extract/html/tree.js';
import { computeStats } from './src/extract/html/stats.js';
import { markDrops } from './src/extract/html/clean.js';
import { decodeHtml } from './src/extract/html/charset.js';
if (mode === 'why') {
  const needle = process.argv[5]!;
  const doc = parseHtml(decodeHtml(gunzipSync(readFileSync(`${dir}/${file}`))).html);
  const body = findFirst(doc.root, 'body')!;
  const stats = computeStats(body);
  const drops = markDrops(body, stats, { attrs: true });
  walk(doc.root, (e) => {
    if (e.children.some((c) => typeof c === 'string' && c.includes(needle))) {
      for (let a: HtmlElement | null = e; a; a = a.parent) console.log(a.tag, JSON.stringify(a.attrs).slice(0, 150), drops.get(a) ?? "", JSON.stringify(stats.get(a)));
      return false;
    }
  });
}
import { findContainer } from './src/extract/html/score.js';
if (mode === 'top') {
  const doc = parseHtml(decodeHtml(gunzipSync(readFileSync(`${dir}/${file}`))).html);
  const body = findFirst(doc.root, 'body')!;
  const stats = computeStats(body);
  const drops = markDrops(body, stats, { attrs: true });
  const c = findContainer(body, stats, drops);
  console.log(c?.score, c?.parts.map((p) => `${p.tag} ${JSON.stringify(p.attrs).slice(0, 100)} ${JSON.stringify(stats.get(p))}`));
}
