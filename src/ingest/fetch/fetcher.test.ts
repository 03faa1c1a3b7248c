import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { startFixtureServer, send, streamBytes } from '../../../test/helpers/fixture-server.js';
import { Fetcher } from './fetcher.js';
import { USER_AGENT } from './options.js';

const FAST = { hostIntervalMs: 0, hostConcurrency: 4, retryBaseMs: 5, timeoutMs: 5000 } as const;

test('should send a clear User-Agent and decode gzip, deflate and br bodies', async (t) => {
  const text = 'The port reopened on Monday. '.repeat(50);
  const server = await startFixtureServer({
    '/gz': send(gzipSync(text), { 'content-encoding': 'gzip' }),
    '/deflate': send(deflateSync(text), { 'content-encoding': 'deflate' }),
    '/br': send(brotliCompressSync(text), { 'content-encoding': 'br' }),
  });
  t.after(() => server.close());
  const fetcher = new Fetcher(FAST);
  for (const path of ['/gz', '/deflate', '/br']) {
    const response = await fetcher.get(server.url(path));
    assert.equal(response.body.toString(), text, path);
  }
  const request = server.requests.find((r) => r.path === '/gz')!;
  assert.equal(request.headers['user-agent'], USER_AGENT);
  assert.match(String(request.headers['accept-encoding']), /gzip.*br/);
});

test('should make a conditional GET and report 304 as not modified', async (t) => {
  const server = await startFixtureServer({
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 May 2024 10:00:00 GMT' }).end('<rss/>');
    },
  });
  t.after(() => server.close());
  const fetcher = new Fetcher(FAST);
  const first = await fetcher.get(server.url('/feed'));
  assert.deepEqual([first.status, first.etag, first.lastModified], [200, '"v1"', 'Wed, 01 May 2024 10:00:00 GMT']);
  const second = await fetcher.get(server.url('/feed'), { etag: first.etag, lastModified: first.lastModified });
  assert.deepEqual([second.notModified, second.body.length], [true, 0]);
  assert.equal(server.requests.at(-1)!.headers['if-modified-since'], 'Wed, 01 May 2024 10:00:00 GMT');
});

test('should follow redirects, and fail with a clear error on a loop or too many', async (t) => {
  const server = await startFixtureServer({
    '/old': send('', { location: '/new' }, 301),
    '/new': send('<p>new</p>'),
    '/loop-a': send('', { location: '/loop-b' }, 302),
    '/loop-b': send('', { location: '/loop-a' }, 302),
    '*': (req, res) => {
      const n = Number(/\/chain\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
      res.writeHead(302, { location: `/chain/${n + 1}` }).end();
    },
  });
  t.after(() => server.close());
  const fetcher = new Fetcher({ ...FAST, maxRedirects: 3 });
  const moved = await fetcher.get(server.url('/old'));
  assert.deepEqual([moved.finalUrl, moved.body.toString()], [server.url('/new'), '<p>new</p>']);
  await assert.rejects(fetcher.get(server.url('/loop-a')), { code: 'fetch-failed', message: /redirect loop/ });
  await assert.rejects(fetcher.get(server.url('/chain/0')), { code: 'fetch-failed', message: /more than 3 redirects/ });
});

test('should cut a gzip bomb at the size limit without inflating it', async (t) => {
  const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 1 }); // 64 MiB of zeros, ~300 KB on the wire
  const server = await startFixtureServer({ '/bomb': send(bomb, { 'content-encoding': 'gzip' }) });
  t.after(() => server.close());
  const before = process.memoryUsage().rss;
  await assert.rejects(new Fetcher({ ...FAST, maxBytes: 1024 * 1024 }).get(server.url('/bomb')), { code: 'too-large' });
  assert.ok(process.memoryUsage().rss - before < 100 * 1024 * 1024, 'memory stayed bounded');
});

test('should stream a 1 GB response and cut it at the limit, never allocating it', async (t) => {
  const server = await startFixtureServer({
    '/huge': streamBytes(1024 ** 3),
    '/declared': (_req, res) => {
      res.writeHead(200, { 'content-length': String(1024 ** 3) });
      res.write('a');
    },
  });
  t.after(() => server.close());
  const fetcher = new Fetcher({ ...FAST, maxBytes: 5 * 1024 * 1024 });
  const before = process.memoryUsage().rss;
  await assert.rejects(fetcher.get(server.url('/huge')), { code: 'too-large', message: /5242880-byte limit/ });
  assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'memory stayed bounded');
  await assert.rejects(fetcher.get(server.url('/declared')), { code: 'too-large', message: /declares 1073741824 bytes/ });
});

test('should give up on a server that sends one byte a second', async (t) => {
  const server = await startFixtureServer({
    '/slow': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('a'), 1000);
      res.on('close', () => clearInterval(timer));
    },
  });
  t.after(() => server.close());
  const started = Date.now();
  await assert.rejects(new Fetcher({ ...FAST, timeoutMs: 1500 }).get(server.url('/slow')), { code: 'timeout' });
  assert.ok(Date.now() - started < 10_000);
});

test('should honour robots.txt Disallow and Crawl-delay', async (t) => {
  const server = await startFixtureServer({
    '/robots.txt': send('User-agent: wiretrace\nDisallow: /private\nCrawl-delay: 1\n\nUser-agent: *\nDisallow: /', { 'content-type': 'text/plain' }),
    '*': send('<p>ok</p>'),
  });
  t.after(() => server.close());
  const fetcher = new Fetcher(FAST);
  await assert.rejects(fetcher.get(server.url('/private/x')), { code: 'disallowed', message: /robots\.txt/ });
  await fetcher.get(server.url('/a'));
  const started = Date.now();
  await fetcher.get(server.url('/b'));
  // The Crawl-delay of 1 s spaces two requests to the host, whatever the configured interval.
  assert.ok(Date.now() - started >= 900);
  assert.equal(server.requests.filter((r) => r.path === '/robots.txt').length, 1);
});

test('should treat a robots.txt server error as disallowing all, and a 404 as allowing all', async (t) => {
  const broken = await startFixtureServer({ '/robots.txt': send('oops', {}, 500), '*': send('<p>ok</p>') });
  const open = await startFixtureServer({ '*': send('<p>ok</p>') });
  t.after(() => Promise.all([broken.close(), open.close()]));
  await assert.rejects(new Fetcher({ ...FAST, retries: 0 }).get(broken.url('/a')), { code: 'disallowed', message: /answered 500/ });
  assert.equal((await new Fetcher(FAST).get(open.url('/a'))).status, 200);
});

test('should retry a 503 and a 429 with backoff, and not retry a 404', async (t) => {
  let calls = 0;
  const server = await startFixtureServer({
    '/flaky': (_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503).end();
      else if (calls === 2) res.writeHead(429, { 'retry-after': '0' }).end();
      else res.writeHead(200).end('finally');
    },
  });
  t.after(() => server.close());
  const fetcher = new Fetcher({ ...FAST, retries: 2 });
  assert.equal((await fetcher.get(server.url('/flaky'))).body.toString(), 'finally');
  assert.equal(calls, 3);
  const before = server.requests.length;
  await assert.rejects(fetcher.get(server.url('/missing')), { code: 'fetch-failed', message: 'HTTP 404' });
  assert.equal(server.requests.length - before, 1);
});

test('should refuse URLs that are not http(s)', async () => {
  await assert.rejects(new Fetcher(FAST).get('file:///etc/passwd'), { code: 'unsupported' });
  await assert.rejects(new Fetcher(FAST).get('not a url'), { code: 'bad-input' });
});
