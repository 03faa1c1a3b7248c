import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../analyze.js';
import { openStore, type Store } from '../store/index.js';
import { indexArticle, putAndIndex, reindex } from './indexer.js';

const WIRE = 'Port workers walked off the job at three container terminals on Thursday, halting the loading of ships in a dispute over pay, union officials said.\nThe union said its members had rejected an offer of a 3 percent raise and would stay out until the operator returned to talks. Queues of lorries stretched for several kilometres outside the gates by midday.\nThe terminal operator said it regretted the action and that contingency plans were in place to keep perishable cargo moving.';
const OTHER = 'The national orchestra opened its winter season with a programme of Sibelius and Grieg, and the new concert hall drew a full house.\nCritics praised the acoustics of the hall, which took six years to build, and the conductor thanked the city for its patience.';

function put(store: Store, url: string, text: string, date: string, title = 'Port strike') {
  return putAndIndex(store, { canonicalUrl: url, url, record: analyze({ text, url, date, lang: 'en', title }, { today: '2024-06-01' }) });
}

test('a verbatim copy from another host should join the source story with a copy edge', () => {
  const store = openStore(':memory:');
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  const b = put(store, 'https://copyfarm.example/b', WIRE + '\nShare this story.', '2024-05-02T10:00:00Z');
  const c = put(store, 'https://example.org/music', OTHER, '2024-05-02T11:00:00Z', 'Orchestra opens season');
  const t = store.trace;
  assert.equal(t.membership(b.articleId)!.storyId, t.membership(a.articleId)!.storyId);
  assert.equal(t.membership(b.articleId)!.how, 'copy');
  assert.notEqual(t.membership(c.articleId)!.storyId, t.membership(a.articleId)!.storyId, 'an unrelated article starts its own story');
  const edges = t.edgesTo(b.articleId);
  assert.equal(edges.length, 1);
  assert.equal(edges[0]!.from, a.articleId);
  assert.equal(edges[0]!.relation, 'copy');
  assert.ok(JSON.stringify(edges[0]!.evidence).includes('trace/minhash/near-duplicate'));
  assert.deepEqual(t.edgesTo(c.articleId), [], 'no edge to an unrelated article');
  const story = t.story(t.membership(a.articleId)!.storyId)!;
  assert.equal(story.originArticleId, a.articleId);
  assert.equal(story.size, 2);
  assert.equal(story.firstSeen, '2024-05-02T08:00:00.000Z');
  assert.equal(story.lastSeen, '2024-05-02T10:00:00.000Z');
  store.close();
});

test('a copy stored before its source should still get the edge from the source', () => {
  const store = openStore(':memory:');
  const b = put(store, 'https://copyfarm.example/b', WIRE, '2024-05-02T10:00:00Z');
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  assert.deepEqual(store.trace.edgesTo(b.articleId).map((e) => e.from), [a.articleId]);
  assert.deepEqual(store.trace.edgesTo(a.articleId), [], 'never from the later to the earlier');
  assert.equal(store.trace.story(store.trace.membership(a.articleId)!.storyId)!.originArticleId, a.articleId, 'the origin is the earliest, not the first stored');
  store.close();
});

test('storing an unchanged article again should write nothing to the index', () => {
  const store = openStore(':memory:');
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  put(store, 'https://copyfarm.example/b', WIRE, '2024-05-02T10:00:00Z');
  const before = { counts: store.trace.counts(), fp: store.trace.fingerprint(a.articleId), docs: store.trace.documentCount() };
  const again = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  assert.equal(again.status, 'unchanged');
  assert.deepEqual({ counts: store.trace.counts(), fp: store.trace.fingerprint(a.articleId), docs: store.trace.documentCount() }, before);
  store.close();
});

test('a new version should replace the fingerprint and the edges, not add to them', () => {
  const store = openStore(':memory:');
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  const b = put(store, 'https://copyfarm.example/b', WIRE, '2024-05-02T10:00:00Z');
  const old = store.trace.fingerprint(b.articleId)!;
  const changed = put(store, 'https://copyfarm.example/b', OTHER, '2024-05-02T10:00:00Z', 'Orchestra opens season');
  assert.equal(changed.status, 'updated');
  const now = store.trace.fingerprint(b.articleId)!;
  assert.equal(now.versionId, changed.versionId);
  assert.notDeepEqual(now.signature, old.signature);
  assert.deepEqual(store.trace.edgesTo(b.articleId), [], 'the new text copies nothing');
  assert.notEqual(store.trace.membership(b.articleId)!.storyId, store.trace.membership(a.articleId)!.storyId);
  assert.equal(store.trace.story(store.trace.membership(a.articleId)!.storyId)!.size, 1, 'the old story lost the member');
  assert.equal(store.trace.documentCount(), 2);
  assert.equal(store.trace.counts().fingerprints, 2);
  store.close();
});

test('a failure while indexing should leave no part of the article stored', () => {
  const store = openStore(':memory:');
  put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  // The same store, but writing an edge fails half-way through indexing.
  const failing = <T extends object>(real: T, overrides: Record<string, unknown>): T =>
    new Proxy(real, {
      get(target, prop) {
        if (typeof prop === 'string' && prop in overrides) return overrides[prop];
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const broken = failing(store, { trace: failing(store.trace, { putEdge: () => { throw new Error('disk full'); } }) });
  assert.throws(() => put(broken, 'https://copyfarm.example/b', WIRE, '2024-05-02T10:00:00Z'), /disk full/);
  assert.equal(store.counts().articles, 1);
  assert.equal(store.trace.counts().fingerprints, 1);
  assert.equal(store.article('https://copyfarm.example/b'), null);
  store.close();
});

test('indexArticle should return null on a store without the trace index', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wiretrace-index-')), 'old.db');
  const store = openStore(path);
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  store.close();
  downgradeToSchema1(path);
  const old = openStore(path, { readonly: true });
  assert.equal(old.trace.available, false);
  assert.equal(indexArticle(old, a.articleId), null);
  old.close();
});

test('an archive of schema 1 should migrate forward and be backfilled by reindex', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wiretrace-index-')), 'old.db');
  let store = openStore(path);
  const a = put(store, 'https://www.reuters.com/a', WIRE, '2024-05-02T08:00:00Z');
  const b = put(store, 'https://copyfarm.example/b', WIRE, '2024-05-02T10:00:00Z');
  store.close();
  downgradeToSchema1(path);
  store = openStore(path);
  assert.equal(store.trace.available, true);
  assert.deepEqual(store.trace.counts(), { fingerprints: 0, stories: 0, edges: 0, unindexed: 2 });
  assert.equal(store.article(a.articleId)!.record.text, WIRE, 'the articles survive the migration');
  assert.equal(reindex(store), 2);
  assert.deepEqual(store.trace.edgesTo(b.articleId).map((e) => [e.from, e.relation]), [[a.articleId, 'copy']]);
  assert.equal(reindex(store), 0, 'nothing left to index');
  assert.equal(reindex(store, { all: true }), 2, '--all rebuilds');
  assert.equal(store.trace.counts().edges, 1);
  store.close();
});

/** Turns a database back into what migration 1 alone made (the same tables, same rows). */
function downgradeToSchema1(path: string): void {
  const db = new Database(path);
  for (const table of ['provenance_edges', 'story_postings', 'story_members', 'stories', 'trace_meta', 'term_df', 'trace_citations', 'trace_evidence', 'lsh_bands', 'fingerprints']) db.exec(`DROP TABLE ${table}`);
  db.exec('DELETE FROM schema_migrations WHERE version > 1');
  db.close();
}

test('the relay should give one story and the same stored chain whatever order its articles arrive in', async () => {
  const { readFileSync } = await import('node:fs');
  const { storedChain } = await import('./stored-chain.js');
  const rows = readFileSync(new URL('../../test/fixtures/relay/relay.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { url: string });
  const records = rows.map((r) => analyze(r));
  const orders = (a: number[]): number[][] => (a.length <= 1 ? [a] : a.flatMap((x, i) => orders([...a.slice(0, i), ...a.slice(i + 1)]).map((p) => [x, ...p])));
  for (const order of orders([0, 1, 2, 3])) {
    const store = openStore(':memory:');
    for (const i of order) putAndIndex(store, { canonicalUrl: rows[i]!.url, url: rows[i]!.url, record: records[i]! });
    assert.equal(store.trace.counts().stories, 1, `order ${order.join('')}`);
    const chain = storedChain(store, store.article(rows[3]!.url)!.id)!.chain;
    assert.deepEqual(chain.map((h) => h.outlet), ['kcna', 'reuters', 'korrespondent-net', 'buna-times'], `order ${order.join('')}`);
    store.close();
  }
});
