import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { extractHtml } from './index.js';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Port strike halts loading | Harbour News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike halts loading</h1>
<p>Port workers in the northern city walked out on Thursday over unpaid wages, halting loading at three terminals.</p>
<p>The port authority said in a statement that talks with the union would resume on Monday, and that ships were waiting.</p>
<p>Union leaders said the strike would continue until every worker had been paid, according to a spokesman.</p>
</article><footer>© Harbour News</footer></body></html>`;

/** Each case must finish well inside this bound; the runner fails the test if it does not. */
const BOUND = { timeout: 20_000 };

describe('extractHtml: bad input gives a typed result and a diagnostic, never a crash', () => {
  test('should reject an empty page as empty', () => {
    for (const input of ['', '   \n', Buffer.alloc(0)]) {
      const r = extractHtml(input);
      assert.equal(r.rejected, 'empty');
      assert.equal(r.articleBody, '');
      assert.ok(r.diagnostics.some((d) => d.rule === 'html/reject/empty' && d.severity === 'fatal'));
    }
  });

  test('should reject binary bytes as binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const r = extractHtml(png);
    assert.equal(r.rejected, 'binary');
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/reject/binary'));
    assert.equal(extractHtml('<html>\u0000\u0001\u0002</html>').rejected, 'binary');
  });

  test('should reject a 30 MB page as too-large without parsing it', BOUND, () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 0x61);
    const r = extractHtml(big);
    assert.equal(r.rejected, 'too-large');
    assert.match(r.diagnostics[0]!.reason, /over the \d+-byte limit/);
  });

  test('should accept a page under a raised maxBytes limit and reject it under a lowered one', () => {
    assert.equal(extractHtml(ARTICLE, { maxBytes: 100 }).rejected, 'too-large');
    assert.equal(extractHtml(ARTICLE, { maxBytes: 1_000_000 }).rejected, null);
  });

  test('should flatten 100,000 nested tags in bounded time', BOUND, () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>${'Deep text in a deeply nested page, with words. '.repeat(5)}</p>${'</div>'.repeat(100_000)}</body></html>`;
    const r = extractHtml(html);
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/parse/too-deep'));
    assert.match(r.articleBody, /Deep text/);
  });

  test('should flatten 100,000 unclosed nested tags in bounded time', BOUND, () => {
    const html = `<html><body>${'<span><b>'.repeat(50_000)}Some text</body></html>`;
    const r = extractHtml(html);
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/parse/too-deep'));
  });

  test('should extract what there is from truncated HTML', () => {
    const cut = ARTICLE.slice(0, ARTICLE.indexOf('Union leaders') + 20);
    const r = extractHtml(cut);
    assert.equal(r.rejected, null);
    assert.match(r.articleBody, /port authority said/);
    assert.match(r.articleBody, /Union leaders said/);
  });

  test('should extract from HTML cut inside a tag', () => {
    const cut = ARTICLE.slice(0, ARTICLE.indexOf('<footer') + 4);
    assert.match(extractHtml(cut).articleBody, /Union leaders/);
  });

  test('should say not-an-article for a page with no article', () => {
    const r = extractHtml('<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><div>Log in</div></body></html>');
    assert.equal(r.rejected, 'not-an-article');
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/body/not-an-article'));
  });

  test('should decode a page whose declared charset is wrong (UTF-8 bytes declared windows-1251)', () => {
    const html = ARTICLE.replace('<head>', '<head><meta charset="windows-1251">').replace('Thursday', 'Thursday (четверг)');
    const r = extractHtml(Buffer.from(html, 'utf8'));
    assert.match(r.articleBody, /четверг/);
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/charset/declared-mismatch'));
  });

  test('should decode a page declared UTF-8 whose bytes are windows-1252', () => {
    const html = ARTICLE.replace('<head>', '<head><meta charset="utf-8">').replace('Thursday', 'Thursday in Málaga');
    const r = extractHtml(iconv.encode(html, 'windows-1252'));
    assert.match(r.articleBody, /Málaga/);
    assert.equal(r.charset?.name, 'windows-1252');
  });

  test('should keep UTF-8 for a UTF-8 page with a few broken bytes', () => {
    const polish = 'Kolejne organizacje sprzeciwiają się atakom na fundację, mówią przedstawiciele środowisk. '.repeat(4);
    const html = ARTICLE.replace('<head>', '<head><meta charset="utf-8">').replace('Thursday', `Thursday. ${polish}`);
    const bytes = Buffer.concat([Buffer.from(html, 'utf8'), Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x3c, 0x2f, 0x70, 0x3e])]);
    const r = extractHtml(bytes);
    assert.match(r.articleBody, /sprzeciwiają się/);
    assert.equal(r.charset?.name, 'utf-8');
    assert.ok(r.diagnostics.some((d) => d.rule === 'html/charset/invalid-bytes'));
  });

  test('should not throw on a page of only a doctype, comments or stray tags', () => {
    for (const html of ['<!doctype html>', '<!-- nothing -->', '</div></p></body>', '<<<>>>', '<p', '<script>var a = "<p>";']) {
      const r = extractHtml(html);
      assert.ok(r.rejected === 'not-an-article' || r.rejected === 'empty', `${html}: ${r.rejected}`);
    }
  });

  test('should throw a TypeError for a value that is neither string nor Buffer (misuse)', () => {
    assert.throws(() => extractHtml(42 as unknown as string), TypeError);
  });
});
