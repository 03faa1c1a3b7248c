import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from './src/extract/html/index.js';
const field = (process.argv[2] ?? 'date') as 'date' | 'author' | 'title';
const dir = '/work/shared/data/extraction/metadata';
const exp = readFileSync(`${dir}/expected.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const stat = new Map<string, [number, number]>();
const norm = (s: unknown) => (Array.isArray(s) ? s.join('; ') : String(s ?? '')).replace(/\s+/g, ' ').trim();
for (const e of exp) {
  const gold = field === 'date' ? (e.date_source === 'htmldate' ? e.date : undefined) : e[field];
  if (!gold) continue;
  const r = extractHtml(gunzipSync(readFileSync(`${dir}/${e.file}`)), { url: e.url, today: '2026-12-31' });
  const seen = new Set<string>();
  for (const c of r.metadata[field].candidates) {
    if (c.rejected && c.rejected !== 'lower-ranked source' && c.rejected !== 'generic' && c.rejected !== 'h1 agrees') continue;
    const src = c.source.startsWith('meta:') && !/published_time|datepublished/.test(c.source) ? c.source : c.source;
    if (seen.has(src)) continue;
    seen.add(src);
    const s = stat.get(src) ?? [0, 0];
    s[0] += norm(c.value) === norm(gold) ? 1 : 0;
    s[1]++;
    stat.set(src, s);
  }
}
for (const [k, v] of [...stat].sort((a, b) => b[1][1] - a[1][1])) if (v[1] >= 3) console.log(k.padEnd(40), v[0], v[1], (v[0] / v[1]).toFixed(2));
