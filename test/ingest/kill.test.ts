/**
 * Crash safety: `kill -9` in the middle of ingesting 1,000 articles, then the same command again.
 * Every article must be stored exactly once, with nothing half-written (each article has its
 * version, record and search entry; SQLite's integrity checks pass).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot, runCli, tempDir } from '../helpers.js';
import { rss, startFixtureServer } from '../helpers/fixture-server.js';

const TOTAL = 1000;

function storedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or its schema not yet migrated
  }
}

test('should store each of 1,000 articles exactly once after a kill -9 and a rerun', { timeout: 300_000 }, async (t) => {
  const items = Array.from({ length: TOTAL }, (_, i) => ({
    title: `Bulletin ${i}`,
    link: `https://wire.example/bulletin/${i}`,
    content: `<p>Bulletin ${i}: the harbour authority said on Monday that berth ${i} would reopen.</p><p>Repairs took ${i % 30} days.</p>`,
  }));
  const body = rss(items);
  let fullReads = 0;
  const server = await startFixtureServer({
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"k1"') return void res.writeHead(304).end();
      fullReads++;
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"k1"' }).end(body);
    },
  });
  const dir = tempDir('wt-kill-');
  t.after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const db = join(dir, 'kill.db');
  const args = ['ingest', '--db', db, server.url('/feed.xml'), '--host-delay', '0', '--workers', '1', '--today', '2024-06-01'];

  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args], { stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let before = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    before = storedArticles(db);
    if (before >= 100 || child.exitCode !== null) break;
  }
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL', 'the first run was killed, not finished');
  before = storedArticles(db);
  assert.ok(before > 0 && before < TOTAL, `killed mid-way (${before} stored)`);

  const rerun = await runCli(args, { timeoutMs: 240_000 });
  assert.equal(rerun.code, 0, rerun.stderr);
  // The killed run never recorded the feed's ETag, so the rerun read the feed in full.
  assert.equal(fullReads, 2);
  const added = Number(/ingest: (\d+) added/.exec(rerun.stderr)?.[1]);
  assert.equal(before + added, TOTAL, rerun.stderr);

  const conn = new Database(db);
  t.after(() => conn.close());
  const one = (sql: string) => Object.values(conn.prepare(sql).get() as Record<string, unknown>)[0];
  assert.equal(one('SELECT COUNT(*) FROM articles'), TOTAL);
  assert.equal(one('SELECT COUNT(DISTINCT canonical_url) FROM articles'), TOTAL);
  assert.equal(one('SELECT COUNT(*) FROM article_versions'), TOTAL);
  assert.equal(one('SELECT COUNT(*) FROM articles a LEFT JOIN article_versions v ON v.id = a.current_version_id WHERE v.id IS NULL'), 0);
  assert.equal(one("SELECT COUNT(*) FROM article_fts WHERE article_fts MATCH 'harbour'"), TOTAL);
  assert.equal(one('PRAGMA integrity_check'), 'ok');
  // FTS5 checks its index against the article text; it throws on any mismatch.
  assert.doesNotThrow(() => conn.prepare("INSERT INTO article_fts(article_fts) VALUES('integrity-check')").run());
  assert.equal(conn.prepare('SELECT etag FROM feeds').pluck().get(), '"k1"');
});
