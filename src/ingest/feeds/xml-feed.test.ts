import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXmlFeed } from './xml-feed.js';
import { parseJsonFeed } from './json-feed.js';
import { parseOpml } from './opml.js';
import { parseSitemap } from './sitemap.js';
import { decodeXml } from './decode-xml.js';

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour News</title><language>en-GB</language><link>https://news.example/</link>
<item><title>Port reopens</title><link>https://news.example/port?utm_source=rss</link><guid isPermaLink="false">id-1</guid>
<pubDate>Mon, 06 May 2024 09:30:00 +0100</pubDate><dc:creator>Ann Writer</dc:creator><category>Economy</category>
<description>&lt;p&gt;Short &amp;amp; sweet.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The port reopened on Monday.</p><p>Ships queued outside.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>Only a summary</title><link>https://news.example/summary</link><description>Just this.</description></item>
</channel></rss>`;

test('should read RSS 2.0 items: link, date, author, content as paragraphs', () => {
  const feed = parseXmlFeed(RSS)!;
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Harbour News');
  assert.equal(feed.lang, 'en-GB');
  const [first, second] = feed.items;
  assert.equal(first!.link, 'https://news.example/port?utm_source=rss');
  assert.equal(first!.id, 'id-1');
  assert.equal(first!.published, '2024-05-06T08:30:00.000Z');
  assert.equal(first!.author, 'Ann Writer');
  assert.deepEqual(first!.categories, ['Economy']);
  assert.equal(first!.content, 'The port reopened on Monday.\n\nShips queued outside.');
  assert.equal(first!.summary, 'Short & sweet.');
  assert.equal(second!.content, undefined);
  assert.equal(second!.summary, 'Just this.');
});

test('should read Atom entries: alternate link, author name, xhtml content', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Flux</title>
  <entry><title type="text">Élection</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="/a/1"/>
  <id>urn:uuid:1</id><updated>2024-05-01T10:00:00Z</updated><published>2024-04-30T10:00:00Z</published>
  <author><name>Marie Curie</name></author><category term="politique"/>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Premier &amp; paragraphe.</p><p>Second.</p></div></content></entry></feed>`;
  const feed = parseXmlFeed(atom)!;
  assert.equal(feed.format, 'atom');
  assert.equal(feed.lang, 'fr');
  const entry = feed.items[0]!;
  assert.equal(entry.link, '/a/1');
  assert.equal(entry.author, 'Marie Curie');
  assert.equal(entry.published, '2024-04-30T10:00:00.000Z');
  assert.deepEqual(entry.categories, ['politique']);
  assert.equal(entry.content, 'Premier & paragraphe.\n\nSecond.');
});

test('should read RSS 1.0 (RDF) items', () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://r.example/"><title>RDF news</title></channel>
  <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link><dc:date>2024-01-02</dc:date><description>Text one.</description></item></rdf:RDF>`;
  const feed = parseXmlFeed(rdf)!;
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.title, 'RDF news');
  assert.deepEqual([feed.items[0]!.link, feed.items[0]!.published, feed.items[0]!.summary], ['https://r.example/1', '2024-01-02T00:00:00.000Z', 'Text one.']);
});

test('should not expand entities declared in a DTD (billion laughs)', () => {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss><channel><title>t</title>
  <item><title>&lol9;</title><description>&lol9; and real text</description></item><item><title>Fine</title><description>ok</description></item></channel></rss>`;
  const before = process.memoryUsage().heapUsed;
  const feed = parseXmlFeed(bomb)!;
  assert.equal(feed.items.length, 2);
  assert.equal(feed.items[0]!.title, '&lol9;');
  assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024);
});

test('should keep maxItems items of a 100,000-item feed and count the rest', () => {
  const items = Array.from({ length: 100_000 }, (_, i) => `<item><title>T${i}</title><link>https://h.example/${i}</link><description>Item ${i}</description></item>`);
  const text = `<rss><channel><title>big</title>${items.join('')}</channel></rss>`;
  const feed = parseXmlFeed(text, { maxItems: 500 })!;
  assert.equal(feed.items.length, 500);
  assert.equal(feed.totalItems, 100_000);
  assert.equal(feed.items[499]!.link, 'https://h.example/499');
});

test('should return null for XML that is not a feed', () => {
  assert.equal(parseXmlFeed('<html><body><p>x</p></body></html>'), null);
  assert.equal(parseXmlFeed('<urlset><url><loc>https://x/</loc></url></urlset>'), null);
});

test('should read JSON Feed items and reject other JSON', () => {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'J', language: 'de',
    items: [{ id: 1, url: 'https://j.example/1', title: 'Eins', content_html: '<p>Hallo Welt.</p>', date_published: '2024-03-01T12:00:00Z', authors: [{ name: 'A' }, { name: 'B' }] }],
  });
  const feed = parseJsonFeed(json)!;
  assert.deepEqual([feed.format, feed.lang, feed.items[0]!.content, feed.items[0]!.author], ['json', 'de', 'Hallo Welt.', 'A; B']);
  assert.equal(parseJsonFeed('{"items": []}'), null);
  assert.equal(parseJsonFeed('not json'), null);
});

test('should list the feeds of an OPML file, nested, without duplicates', () => {
  const opml = `<opml version="2.0"><body><outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/feed"/>
  <outline type="rss" title="B" xmlUrl="https://b.example/rss"/></outline><outline xmlUrl="https://a.example/feed"/></body></opml>`;
  assert.deepEqual(parseOpml(opml), [{ url: 'https://a.example/feed', title: 'A' }, { url: 'https://b.example/rss', title: 'B' }]);
  assert.equal(parseOpml('<rss/>'), null);
});

test('should read sitemap URL sets (with Google News fields) and sitemap indexes', () => {
  const set = parseSitemap(`<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc> https://s.example/a </loc><lastmod>2024-01-01</lastmod>
  <news:news><news:publication_date>2024-01-01T08:00:00Z</news:publication_date><news:title>A story</news:title></news:news></url></urlset>`)!;
  assert.deepEqual(set.entries, [{ loc: 'https://s.example/a', lastmod: '2024-01-01', published: '2024-01-01T08:00:00Z', title: 'A story' }]);
  const index = parseSitemap('<sitemapindex><sitemap><loc>https://s.example/1.xml</loc></sitemap></sitemapindex>')!;
  assert.deepEqual([index.kind, index.entries[0]!.loc], ['index', 'https://s.example/1.xml']);
});

test('should decode invalid UTF-8 with replacement characters and count them', () => {
  const bytes = Buffer.concat([Buffer.from('<rss><channel><item><title>caf'), Buffer.from([0xe9, 0xff]), Buffer.from('</title></item></channel></rss>')]);
  const decoded = decodeXml(bytes);
  assert.equal(decoded.replaced, 2);
  assert.equal(parseXmlFeed(decoded.text)!.items[0]!.title, 'caf\ufffd\ufffd');
  assert.equal(decodeXml(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><x>caf\xe9</x>', 'latin1')).text.includes('café'), true);
});
