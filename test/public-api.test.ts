// The package's entry point is a contract for programs that embed wiretrace: each stage a user may
// call on its own is exported and works from the entry point alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as wiretrace from '../src/index.js';

const page = `<!doctype html><html lang="en"><head><title>Leaders trade letters | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-08-15T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders trade letters</h1><p class="byline">By Jane Roe</p>
<p>Russian President Vladimir Putin sent a letter to North Korean leader Kim Jong-un on Monday, the Korean Central News Agency reported.</p>
<p>“The two countries will expand their relations,” Putin said in the letter, according to the agency.</p>
<p>Kim said that the friendship between the two countries had deep roots.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>`;

test('the entry point extracts, analyses, codes and stores an article', () => {
  const page1 = wiretrace.extractHtml(page);
  assert.equal(page1.title, 'Leaders trade letters');
  assert.match(page1.articleBody, /Putin sent a letter/);
  assert.doesNotMatch(page1.articleBody, /Subscribe/);

  const record = wiretrace.analyze(page1.articleBody, { referenceDate: '2022-08-15', today: '2022-08-16' });
  assert.ok(record.entities.some((e) => e.id === 'PRK'), 'North Korea is found');
  assert.ok(record.quotes.some((q) => q.kind === 'direct'), 'the direct quote is found');
  assert.ok(record.events.length > 0, 'the letter is coded as an event');

  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-api-'));
  try {
    const store = wiretrace.openStore(join(dir, 'a.db'));
    const first = store.putArticle({ canonicalUrl: 'https://example.org/a', record });
    const again = store.putArticle({ canonicalUrl: 'https://example.org/a', record });
    assert.equal(first.status, 'added');
    assert.equal(again.status, 'unchanged');
    assert.equal(store.search({ text: 'letter' }).length, 1);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the entry point clusters a collection and fingerprints text', () => {
  const text = 'The two leaders exchanged letters on the anniversary of the liberation of Korea, state media said on Monday.';
  const rows = wiretrace.clusterCollection([
    { id: 'a', text, date: '2022-08-15' },
    { id: 'b', text: `${text} More to follow.`, date: '2022-08-16' },
    { id: 'c', text: 'A football club signed a new striker from a rival team for a record fee on Friday.', date: '2022-08-16' },
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  assert.equal(byId.get('b')?.cluster, byId.get('a')?.cluster);
  assert.notEqual(byId.get('c')?.cluster, byId.get('a')?.cluster);
  assert.equal(byId.get('b')?.origin, 'a');

  const hasher = wiretrace.createMinHasher();
  const jaccard = wiretrace.estimateJaccard(hasher.sign(text), hasher.sign(`${text} More to follow.`));
  assert.ok(jaccard > 0.7 && jaccard < 1, `estimated Jaccard ${jaccard}`);
});
