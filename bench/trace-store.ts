/**
 * `npm run bench -- trace-store`: the trace index kept in the store, as ingest fills it — one
 * article at a time, each indexed in its own transaction (fingerprint, story, provenance edges).
 * Measures the stored stories on ECB+ (../shared/data/clustering, pairwise F1 with its scorer),
 * as ingest places them online and after `reindex --all`, and the cost of indexing an article,
 * with the peer measured in the same run: the batch clusterer `clusterCollection`
 * (`wiretrace cluster`), which sees every article before deciding.
 *
 * Then the cross-lingual pairs (../shared/data/clustering/xling_*, SemEval-2022 Task 8, scored
 * in pairs mode): their 729 articles in seven languages stored online one at a time, as ingest
 * would (candidates across languages come from the evidence postings), against the batch
 * clusterer on the same articles.
 *
 * Records are the input text without the analysis stages (no sourcing chain, no boilerplate), so
 * that the figure is the index's own; ingest adds the analysis on top.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyRecord } from '../src/analyze.js';
import { openStore } from '../src/store/index.js';
import { clusterCollection, type CollectionDocument } from '../src/trace/collection.js';
import { putAndIndex, reindex } from '../src/trace/indexer.js';

type Doc = Omit<CollectionDocument, 'date'> & { date: string | null };

const SHARED = fileURLToPath(new URL('../../shared/data/clustering/', import.meta.url));

export async function run(): Promise<void> {
  const gold = join(SHARED, 'articles.jsonl');
  if (!existsSync(gold)) {
    process.stdout.write('trace-store: ../shared/data/clustering is absent; skipped\n');
    return;
  }
  const docs = readFileSync(gold, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-'));
  const cold = storeRun(join(dir, 'cold.db'), [], docs);
  // A warm archive: unrelated English news indexed first, so that word frequencies are known
  // before the first ECB+ article arrives, as in an archive that has been running a while.
  const corpus = join(SHARED, '../corpus/articles.jsonl');
  const background = existsSync(corpus)
    ? readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc).filter((d) => d.lang === 'en').map((d) => ({ ...d, id: `background/${d.id}`, date: null }))
    : [];
  const warm = background.length > 0 ? storeRun(join(dir, 'warm.db'), background, docs) : null;
  const { ms, total, online, counts, rebuilt, rebuildMs } = cold;

  const b0 = performance.now();
  const batch = clusterCollection(docs.map(({ date, ...d }) => (date ? { ...d, date } : d)));
  const batchMs = performance.now() - b0;

  const f1 = (rows: { id: string; cluster: string }[], name: string) => {
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, rows.map((r) => JSON.stringify({ id: r.id, cluster: r.cluster })).join('\n') + '\n');
    const out = spawnSync(process.execPath, [join(SHARED, 'score.mjs'), file], { encoding: 'utf8' }).stdout.trim().split('\n');
    return { headline: out.at(-1) ?? '', detail: out.filter((l) => /pairwise|BCubed/i.test(l)).join('; ') };
  };
  const a = f1(online, 'stored');
  const c = f1(rebuilt, 'rebuilt');
  const w = warm ? f1(warm.online, 'warm') : null;
  const b = f1(batch, 'batch');
  ms.sort((x, y) => x - y);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  const lines = [
    `trace-store: ${docs.length} ECB+ articles stored and indexed one at a time in ${(total / 1000).toFixed(1)} s`,
    `  per article (store + index, one transaction): mean ${(total / docs.length).toFixed(2)} ms, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`,
    `  index: ${counts.fingerprints} fingerprints, ${counts.stories} stories, ${counts.edges} edges`,
    `  stored online stories (as ingest places them):  ${a.headline}   (${a.detail})`,
    ...(w ? [`  stored online stories, warm archive (${background.length} unrelated Wikinews articles indexed first):  ${w.headline}   (${w.detail})`] : []),
    `  after reindex --all (${(rebuildMs / 1000).toFixed(1)} s, batch stories):  ${c.headline}   (${c.detail})`,
    `  peer, batch clusterCollection (${(batchMs / 1000).toFixed(1)} s): ${b.headline}   (${b.detail})`,
  ];
  const fa = Number(/F1 ([\d.]+)/.exec(a.headline)?.[1]);
  const fb = Number(/F1 ([\d.]+)/.exec(b.headline)?.[1]);
  if (fa > 0 && fb > 0) lines.push(`  ratio stored / batch F1: ${(fa / fb).toFixed(3)}`);
  lines.push(...crossLingualLines(dir));
  process.stdout.write(lines.join('\n') + '\n');
}

/** The cross-lingual pairs stored online and, the peer, clustered in one batch; empty when the files are absent. */
function crossLingualLines(dir: string): string[] {
  const path = join(SHARED, 'xling_articles.jsonl');
  const pairs = join(SHARED, 'xling_pairs.jsonl');
  if (!existsSync(path) || !existsSync(pairs)) return ['  cross-lingual pairs: ../shared/data/clustering/xling_* absent; skipped'];
  const docs = readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
  const score = (rows: { id: string; cluster: string }[], name: string) => {
    const file = join(dir, `${name}.jsonl`);
    writeFileSync(file, rows.map((r) => JSON.stringify({ id: r.id, cluster: r.cluster })).join('\n') + '\n');
    const out = spawnSync(process.execPath, [join(SHARED, 'score.mjs'), file, '--pairs', pairs], { encoding: 'utf8' }).stdout.trim().split('\n');
    return `${out.at(-1) ?? ''}   (${out.find((l) => /precision/.test(l)) ?? ''})`;
  };
  const store = openStore(join(dir, 'xling.db'));
  const ids = new Map<string, number>();
  const s0 = performance.now();
  for (const d of docs) {
    const record = emptyRecord({ id: d.id, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.lang ? { lang: d.lang } : {}) });
    ids.set(d.id, putAndIndex(store, { canonicalUrl: `urn:bench:${d.id}`, record }).articleId);
  }
  const storedMs = performance.now() - s0;
  const online = docs.map((d) => ({ id: d.id, cluster: String(store.trace.membership(ids.get(d.id)!)!.storyId) }));
  const edges = store.trace.counts().edges;
  store.close();
  const b0 = performance.now();
  const batch = clusterCollection(docs.map(({ date, ...d }) => (date ? { ...d, date } : d)));
  const batchMs = performance.now() - b0;
  return [
    `  cross-lingual pairs, ${docs.length} articles stored online (${(storedMs / docs.length).toFixed(2)} ms per article, ${edges} edges):  ${score(online, 'xling-stored')}`,
    `  peer, batch clusterCollection on the same articles (${(batchMs / 1000).toFixed(1)} s):  ${score(batch, 'xling-batch')}`,
  ];
}


/** Stores and indexes `background` then `docs`, one at a time; the stories of `docs` online and after `reindex --all`. */
function storeRun(path: string, background: readonly Doc[], docs: readonly Doc[]) {
  const store = openStore(path);
  const ms: number[] = [];
  const ids = new Map<string, number>();
  const started = performance.now();
  for (const d of [...background, ...docs]) {
    const record = emptyRecord({ id: d.id, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.date ? { date: d.date } : {}), ...(d.lang ? { lang: d.lang } : {}) });
    const t0 = performance.now();
    const put = putAndIndex(store, { canonicalUrl: `urn:bench:${d.id}`, record });
    ms.push(performance.now() - t0);
    ids.set(d.id, put.articleId);
  }
  const total = performance.now() - started;
  const stories = () => docs.map((d) => ({ id: d.id, cluster: String(store.trace.membership(ids.get(d.id)!)!.storyId) }));
  const online = stories();
  const counts = store.trace.counts();
  const r0 = performance.now();
  reindex(store, { all: true });
  const rebuildMs = performance.now() - r0;
  const rebuilt = stories();
  store.close();
  return { ms, total, online, counts, rebuilt, rebuildMs };
}
