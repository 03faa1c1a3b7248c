import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from './src/extract/html/index.js';
const [field, kind, limit] = process.argv.slice(2);
const dir = '/work/shared/data/extraction/metadata';
const exp = new Map(readFileSync(`${dir}/expected.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((e) => [e.id, e]));
const per = readFileSync('/tmp/ex/md-perdoc.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let n = 0;
for (const d of per) {
  const e = exp.get(d.id);
  let bad = false;
  if (field === 'date') bad = 'date_ok' in d && !d.date_ok && (kind === 'none' ? d.date_pred === null : kind === 'wrong' ? d.date_pred !== null : true);
  if (field === 'author') bad = 'author_exact' in d && !d.author_exact && (kind === 'none' ? !d.author_pred : kind === 'wrong' ? !!d.author_pred : true);
  if (field === 'authornone') bad = 'author_none_ok' in d && !d.author_none_ok;
  if (field === 'title') bad = 'title_ok' in d && !d.title_ok;
  if (!bad) continue;
  if (n++ >= +(limit ?? 20)) break;
  const r = extractHtml(gunzipSync(readFileSync(`${dir}/${e.file}`)), { url: e.url, today: '2026-12-31' });
  const f = field === 'authornone' ? 'author' : field as 'date' | 'author' | 'title';
  console.log(`\n## ${e.url}\n gold=${JSON.stringify(e[f])} pred=${JSON.stringify(r[f])} (${r.metadata[f].source})`);
  for (const c of r.metadata[f].candidates.slice(0, 12)) console.log(`   ${c.source}: ${JSON.stringify(c.value).slice(0, 100)} ${c.rejected ?? ''}`);
}
