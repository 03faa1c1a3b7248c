import { readFileSync } from 'node:fs';
import { compareEvidence, evidenceProfile, evidenceVector } from '../work/main/src/trace/crosslingual.js';
import { TermStats } from '../work/main/src/trace/vectors.js';
const D='/work/shared/data/clustering/';
const arts = readFileSync(D+'xling_articles.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const pairs = readFileSync(D+'xling_pairs.jsonl','utf8').trim().split('\n').map(l=>JSON.parse(l));
const prof = new Map(arts.map((a:any)=>[a.id, evidenceProfile(a.title??'',a.text)]));
const st = new TermStats(); for (const p of prof.values()) st.observe(p.bag.keys());
const vec = new Map([...prof].map(([id,p])=>[id, evidenceVector(p,st)]));
const byLang: Record<string, number[]> = {};
for (const p of pairs) {
  if (p.overall>2 && p.overall<3) continue;
  const gold = p.overall<=2;
  const m = compareEvidence(vec.get(p.id1)!, vec.get(p.id2)!);
  const key = `${p.lang1}-${p.lang2}`;
  const s = byLang[key] ??= [0,0,0,0];
  if (gold && m.same) s[0]++; else if (!gold && m.same) s[1]++; else if (gold) s[2]++; else s[3]++;
  if (process.argv[2]==='v') console.log(gold?'POS':'neg', m.same?'SAME':'diff', key, m.score.toFixed(3), p.overall.toFixed(2), m.shared.slice(0,6).map(x=>x.feature).join(' '));
}
console.log('lang tp fp fn tn', byLang);
