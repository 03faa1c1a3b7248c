/**
 * The store commands from the command line: ingest twice (the second adds nothing), search, show,
 * export in every format, watch with conditional GET. Fixtures are written by the test; the
 * corpus run reads ../shared in place and skips when it is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, sharedDir, SHARED_ABSENT, tempDir } from '../helpers.js';
import { page, rss, send, startFixtureServer } from '../helpers/fixture-server.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../../src/export/gdelt-columns.js';
import { openStore } from '../../src/store/index.js';

const STORY = [
  'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday, the Kremlin said.',
  'The two leaders signed an agreement on energy cooperation, according to the state news agency TASS.',
  '"We will deepen our partnership," Putin told reporters after the talks.',
];

function fixtures(): string {
  const dir = tempDir('wt-cli-');
  writeFileSync(join(dir, 'feed.xml'), rss([
    { title: 'Leaders meet in Moscow', link: 'https://wire.example/moscow', date: 'Mon, 06 May 2024 09:30:00 GMT', content: STORY.map((p) => `<p>${p}</p>`).join('') },
    { title: 'Harbour reopens', link: 'https://wire.example/harbour', date: 'Tue, 07 May 2024 09:30:00 GMT', content: '<p>The harbour of Marseille reopened on Tuesday after a week of repairs, officials said.</p>' },
  ]));
  writeFileSync(join(dir, 'page.html'), page('Lighthouse restored', ['The old lighthouse on the cape was restored by volunteers over the winter, the town council said on Friday.']));
  return dir;
}

test('should ingest files, add nothing the second time, and find articles by the words of their bodies', async (t) => {
  const dir = fixtures();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'archive.db');
  const first = await runCli(['ingest', '--db', db, '--workers', '0', join(dir, 'feed.xml'), join(dir, 'page.html')]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /ingest: 3 added, 0 updated, 0 unchanged, 0 problems/);
  const second = await runCli(['ingest', '--db', db, '--workers', '0', join(dir, 'feed.xml'), join(dir, 'page.html')]);
  assert.match(second.stderr, /ingest: 0 added, 0 updated, 3 unchanged/);
  const found = await runCli(['search', '--db', db, '--json', 'lighthouse']);
  assert.equal(found.code, 0);
  const hits = found.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: number; title: string });
  assert.equal(hits.length, 1);
  const shown = await runCli(['show', '--db', db, '--json', 'https://wire.example/moscow']);
  const article = JSON.parse(shown.stdout) as { record: { text: string }; versions: unknown[] };
  assert.match(article.record.text, /Xi Jinping/);
  assert.equal(article.versions.length, 1);
  const none = await runCli(['search', '--db', db, 'nonexistentword']);
  assert.equal(none.code, 1);
  const missing = await runCli(['show', '--db', db, '999']);
  assert.match(missing.stderr, /not-found: no stored article/);
});

test('should export JSONL, CSV and GDELT rows with the codebook column counts', async (t) => {
  const dir = fixtures();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'archive.db');
  await runCli(['ingest', '--db', db, '--workers', '0', join(dir, 'feed.xml')]);
  const jsonl = await runCli(['export', '--db', db, '--format', 'jsonl']);
  assert.equal(jsonl.stdout.trim().split('\n').length, 2);
  const csv = await runCli(['export', '--db', db, '--format', 'csv', '--since', '2024-05-07']);
  const rows = csv.stdout.trim().split('\n');
  assert.match(rows[0]!, /^id,url,source,published/);
  assert.equal(rows.length, 2);
  for (const [format, columns] of [['gdelt-events', GDELT_EVENT_COLUMNS.length], ['gdelt-mentions', GDELT_MENTION_COLUMNS.length]] as const) {
    const out = join(dir, `${format}.tsv`);
    const result = await runCli(['export', '--db', db, '--format', format, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const lines = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '');
    for (const line of lines) assert.equal(line.split('\t').length, columns, format);
  }
});

test('should refuse to search a database that does not exist, in one line', async (t) => {
  const dir = tempDir('wt-cli-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const result = await runCli(['search', '--db', join(dir, 'absent.db'), 'word']);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /^wiretrace: .*not-found: cannot open the database/);
});

test('should watch a feed: store its items, then poll with a conditional GET', async (t) => {
  const server = await startFixtureServer({
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"1"') return void res.writeHead(304).end();
      send(rss([{ title: 'Watched', link: '/w1' }]), { 'content-type': 'application/rss+xml', etag: '"1"' })(req, res);
    },
    '/w1': send(page('Watched page', ['A watched page about the tramway extension, which the city approved on Wednesday after a long public consultation.'])),
  });
  const dir = tempDir('wt-cli-');
  t.after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const db = join(dir, 'w.db');
  const result = await runCli(['watch', '--db', db, server.url('/feed.xml'), '--every', '200ms', '--rounds', '2', '--host-delay', '0', '--workers', '0', '--json']);
  assert.equal(result.code, 0, result.stderr);
  const summaries = result.stderr.trim().split('\n').map((l) => JSON.parse(l) as { type: string; added?: number; notModified?: number }).filter((e) => e.type === 'summary');
  assert.deepEqual(summaries.map((s) => [s.added, s.notModified]), [[1, 0], [0, 1]]);
  assert.equal(server.requests.filter((r) => r.path === '/robots.txt').length, 2);
});

test('should ingest the corpus feeds, find articles by body words, and add 0 the second time', async (t) => {
  const shared = sharedDir();
  if (shared === null) return t.skip(SHARED_ABSENT);
  const dir = tempDir('wt-cli-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'corpus.db');
  const feeds = ['wikinews-en-2020.rss.xml', 'wikinews-fr-2012.atom.xml'].map((f) => join(shared, 'data/corpus/feeds', f));
  const first = await runCli(['ingest', '--db', db, ...feeds]);
  assert.match(first.stderr, /ingest: 45 added/);
  const again = await runCli(['ingest', '--db', db, ...feeds]);
  assert.match(again.stderr, /ingest: 0 added, 0 updated, 45 unchanged/);
  const en = await runCli(['search', '--db', db, '--json', 'wrestler']);
  assert.ok(en.stdout.includes('Jon Huber'));
  const fr = await runCli(['search', '--db', db, '--json', '--lang', 'fr', 'chalutier']);
  assert.ok(fr.stdout.includes('Kito de Pavant'));
});

test('should write GDELT columns in the order of the codebook tables', (t) => {
  const shared = sharedDir();
  if (shared === null) return t.skip(SHARED_ABSENT);
  const read = (name: string) => readFileSync(join(shared, 'data/events', name), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[1]);
  assert.deepEqual([...GDELT_EVENT_COLUMNS], read('gdelt2_events_columns.tsv'));
  assert.deepEqual([...GDELT_MENTION_COLUMNS], read('gdelt2_mentions_columns.tsv'));
});

test('should store without the trace index under --no-index, and index the backlog with reindex', async (t) => {
  const dir = fixtures();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, 'archive.db');
  const loaded = await runCli(['ingest', '--db', db, '--workers', '0', '--no-index', join(dir, 'feed.xml'), join(dir, 'page.html')]);
  assert.equal(loaded.code, 0, loaded.stderr);
  assert.match(loaded.stderr, /ingest: 3 added/);
  const store = openStore(db, { readonly: true });
  assert.deepEqual(store.trace.unindexed().length, 3, 'nothing is indexed yet');
  store.close();
  const reindexed = await runCli(['reindex', '--db', db]);
  assert.equal(reindexed.code, 0, reindexed.stderr);
  const after = openStore(db, { readonly: true });
  assert.deepEqual(after.trace.unindexed(), [], 'reindex indexed the backlog');
  after.close();
});
