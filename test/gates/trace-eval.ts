/**
 * Evaluation of the trace stage on ../shared/data/clustering, shared by the gate
 * (test/gates/trace.test.ts) and the benchmark (bench/trace.ts). Scores with the shared scorer
 * itself, so the figures are the ones the README reports.
 *
 * Reproduce by hand:
 *   wiretrace cluster --jsonl ../shared/data/clustering/articles.jsonl > p.jsonl
 *   node ../shared/data/clustering/score.mjs p.jsonl
 *   wiretrace cluster --jsonl ../shared/data/clustering/xling_articles.jsonl > x.jsonl
 *   node ../shared/data/clustering/score.mjs x.jsonl --pairs ../shared/data/clustering/xling_pairs.jsonl
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { clusterCollection } from '../../src/trace/collection.js';
import { compareEvidence, evidenceProfile, evidenceVector, type CrossLingualOptions } from '../../src/trace/crosslingual.js';
import { TermStats } from '../../src/trace/vectors.js';

export const CLUSTERING = fileURLToPath(new URL('../../../shared/data/clustering/', import.meta.url));

export function clusteringDataPresent(): boolean {
  return existsSync(join(CLUSTERING, 'articles.jsonl')) && existsSync(join(CLUSTERING, 'xling_pairs.jsonl'));
}

interface Article {
  id: string;
  title?: string;
  text: string;
  lang?: string;
}

interface Pair {
  id1: string;
  id2: string;
}

export interface Figures {
  F1: number;
  P: number;
  R: number;
  bcubed_F1?: number;
  /** sha256 prefix of the gold file. */
  hash: string;
  ms: number;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function runScorer(rows: { id: string; cluster: string }[], extra: string[]): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-trace-'));
  const preds = join(dir, 'preds.jsonl');
  writeFileSync(preds, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const run = spawnSync(process.execPath, [join(CLUSTERING, 'score.mjs'), preds, '--json', ...extra], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 2]!) as Record<string, number>;
}

function hashOf(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12);
}

/** ECB+ story clustering through `clusterCollection`, the code path of `wiretrace cluster`. */
export function evaluateClustering(): Figures {
  const path = join(CLUSTERING, 'articles.jsonl');
  const articles = readJsonl<Article>(path);
  const start = performance.now();
  const rows = clusterCollection(articles.map((a) => ({ id: a.id, text: a.text, ...(a.title ? { title: a.title } : {}) })));
  const ms = performance.now() - start;
  const r = runScorer(rows, []);
  return { F1: r.F1!, P: r.P!, R: r.R!, bcubed_F1: r.bcubed_F1!, hash: hashOf(path), ms };
}

/**
 * Cross-lingual pairs: each labelled pair is compared by its evidence (statistics over all the
 * pair articles), pairs judged the same story are joined, and the scorer reads the groups.
 * `options` (the threshold, say) default to the library's, which is what the gate measures.
 */
export function evaluateCrossLingual(options: CrossLingualOptions = {}): Figures {
  const pairsPath = join(CLUSTERING, 'xling_pairs.jsonl');
  const articles = readJsonl<Article>(join(CLUSTERING, 'xling_articles.jsonl'));
  const pairs = readJsonl<Pair>(pairsPath);
  const start = performance.now();
  const profiles = new Map(articles.map((a) => [a.id, evidenceProfile(a.title ?? '', a.text, options, a.lang)]));
  const stats = new TermStats();
  for (const p of profiles.values()) stats.observe(p.bag.keys());
  const vectors = new Map([...profiles].map(([id, p]) => [id, evidenceVector(p, stats, options)]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const p of pairs) {
    const a = vectors.get(p.id1);
    const b = vectors.get(p.id2);
    if (a && b && compareEvidence(a, b, options).same) parent.set(find(p.id1), find(p.id2));
  }
  const ms = performance.now() - start;
  const r = runScorer(articles.map((a) => ({ id: a.id, cluster: find(a.id) })), ['--pairs', pairsPath]);
  return { F1: r.F1!, P: r.P!, R: r.R!, hash: hashOf(pairsPath), ms };
}

/**
 * Cross-lingual pairs through `clusterCollection` (the path of `wiretrace cluster --jsonl` on
 * the whole article file): no pair is given, every article is compared with every other, and
 * the scorer reads the stories. Harder than `evaluateCrossLingual`: a wrong best match or a
 * story merged on one link costs pairs the labelled comparisons never make.
 */
export function evaluateCrossLingualCollection(): Figures {
  const pairsPath = join(CLUSTERING, 'xling_pairs.jsonl');
  const articles = readJsonl<Article>(join(CLUSTERING, 'xling_articles.jsonl'));
  const start = performance.now();
  const rows = clusterCollection(articles.map((a) => ({ id: a.id, text: a.text, ...(a.title ? { title: a.title } : {}), ...(a.lang ? { lang: a.lang } : {}) })));
  const ms = performance.now() - start;
  const r = runScorer(rows, ['--pairs', pairsPath]);
  return { F1: r.F1!, P: r.P!, R: r.R!, hash: hashOf(pairsPath), ms };
}
