import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../types.js';
import { openSqliteStore } from './store.js';
import { migrate } from './migrate.js';
import { migrations } from './migrations/index.js';

function record(text: string, extra: Partial<Analysis> = {}): Analysis {
  return { ...analyze({ text, url: 'https://www.example.org/a', date: '2024-05-01', lang: 'en', title: 'A title' }, { today: '2024-06-01' }), ...extra };
}

test('should store a new article, then report the same content as unchanged', () => {
  const store = openSqliteStore(':memory:');
  const first = store.putArticle({ canonicalUrl: 'https://example.org/a', url: 'https://www.example.org/a', record: record('Rain fell on Paris.') });
  assert.equal(first.status, 'added');
  assert.equal(first.version, 1);
  const again = store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('Rain  fell on Paris.\n') });
  assert.deepEqual({ status: again.status, versionId: again.versionId }, { status: 'unchanged', versionId: first.versionId });
  assert.equal(store.counts().articles, 1);
  assert.equal(store.counts().versions, 1);
  store.close();
});

test('should store changed content as the next version of the same article', () => {
  const store = openSqliteStore(':memory:');
  store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('Rain fell on Paris.') });
  const changed = store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('Snow fell on Paris.') });
  assert.equal(changed.status, 'updated');
  assert.equal(changed.version, 2);
  const stored = store.article('https://example.org/a')!;
  assert.equal(stored.record.text, 'Snow fell on Paris.');
  assert.deepEqual(stored.versions.map((v) => v.version), [1, 2]);
  assert.equal(store.counts().articles, 1);
  store.close();
});

test('should find articles by the words of their bodies, current version only', () => {
  const store = openSqliteStore(':memory:');
  store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('The harbour of Marseille reopened.') });
  store.putArticle({ canonicalUrl: 'https://example.org/b', record: record('Élection à Genève: résultats.', { lang: 'fr' }) });
  assert.equal(store.search({ text: 'harbour' }).length, 1);
  assert.equal(store.search({ text: 'harbour' })[0]!.source, 'example.org');
  assert.match(store.search({ text: 'marseille' })[0]!.snippet, /\[Marseille\]/);
  // remove_diacritics: "election" finds "Élection".
  assert.equal(store.search({ text: 'election' }).length, 1);
  assert.equal(store.search({ text: 'harbour', lang: 'fr' }).length, 0);
  store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('The airport of Marseille reopened.') });
  assert.equal(store.search({ text: 'harbour' }).length, 0);
  assert.equal(store.search({ text: 'airport' }).length, 1);
  store.close();
});

test('should treat operators and punctuation in a search as words, never as a syntax error', () => {
  const store = openSqliteStore(':memory:');
  store.putArticle({ canonicalUrl: 'https://example.org/a', record: record('NOT a drill: AND then more.') });
  assert.equal(store.search({ text: 'NOT drill:' }).length, 1);
  assert.equal(store.search({ text: '"a drill" dri*' }).length, 1);
  assert.throws(() => store.search({ text: '-- ::' }), /nothing to search for/);
  store.close();
});

test('should keep every fact of the analysis record in its table', () => {
  const store = openSqliteStore(':memory:');
  const text = 'Officials in Seoul said on Monday that talks resumed.';
  const rec = record(text, {
    entities: [{ id: 'KOR', type: 'country', name: 'South Korea', mentions: [{ start: 13, end: 18, text: 'Seoul', rule: 't' }] }],
    dates: [{ start: 27, end: 33, text: 'Monday', value: '2024-04-29', certainty: 'inferred', rule: 'd' }],
    quotes: [{ quote: { start: 34, end: 52 }, speaker: { start: 0, end: 9 }, cue: { start: 19, end: 23 }, kind: 'indirect', rule: 'q' }],
    sources: [{ name: 'Officials', kind: 'official', relation: 'said', start: 0, end: 9, rule: 's' }],
    events: [{ start: 0, end: 52, source: 'KORGOV', target: 'PRK', code: '036', plover: 'CONSULT', goldstein: 4, quadClass: 1, rule: 'e' }],
  });
  const put = store.putArticle({ canonicalUrl: 'https://example.org/k', record: rec, raw: { kind: 'bytes', bytes: Buffer.from('<p>x</p>'), type: 'text/html' } });
  store.close();
  // Read the tables directly: the facts are queryable without decoding the record.
  const dir = mkdtempSync(join(tmpdir(), 'wt-store-'));
  try {
    const path = join(dir, 'x.db');
    const s = openSqliteStore(path);
    s.putArticle({ canonicalUrl: 'https://example.org/k', record: rec });
    s.close();
    const db = new Database(path, { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    assert.deepEqual(
      ['entities', 'mentions', 'dates', 'quotes', 'source_links', 'events'].map(count),
      [1, 1, 1, 1, 1, 1],
    );
    assert.equal((db.prepare('SELECT code FROM events').get() as { code: string }).code, '036');
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(put.status, 'added');
});

test('should give back the stored record unchanged', () => {
  const store = openSqliteStore(':memory:');
  const rec = record('A short text about the weather.');
  const put = store.putArticle({ canonicalUrl: 'urn:x', record: rec });
  assert.deepEqual(store.article(put.articleId)!.record, rec);
  assert.equal(store.article('urn:nothing'), null);
  store.close();
});

test('should keep feed poll state: ETag, Last-Modified and errors', () => {
  const store = openSqliteStore(':memory:');
  const feed = store.ensureFeed('https://example.org/feed.xml');
  store.recordPoll(feed.id, { status: 200, etag: '"v1"', lastModified: 'Wed, 01 May 2024 10:00:00 GMT', items: 3 });
  store.recordPoll(feed.id, { status: 304 });
  let state = store.feed('https://example.org/feed.xml')!;
  assert.deepEqual([state.etag, state.lastModified, state.lastStatus, state.itemCount], ['"v1"', 'Wed, 01 May 2024 10:00:00 GMT', 304, 3]);
  store.recordPoll(feed.id, { status: 500, error: 'server error' });
  state = store.feed('https://example.org/feed.xml')!;
  assert.deepEqual([state.errorCount, state.lastError], [1, 'server error']);
  assert.equal(store.ensureFeed('https://example.org/feed.xml').id, feed.id);
  store.close();
});

test('should stream articles with filters for export', () => {
  const store = openSqliteStore(':memory:');
  for (let i = 0; i < 450; i++) {
    store.putArticle({ canonicalUrl: `https://example.org/${i}`, record: record(`Story number ${i}.`, { published: { value: i < 100 ? '2024-01-01' : '2024-06-01', certainty: 'stated', source: 'input' } }) });
  }
  assert.equal([...store.articles()].length, 450);
  assert.equal([...store.articles({ until: '2024-03-01' })].length, 100);
  assert.equal([...store.articles({ source: 'www.example.org' })].length, 450);
  store.close();
});

test('should run each migration once and refuse a database newer than it knows', () => {
  const db = new Database(':memory:');
  assert.deepEqual(migrate(db), migrations.map((m) => m.version));
  assert.deepEqual(migrate(db), []);
  db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migrations.length + 1, 'future', 'now');
  assert.throws(() => migrate(db), /newer than this wiretrace knows/);
  db.close();
});

test('should reject a file that is not a database with a clear error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wt-store-'));
  try {
    const path = join(dir, 'not.db');
    writeFileSync(path, 'this is not sqlite at all, just text '.repeat(200));
    assert.throws(() => openSqliteStore(path), (e: Error & { code?: string }) => e.code === 'bad-input' && /cannot use the database/.test(e.message));
    assert.throws(() => openSqliteStore(join(dir, 'absent.db'), { readonly: true }), (e: Error & { code?: string }) => e.code === 'not-found');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

