/**
 * End to end: sources served by a local 127.0.0.1 server or written to a temporary folder, each
 * article fetched, extracted, analysed and stored; then the same input again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingest } from '../../src/ingest/ingest.js';
import { Fetcher } from '../../src/ingest/fetch/fetcher.js';
import type { IngestEvent, IngestOptions } from '../../src/ingest/options.js';
import { openStore, type Store } from '../../src/store/index.js';
import { page, rss, send, startFixtureServer, streamBytes } from '../helpers/fixture-server.js';

const POLITE_BUT_FAST = { hostIntervalMs: 0, hostConcurrency: 8, retries: 0, timeoutMs: 3000 } as const;

function run(sources: string[], store: Store, options: IngestOptions = {}) {
  const events: IngestEvent[] = [];
  const fetcher = new Fetcher(POLITE_BUT_FAST);
  return ingest(sources, { store, fetcher }, { today: '2024-06-01', ...options, onEvent: (e) => events.push(e) }).then((summary) => ({ summary, events }));
}

function problems(events: IngestEvent[]): Array<{ code: string; where: string | undefined; message: string }> {
  return events.flatMap((e) => (e.type === 'problem' ? [{ code: e.error.code, where: e.error.where, message: e.error.message }] : []));
}

function tempDir(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'wt-ingest-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const para = (topic: string, n: number) => `${topic} story number ${n}: the council met on Tuesday and agreed the harbour budget after a long debate.`;

test('should store every feed item once, keep a changed item as a new version, and answer 304 afterwards', async (t) => {
  let version = 1;
  const items = () => [1, 2, 3].map((n) => ({
    title: `Item ${n}`,
    link: `https://news.example/item-${n}?utm_source=feed`,
    date: 'Mon, 06 May 2024 09:30:00 GMT',
    content: `<p>${para('Harbour', n)}</p><p>${n === 2 && version === 2 ? 'Update: the vote was postponed.' : 'No change.'}</p>`,
  }));
  const server = await startFixtureServer({
    '/feed.xml': (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss(items()));
    },
  });
  t.after(() => server.close());
  const store = openStore(':memory:');
  t.after(() => store.close());
  const first = await run([server.url('/feed.xml')], store);
  assert.deepEqual([first.summary.added, first.summary.failed], [3, 0]);
  const again = await run([server.url('/feed.xml')], store);
  assert.deepEqual([again.summary.added, again.summary.notModified], [0, 1]);
  version = 2;
  const changed = await run([server.url('/feed.xml')], store);
  assert.deepEqual([changed.summary.added, changed.summary.updated, changed.summary.unchanged], [0, 1, 2]);
  const article = store.article('https://news.example/item-2')!;
  assert.deepEqual(article.versions.map((v) => v.version), [1, 2]);
  assert.match(article.record.text, /postponed/);
  assert.equal(store.counts().articles, 3);
  assert.equal(store.search({ text: 'postponed' }).length, 1);
  assert.equal(store.feeds()[0]!.etag, '"v2"');
});

test('should fetch the pages of items without content, once, and store the page text', async (t) => {
  const server = await startFixtureServer({
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }),
    '/feed.xml': send(rss([
      { title: 'A', link: '/a', description: 'Teaser A' },
      { title: 'B', link: '/b', description: 'Teaser B' },
      { title: 'Secret', link: '/private/c', description: 'Teaser C' },
    ]), { 'content-type': 'application/rss+xml' }),
    '/a': send(page('Page A', [para('Airport', 1), para('Airport', 2)])),
    '/b': send(page('Page B', [para('Bridge', 1)])),
  });
  t.after(() => server.close());
  const store = openStore(':memory:');
  t.after(() => store.close());
  const first = await run([server.url('/feed.xml')], store);
  assert.equal(first.summary.added, 2);
  assert.deepEqual(problems(first.events).map((p) => p.code), ['disallowed']);
  assert.equal(store.search({ text: 'airport' })[0]!.title, 'Page A');
  const second = await run([server.url('/feed.xml')], store);
  assert.deepEqual([second.summary.added, second.summary.unchanged], [0, 2]);
  // The stored articles' pages are not fetched again (only with `refresh`).
  assert.equal(server.requests.filter((r) => r.path === '/a').length, 1);
});

test('should ingest the good items of a feed whose other items point at hostile servers', async (t) => {
  const server = await startFixtureServer({
    '/feed.xml': send(rss(['ok1', 'bomb', 'loop', 'slow', 'huge', 'binary', 'ok2', 'latin'].map((name) => ({ title: name, link: `/${name}` }))), { 'content-type': 'application/rss+xml' }),
    '/ok1': send(page('One', [para('Ferry', 1)])),
    '/ok2': send(page('Two', [para('Ferry', 2)])),
    '/bomb': send(gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 1 }), { 'content-encoding': 'gzip' }),
    '/loop': send('', { location: '/loop' }, 302),
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 1000);
      res.on('close', () => clearInterval(timer));
    },
    '/huge': streamBytes(1024 ** 3),
    '/binary': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { 'content-type': 'image/png' }),
    // Invalid UTF-8 in a page: decoded with replacement characters, still an article.
    '/latin': send(Buffer.concat([Buffer.from(page('Caf', [para('Cafe', 1)]).replace('</article>', '')), Buffer.from([0xe9, 0xff]), Buffer.from('</article></body></html>')])),
  });
  t.after(() => server.close());
  const store = openStore(':memory:');
  t.after(() => store.close());
  const before = process.memoryUsage().rss;
  const { summary, events } = await run([server.url('/feed.xml')], store, { maxBytes: 2 * 1024 * 1024 });
  assert.equal(summary.added, 3);
  const byPath = Object.fromEntries(problems(events).map((p) => [new URL(p.where!).pathname, p.code]));
  assert.deepEqual(byPath, { '/bomb': 'too-large', '/loop': 'fetch-failed', '/slow': 'timeout', '/huge': 'too-large', '/binary': 'unsupported' });
  assert.ok(process.memoryUsage().rss - before < 300 * 1024 * 1024, 'memory stayed bounded');
});

test('should take --max-items of a 100,000-item feed and say so', async (t) => {
  const items = Array.from({ length: 100_000 }, (_, i) => `<item><title>T${i}</title><link>https://big.example/${i}</link><description>Short item number ${i} about the harbour.</description></item>`).join('');
  const body = `<rss><channel><title>big</title>${items}</channel></rss>`;
  const server = await startFixtureServer({ '/big.xml': send(body, { 'content-type': 'application/rss+xml' }) });
  t.after(() => server.close());
  const store = openStore(':memory:');
  t.after(() => store.close());
  const { summary, events } = await run([server.url('/big.xml')], store, { maxItems: 300, pages: 'never' });
  assert.equal(summary.added, 300);
  assert.deepEqual(problems(events).map((p) => p.message), ['the feed has 100000 items; only the first 300 were taken (--max-items)']);
});

test('should ingest a directory of HTML, text, JSONL, a feed file and an OPML list, and add nothing the second time', async (t) => {
  const server = await startFixtureServer({
    '/remote.xml': send(rss([{ title: 'Remote', link: 'https://remote.example/1', content: `<p>${para('Remote', 1)}</p>` }]), { 'content-type': 'application/rss+xml', etag: '"r1"' }),
  });
  t.after(() => server.close());
  const dir = tempDir(t);
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'pages', 'one.html'), page('Local page', [para('Lighthouse', 1)]));
  writeFileSync(join(dir, 'pages', 'two.txt'), `${para('Tramway', 1)}\n\n${para('Tramway', 2)}`);
  writeFileSync(join(dir, 'records.jsonl'), [
    JSON.stringify({ id: 'r1', text: para('Record', 1), url: 'https://rec.example/1', date: '2024-05-01', lang: 'en' }),
    '{not json',
    JSON.stringify({ id: 'r3', text: para('Record', 3) }),
    JSON.stringify({ id: 'r4', body: 'no text field' }),
  ].join('\n'));
  writeFileSync(join(dir, 'local.rss'), rss([{ title: 'L', link: 'https://local.example/1', content: `<p>${para('Canal', 1)}</p>` }]));
  writeFileSync(join(dir, 'subs.opml'), `<opml version="2.0"><body><outline type="rss" text="r" xmlUrl="${server.url('/remote.xml')}"/></body></opml>`);
  const store = openStore(':memory:');
  t.after(() => store.close());
  const first = await run([dir], store);
  assert.deepEqual(problems(first.events).map((p) => [p.code, p.where?.replace(dir, '')]), [['bad-json', '/records.jsonl:2'], ['bad-input', '/records.jsonl:4']]);
  assert.equal(first.summary.added, 6);
  const second = await run([dir], store);
  assert.deepEqual([second.summary.added, second.summary.updated], [0, 0]);
  for (const word of ['lighthouse', 'tramway', 'record', 'canal', 'remote']) assert.ok(store.search({ text: word }).length > 0, word);
});

test('should ingest the complete records of a WARC and report the truncated one', async (t) => {
  const dir = tempDir(t);
  const record = async (url: string, type: 'response' | 'request', body: string, contentType = 'text/html; charset=utf-8') => {
    const r = WARCRecord.create(
      { url, type, warcVersion: 'WARC/1.1', ...(type === 'response' ? { httpHeaders: { 'Content-Type': contentType } } : {}) },
      (async function* () { yield new TextEncoder().encode(body); })(),
    );
    return Buffer.from(await WARCSerializer.serialize(r, { gzip: false }));
  };
  const parts = [
    await record('https://w.example/1', 'response', page('W1', [para('Warc', 1)])),
    await record('https://w.example/1', 'request', 'GET / HTTP/1.1\r\n\r\n'),
    await record('https://w.example/logo.png', 'response', 'PNG', 'image/png'),
    await record('https://w.example/2', 'response', page('W2', [para('Warc', 2)])),
    await record('https://w.example/3', 'response', page('W3', [para('Warc', 3)])),
  ];
  const whole = Buffer.concat(parts);
  writeFileSync(join(dir, 'crawl.warc'), whole);
  writeFileSync(join(dir, 'cut.warc'), whole.subarray(0, whole.length - 200));
  const gz = async () => Buffer.concat(await Promise.all([1, 2].map(async (n) => {
    const r = WARCRecord.create({ url: `https://g.example/${n}`, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' } },
      (async function* () { yield new TextEncoder().encode(page(`G${n}`, [para('Gzip', n)])); })());
    return Buffer.from(await WARCSerializer.serialize(r, { gzip: true }));
  })));
  const gzipped = await gz();
  writeFileSync(join(dir, 'crawl.warc.gz'), gzipped);
  writeFileSync(join(dir, 'cut.warc.gz'), gzipped.subarray(0, gzipped.length - 50));
  const store = openStore(':memory:');
  t.after(() => store.close());
  const whole1 = await run([join(dir, 'crawl.warc')], store);
  assert.deepEqual([whole1.summary.added, whole1.summary.failed], [3, 0]);
  const cut = await run([join(dir, 'cut.warc')], store);
  assert.deepEqual([cut.summary.unchanged, problems(cut.events).map((p) => p.code)], [2, ['truncated']]);
  const gzRun = await run([join(dir, 'crawl.warc.gz'), join(dir, 'cut.warc.gz')], store);
  assert.deepEqual([gzRun.summary.added, gzRun.summary.unchanged, problems(gzRun.events).map((p) => p.code)], [2, 1, ['truncated']]);
  const stored = store.article('https://w.example/2')!;
  assert.equal(stored.versions[0]!.rawType, 'text/html');
});

test('should read a feed file with invalid UTF-8, report it, and ingest its items', async (t) => {
  const dir = tempDir(t);
  const feed = Buffer.from(rss([{ title: 'Bad bytes', link: 'https://u.example/1', content: `<p>${para('Utf', 1)} caf@@</p>` }]));
  const at = feed.indexOf('@@');
  feed[at] = 0xe9;
  feed[at + 1] = 0xff;
  writeFileSync(join(dir, 'bad.xml'), feed);
  const store = openStore(':memory:');
  t.after(() => store.close());
  const { summary, events } = await run([join(dir, 'bad.xml')], store);
  assert.equal(summary.added, 1);
  assert.deepEqual(problems(events).map((p) => p.code), ['bad-charset']);
});

test('should read a sitemap and fetch its pages', async (t) => {
  const server = await startFixtureServer({
    '/sitemap.xml': send('<sitemapindex><sitemap><loc>/news.xml</loc></sitemap></sitemapindex>', { 'content-type': 'application/xml' }),
    '/news.xml': send('<urlset><url><loc>/p1</loc></url><url><loc>/p2</loc></url></urlset>', { 'content-type': 'application/xml' }),
    '/p1': send(page('P1', [para('Sitemap', 1)])),
    '/p2': send(page('P2', [para('Sitemap', 2)])),
  });
  t.after(() => server.close());
  const store = openStore(':memory:');
  t.after(() => store.close());
  const { summary } = await run([server.url('/sitemap.xml')], store);
  assert.equal(summary.added, 2);
});

test('should report a missing path and go on with the others', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.txt'), para('Present', 1));
  const store = openStore(':memory:');
  t.after(() => store.close());
  const { summary, events } = await run([join(dir, 'absent.txt'), join(dir, 'a.txt')], store);
  assert.equal(summary.added, 1);
  assert.deepEqual(problems(events).map((p) => p.code), ['not-found']);
});
