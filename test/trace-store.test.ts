/**
 * The trace index end to end through the CLI: ingest fills it (fingerprints, stories, provenance
 * edges), `trace` reads it, `signals` shows the collection signals, a re-ingest writes nothing,
 * and an archive from before the index falls back to computing until `reindex` backfills it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot, runCli, tempDir } from './helpers.js';

const FARM = join(repoRoot, 'test/fixtures/signals/farm.jsonl');
const RELAY = join(repoRoot, 'test/fixtures/relay/relay.jsonl');
const COPY_URL = 'https://dailyfarm.example/news/port-strike';

interface Signal {
  signal: string;
  evidence: string;
  rule: string;
}

test('ingest should index the farm, and signals and trace should show its copy, persona and burst', async () => {
  const db = join(tempDir('wiretrace-signals-'), 'archive.db');
  const ingest = await runCli(['ingest', FARM, '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);

  const run = await runCli(['signals', '--db', db, '--source', 'dailyfarm.example', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { url: string; source: string; signals: Signal[] });
  assert.equal(rows.length, 26, 'every farm item, and nothing from reuters.com');
  assert.ok(rows.every((r) => r.source === 'dailyfarm.example'));
  const persona = rows[0]!.signals.find((s) => s.signal === 'persona-across-beats');
  assert.ok(persona, 'persona-across-beats');
  assert.match(persona.evidence, /byline "Jane Roe" on 26 articles across [5-9] stories/);
  const burst = rows[0]!.signals.find((s) => s.signal === 'publication-burst');
  assert.ok(burst, 'publication-burst');
  assert.match(burst.evidence, /\d+ articles from dailyfarm\.example within 60 minutes/);
  const copy = rows.find((r) => r.url === COPY_URL)!;
  const uncredited = copy.signals.filter((s) => s.signal === 'uncredited-copy');
  assert.equal(uncredited.length, 1);
  assert.match(uncredited[0]!.evidence, /of reuters\.com article \d+ published 2024-05-02T08:00:00Z, with no credit naming reuters/);
  assert.equal(rows.filter((r) => r.signals.some((s) => s.signal === 'uncredited-copy')).length, 1, 'the farm copies its own templates, which is no uncredited copy of another host');

  const trace = await runCli(['trace', COPY_URL, '--db', db, '--json']);
  assert.equal(trace.code, 0, trace.stderr);
  const out = JSON.parse(trace.stdout) as { from: string; story: { size: number }; chain: { label: string; edge?: { relation: string; storedAs?: string } }[]; signals: Signal[] };
  assert.equal(out.from, 'index');
  assert.deepEqual(out.chain.map((h) => h.label), ['reuters.com', 'dailyfarm.example']);
  assert.deepEqual([out.chain[1]!.edge!.relation, out.chain[1]!.edge!.storedAs], ['copied', 'copy']);
  assert.equal(out.story.size, 2);
  assert.ok(out.signals.some((s) => s.signal === 'uncredited-copy'));

  const text = await runCli(['signals', '--db', db, '--source', 'dailyfarm.example']);
  assert.match(text.stdout, /26 article\(s\) with signals from dailyfarm\.example: persona-across-beats 26, publication-burst \d+, uncredited-copy 1/);

  // Running the same ingest again adds nothing, to the articles or to the index.
  const before = await runCli(['reindex', '--db', db, '--json']);
  const again = await runCli(['ingest', FARM, '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /0 added, 0 updated, 27 unchanged/);
  const after = await runCli(['reindex', '--db', db, '--json']);
  const strip = (s: string) => {
    const { seconds: _s, ...rest } = JSON.parse(s) as Record<string, unknown>;
    return rest;
  };
  assert.deepEqual(strip(after.stdout), strip(before.stdout));
  assert.equal((strip(after.stdout) as { indexed: number }).indexed, 0);
});

test('an archive from before the trace index should be traced by computing, then from the index after reindex', async () => {
  const db = join(tempDir('wiretrace-reindex-'), 'archive.db');
  assert.equal((await runCli(['ingest', RELAY, '--db', db])).code, 0);
  // What migration 1 alone made: the same articles, no trace tables.
  const raw = new Database(db);
  for (const table of ['provenance_edges', 'story_postings', 'story_members', 'stories', 'trace_meta', 'term_df', 'trace_citations', 'trace_evidence', 'lsh_bands', 'fingerprints']) raw.exec(`DROP TABLE ${table}`);
  raw.exec('DELETE FROM schema_migrations WHERE version > 1');
  raw.close();
  const aggregator = 'https://bunatimes.com/world/heads-of-ruling-regimes-exchanged-messages';
  const outlets = (stdout: string) => (JSON.parse(stdout) as { chain: { outlet: string | null }[] }).chain.map((h) => h.outlet);

  const computed = await runCli(['trace', aggregator, '--db', db, '--json']);
  assert.equal(computed.code, 0, computed.stderr);
  assert.equal((JSON.parse(computed.stdout) as { from: string }).from, 'computed');
  assert.match(computed.stderr, /wiretrace reindex/);
  assert.deepEqual(outlets(computed.stdout), ['kcna', 'reuters', 'korrespondent-net', 'buna-times']);

  const signals = await runCli(['signals', '--db', db, '--source', 'bunatimes.com', '--json']);
  assert.equal(signals.code, 0, signals.stderr);
  const found = (JSON.parse(signals.stdout) as { signals: Signal[] }).signals.map((s) => s.signal);
  for (const s of ['credits-another-outlet', 'carries-foreign-promo', 'generic-author-bio']) assert.ok(found.includes(s), `signal ${s} without the index`);

  const reindex = await runCli(['reindex', '--db', db, '--json']);
  assert.equal(reindex.code, 0, reindex.stderr);
  const counts = JSON.parse(reindex.stdout) as { indexed: number; fingerprints: number; stories: number; unindexed: number };
  assert.deepEqual([counts.indexed, counts.fingerprints, counts.stories, counts.unindexed], [4, 4, 1, 0]);

  const indexed = await runCli(['trace', aggregator, '--db', db, '--json']);
  assert.equal(indexed.code, 0, indexed.stderr);
  assert.equal((JSON.parse(indexed.stdout) as { from: string }).from, 'index');
  assert.deepEqual(outlets(indexed.stdout), ['kcna', 'reuters', 'korrespondent-net', 'buna-times']);
});

test('an ingest killed with SIGKILL should leave every stored article indexed, and the rerun should complete it', async () => {
  const { spawn } = await import('node:child_process');
  const db = join(tempDir('wiretrace-kill-'), 'archive.db');
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), 'ingest', FARM, '--db', db, '--json'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  // Killed as soon as the fifth article is reported stored: the next ones are being written.
  await new Promise<void>((resolve) => {
    let buffered = '';
    child.stderr.on('data', (d: Buffer) => {
      buffered += d.toString('utf8');
      if (buffered.split('"type":"article"').length > 5) child.kill('SIGKILL');
    });
    child.on('close', () => resolve());
  });
  const raw = new Database(db, { readonly: true });
  const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
  const articles = count('SELECT COUNT(*) AS n FROM articles');
  assert.ok(articles >= 5, 'the first five articles were committed');
  assert.equal(count('SELECT COUNT(*) AS n FROM fingerprints'), articles, 'every stored article has its fingerprint');
  assert.equal(count('SELECT COUNT(*) AS n FROM story_members'), articles, 'and its story');
  assert.equal(count('SELECT COUNT(*) AS n FROM provenance_edges WHERE from_article_id NOT IN (SELECT id FROM articles) OR to_article_id NOT IN (SELECT id FROM articles)'), 0, 'no edge to a missing article');
  raw.close();
  const rerun = await runCli(['ingest', FARM, '--db', db]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const counts = JSON.parse((await runCli(['reindex', '--db', db, '--json'])).stdout) as { fingerprints: number; unindexed: number };
  assert.deepEqual([counts.fingerprints, counts.unindexed], [27, 0]);
});
