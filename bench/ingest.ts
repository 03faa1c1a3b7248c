/**
 * `npm run bench -- ingest [--articles N] [--workers N] [--no-index]`: end to end — fetch from a local
 * 127.0.0.1 fixture site (OPML → feeds → article pages), extract, analyze, store in SQLite with
 * the trace index (`--no-index`: without, then `reindex` timed apart) —
 * articles/s, peak memory (RSS, worker threads included) and database size per article.
 * The peer, measured in the same run: `analyze` alone on the same pages, one thread, no fetch
 * and no store. The fixture server runs in a child process, so that its memory is not counted.
 * `--articles 100000` is the memory run (about 10–20 minutes on 2 cores). To measure the built
 * command instead: `node --import tsx bench/ingest.ts --serve N` prints the OPML URL of the site,
 * then `/usr/bin/time -v node bin/wiretrace.js ingest URL --db X --host-delay 0 --host-concurrency 16`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { analyze } from '../src/analyze.js';
import { Fetcher } from '../src/ingest/fetch/fetcher.js';
import { ingest } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import { reindex } from '../src/trace/indexer.js';
import { articlePage, fixtureSite, loadTexts } from './ingest-fixtures.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a whole number`);
  return value;
}

async function startServerProcess(total: number): Promise<{ origin: string; child: ChildProcess }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', String(total)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const origin = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve(String(m)));
    child.once('exit', (code) => reject(new Error(`fixture server exited (${code})`)));
  });
  return { origin, child };
}

export async function run(): Promise<void> {
  const total = flag('articles', 2000);
  const workers = flag('workers', availableParallelism());
  // `--no-index`: store only, then `reindex` in one pass (timed apart): the bulk-load path.
  const index = !process.argv.includes('--no-index');
  const { texts, from } = loadTexts();
  const { origin, child } = await startServerProcess(total);
  const dir = mkdtempSync(join(tmpdir(), 'wt-bench-ingest-'));
  const dbPath = join(dir, 'bench.db');
  let peakRss = 0;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const sampler = setInterval(sample, 100);
  try {
    const store = openStore(dbPath);
    const fetcher = new Fetcher({ hostIntervalMs: 0, hostConcurrency: 16, retries: 1, timeoutMs: 30_000 });
    let lastReport = performance.now();
    const summary = await ingest([`${origin}/feeds.opml`], { store, fetcher }, {
      concurrency: 16,
      workers,
      today: '2024-06-01',
      index,
      onEvent: (event) => {
        if (event.type === 'problem') process.stderr.write(`bench: problem: ${event.error.where}: ${event.error.message}\n`);
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          process.stderr.write(`bench: … ${store.counts().articles} stored, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB\n`);
        }
      },
    });
    sample();
    const reindexStarted = performance.now();
    const reindexed = index ? 0 : reindex(store);
    const reindexSeconds = (performance.now() - reindexStarted) / 1000;
    sample();
    const stored = store.counts();
    store.close();
    const bytes = statSync(dbPath).size;
    const seconds = summary.ms / 1000;
    const rate = summary.added / seconds;
    console.log(`ingest: ${summary.added} articles (${from}) from a 127.0.0.1 fixture site via OPML → ${Math.ceil(total / 500)} feeds → pages; ${workers} analysis workers, ${availableParallelism()} cores`);
    const stages = index ? 'fetch, extract, analyze, store, trace index' : 'fetch, extract, analyze, store; no trace index';
    console.log(`ingest: ${seconds.toFixed(1)} s, ${rate.toFixed(0)} articles/s end to end (${stages}); ${summary.failed} problems`);
    if (!index) console.log(`ingest: reindex afterwards: ${reindexed} articles in ${reindexSeconds.toFixed(1)} s (${(reindexed / reindexSeconds).toFixed(0)} articles/s, one thread); store + reindex ${(summary.added / (seconds + reindexSeconds)).toFixed(0)} articles/s`);
    console.log(`ingest: peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB; database ${(bytes / 2 ** 20).toFixed(1)} MB, ${(bytes / Math.max(stored.articles, 1) / 1024).toFixed(1)} KB per article (raw page kept, brotli)`);
    // Peer: analyze alone, one thread, on the same pages (a sample, for time).
    const n = Math.min(total, 300);
    const pages = Array.from({ length: n }, (_, i) => articlePage(texts, i));
    const started = performance.now();
    for (let i = 0; i < n; i++) analyze({ html: pages[i]!, url: `${origin}/a/${i}` }, { today: '2024-06-01' });
    const peer = n / ((performance.now() - started) / 1000);
    console.log(`ingest: peer analyze-only ${peer.toFixed(0)} articles/s (one thread, no fetch, no store) → end to end / analyze-only = ${(rate / peer).toFixed(2)}`);
  } finally {
    clearInterval(sampler);
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

// The child process: serves the fixture site and tells the parent its origin.
const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) {
  const total = Number(process.argv[serveAt + 1]);
  const server = createServer(fixtureSite(loadTexts().texts, total));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Forked by the benchmark: tell the parent. Started by hand: print the OPML URL to ingest.
    if (process.send) process.send(origin);
    else process.stdout.write(`${origin}/feeds.opml\n`);
  });
}
