import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from './index.js';

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Port strike halts loading | Harbour News</title>
<meta property="og:title" content="Port strike halts loading">
<meta property="og:site_name" content="Harbour News">
<meta name="author" content="Harbour News Staff">
<meta property="article:published_time" content="2024-03-07T09:12:00Z">
<link rel="canonical" href="https://harbour.example/news/port-strike">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Harbour News"},
 {"@type":"NewsArticle","headline":"Port strike halts loading","datePublished":"2024-03-07T09:12:00Z",
  "dateModified":"2024-03-08T10:00:00Z","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ali Khan"}]}]}</script>
</head><body>
<header class="site-header"><a href="/">Harbour News</a><ul class="menu"><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></header>
<main><article class="article">
<h1>Port strike halts loading</h1>
<div class="byline">By Jane Doe and Ali Khan</div>
<figure><img src="a.jpg"><figcaption>Workers outside the terminal gates.</figcaption></figure>
<div class="article-body">
<p>Port workers in the northern city walked out on Thursday over unpaid wages, halting loading at three terminals.</p>
<p>The port authority said in a statement that talks with the union would resume on Monday, and that ships were waiting offshore.</p>
<h2>What the union wants</h2>
<p>Union leaders said the strike would continue until every worker had been paid, according to a spokesman.</p>
<ul><li>Back pay for three months, in full.</li><li>A written guarantee on future wages.</li></ul>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
<p>Advertisement</p>
</div>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Dock workers strike in the south</a></li><li><a href="/y">Shipping costs rise</a></li></ul></aside>
</article></main>
<div id="comments"><p>Great article, thanks, I agree with everything the union says here.</p></div>
<footer><p>© 2024 Harbour News. All rights reserved.</p></footer>
</body></html>`;

describe('extractHtml: body', () => {
  const r = extractHtml(PAGE, { today: '2025-01-01' });

  test('should keep the paragraphs, headings and list items, separated by blank lines', () => {
    assert.equal(
      r.articleBody,
      [
        'Port workers in the northern city walked out on Thursday over unpaid wages, halting loading at three terminals.',
        'The port authority said in a statement that talks with the union would resume on Monday, and that ships were waiting offshore.',
        'What the union wants',
        'Union leaders said the strike would continue until every worker had been paid, according to a spokesman.',
        'Back pay for three months, in full.',
        'A written guarantee on future wages.',
      ].join('\n\n'),
    );
  });

  test('should not include the title, byline, caption, share bar, ad line, related links, comments or footer', () => {
    for (const gone of ['Port strike halts loading', 'By Jane Doe', 'Workers outside', 'Tweet', 'Advertisement', 'Dock workers', 'Great article', 'All rights reserved']) {
      assert.ok(!r.articleBody.includes(gone), gone);
    }
  });

  test('should report what it removed, with a kind and a rule', () => {
    const kinds = new Set(r.boilerplate.map((b) => b.kind));
    for (const kind of ['navigation', 'share', 'related', 'comment', 'caption', 'advertisement'] as const) assert.ok(kinds.has(kind), kind);
    for (const b of r.boilerplate) {
      assert.match(b.rule, /^html\//);
      assert.ok(b.end >= b.start);
    }
    const comment = r.boilerplate.find((b) => b.kind === 'comment')!;
    assert.ok(PAGE.slice(comment.start, comment.end).startsWith('<div id="comments">'));
  });

  test('should not be rejected', () => {
    assert.equal(r.rejected, null);
  });
});

describe('extractHtml: metadata with the winning source and the losers', () => {
  const r = extractHtml(PAGE, { today: '2025-01-01' });

  test('should take the h1 as title when the structured titles agree', () => {
    assert.equal(r.title, 'Port strike halts loading');
    assert.equal(r.metadata.title.source, 'h1');
  });

  test('should join several JSON-LD authors with "; " and keep the generic meta author as a loser', () => {
    assert.equal(r.author, 'Jane Doe; Ali Khan');
    assert.equal(r.metadata.author.source, 'json-ld');
    assert.ok(r.metadata.author.candidates.some((c) => c.source === 'meta:author' && c.rejected !== undefined));
  });

  test('should prefer the publication date to the modification date', () => {
    assert.equal(r.date, '2024-03-07');
    assert.equal(r.modified, '2024-03-08');
    assert.equal(r.metadata.date.source, 'meta:article:published_time');
    assert.ok(r.metadata.date.candidates.some((c) => c.source === 'json-ld' && c.rejected === 'lower-ranked source'));
  });

  test('should read site name, language and canonical URL', () => {
    assert.equal(r.sitename, 'Harbour News');
    assert.equal(r.lang, 'en');
    assert.equal(r.canonical, 'https://harbour.example/news/port-strike');
    assert.equal(r.url, 'https://harbour.example/news/port-strike');
  });

  test('should let a visible byline beat a generic meta author', () => {
    const page = PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.author, 'Jane Doe and Ali Khan');
    assert.equal(s.metadata.author.source, 'byline-element');
    assert.equal(s.metadata.author.candidates.find((c) => c.source === 'meta:author')?.rejected, 'generic');
  });

  test('should not print the site name a <meta> author states, and let a visible byline win over it', () => {
    const bare = PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('content="Harbour News Staff"', 'content="Harbour News"');
    const withByline = extractHtml(bare, { today: '2025-01-01' });
    assert.equal(withByline.author, 'Jane Doe and Ali Khan');
    assert.equal(withByline.metadata.author.candidates.find((c) => c.source === 'meta:author')?.rejected, 'site name');
    const noByline = extractHtml(bare.replace('<div class="byline">By Jane Doe and Ali Khan</div>', ''), { today: '2025-01-01' });
    assert.equal(noByline.author, null);
  });

  test('should still fall back to a generic author ("Staff") when nothing better is stated', () => {
    const page = PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('<div class="byline">By Jane Doe and Ali Khan</div>', '');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.author, 'Harbour News Staff');
  });

  test('should read the <time datetime> inside a date element whose text glues words to the date', () => {
    const page = `<html><body><h1>Library reopens</h1><div class="entry-meta"><a href="/a">Jane Doe</a>Politique20 janvier 2020<time datetime="2020-01-20T08:40:32+01:00">20 janvier 2020</time>0 Comment</div>
<p>The council voted on Tuesday to reopen the library, closed since the flood in March, after a long debate.</p></body></html>`;
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.date, '2020-01-20');
    assert.ok(s.metadata.date.candidates.some((c) => c.source === 'time' && c.value === '2020-01-20'));
  });

  test('should take the day after a UTC timestamp when more sources state that day', () => {
    const page = PAGE.replace('2024-03-07T09:12:00Z', '2024-03-06T23:30:00Z').replace('"datePublished":"2024-03-07T09:12:00Z"', '"datePublished":"2024-03-07T00:30:00+01:00"')
      .replace('<div class="byline">', '<div class="date">7 March 2024</div><div class="byline">');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.date, '2024-03-07');
    assert.equal(s.metadata.date.candidates.find((c) => c.source === 'meta:article:published_time')?.rejected, 'a day off what more sources state');
  });

  test('should keep a date that only one other source puts a day later', () => {
    const page = PAGE.replace('<div class="byline">', '<div class="date">8 March 2024</div><div class="byline">');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.date, '2024-03-07');
  });

  test('should reject a date in the future and fall back to the next source', () => {
    const page = PAGE.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '').replace('2024-03-07T09:12:00Z', '2031-01-01');
    const s = extractHtml(page, { today: '2025-01-01', url: 'https://harbour.example/2024/03/07/port-strike' });
    assert.equal(s.date, '2024-03-07');
    assert.equal(s.metadata.date.source, 'url');
    assert.equal(s.metadata.date.candidates.find((c) => c.source === 'meta:article:published_time')?.rejected, 'in the future');
  });

  test('should drop a kicker printed in the h1 before the headline that og:title states', () => {
    const page = PAGE.replace('<h1>Port strike halts loading</h1>', '<h1><span class="kicker">Harbour labour</span> <span>Port strike halts loading</span></h1>');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.title, 'Port strike halts loading');
    assert.equal(s.metadata.title.source, 'h1');
  });

  test('should keep an h1 whose first part ends with a colon: one headline, shortened elsewhere', () => {
    const page = PAGE.replace('<h1>Port strike halts loading</h1>', '<h1>Unpaid wages: Port strike halts loading</h1>');
    const s = extractHtml(page, { today: '2025-01-01' });
    assert.equal(s.title, 'Unpaid wages: Port strike halts loading');
  });

  test('should clean a site name off the <title> when there is nothing better', () => {
    const s = extractHtml('<html><head><title>Strike ends after a week | Harbour News</title><meta property="og:site_name" content="Harbour News"></head><body><p>x</p></body></html>');
    assert.equal(s.title, 'Strike ends after a week');
    assert.equal(s.metadata.title.source, 'title');
  });

  test('should give null, not a guess, when no source states a field', () => {
    const s = extractHtml('<html><body><p>Just some words here without any metadata at all, really none.</p></body></html>');
    assert.equal(s.author, null);
    assert.equal(s.date, null);
    assert.equal(s.metadata.date.source, null);
  });
});

describe('extractHtml: when the first pass yields too little text', () => {
  const steps = [
    'Mix the flour, the sugar and the soft butter in a large bowl until the dough is smooth.',
    'Roll the dough into small balls and press each one flat with the back of a fork.',
    'Bake the biscuits for fifteen minutes, until the edges turn golden, then let them cool.',
  ];
  // Each step sits beside a checkbox (a "done" tick), which the conditional cleaning takes for a form.
  const recipe = `<html><body><nav><a href="/">Home</a></nav><main><div class="recipe">
<h1>Butter biscuits</h1>
<div class="steps">${steps.map((s) => `<div class="step"><input type="checkbox"><p>${s}</p></div>`).join('')}</div>
</div></main></body></html>`;

  test('should retry without the conditional cleaning and keep the steps beside checkboxes', () => {
    const r = extractHtml(recipe, { today: '2025-01-01' });
    for (const s of steps) assert.ok(r.articleBody.includes(s), s);
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/body/cascade'));
  });

  test('should not retry when the strict pass found a whole article', () => {
    const r = extractHtml(PAGE, { today: '2025-01-01' });
    assert.ok(!r.diagnostics.some((d) => d.rule === 'html/body/cascade'));
    assert.ok(!r.articleBody.includes('Great article'));
  });

  test('should drop a consent dialog that holds running text and most of the page', () => {
    const vendors = Array.from({ length: 30 }, (_, i) => `<p>Vendor ${i} stores cookies on your device, for analytics, advertising and the measurement of reach, for up to two years.</p>`).join('');
    const page = `<html><body><div class="cookie-consent-overlay"><div class="consent-content">${vendors}</div></div>
<main><h1>Library reopens</h1><div class="story"><p>The council voted on Tuesday to reopen the library, closed since the flood in March, after a long debate.</p>
<p>Repairs to the reading room will take until the summer, the mayor said, and will cost the town more than expected.</p>
<p>Volunteers have already carried most of the books back from the school, where they were kept during the works.</p></div></main></body></html>`;
    const r = extractHtml(page, { today: '2025-01-01' });
    assert.ok(r.articleBody.startsWith('The council voted'), r.articleBody.slice(0, 80));
    assert.ok(!r.articleBody.includes('Vendor'));
    assert.ok(r.boilerplate.some((b) => b.rule === 'html/drop/consent'));
  });
});

describe('extractHtml: class rules', () => {
  const story = '<p>The council voted on Tuesday to reopen the library, closed since the flood in March, after a long debate.</p><p>Repairs to the reading room will take until the summer, the mayor said, and will cost more than expected.</p><p>Volunteers have already carried most of the books back from the school, where they were kept.</p>';

  test('should keep a block hidden on small screens only (hidden-xs)', () => {
    const page = `<html><body><main><h1>Library reopens</h1><div class="intro hidden-xs"><p>The town library opens its doors again after eight months, with a new reading room and longer hours.</p></div><div class="story">${story}</div></main></body></html>`;
    const r = extractHtml(page, { today: '2025-01-01' });
    assert.ok(r.articleBody.includes('opens its doors again'));
  });

  test('should still drop a hidden block', () => {
    const page = `<html><body><main><h1>Library reopens</h1><div class="story">${story}<div class="visually-hidden">Skip to the next story in this section of the site.</div></div></main></body></html>`;
    const r = extractHtml(page, { today: '2025-01-01' });
    assert.ok(!r.articleBody.includes('Skip to the next story'));
  });

  test('should take the lead from the article header, which the class rules drop as a page header', () => {
    const page = `<html><body><main><div class="article-header"><h1>Library reopens</h1><p class="lead">The town library opens its doors again after eight months, with a new reading room.</p><a href="/">Home</a></div><div class="story">${story}</div></main></body></html>`;
    const r = extractHtml(page, { today: '2025-01-01' });
    assert.ok(r.articleBody.startsWith('The town library opens its doors again'), r.articleBody.slice(0, 80));
  });
});
