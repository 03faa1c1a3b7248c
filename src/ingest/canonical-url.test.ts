import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from './canonical-url.js';

test('should drop tracking parameters, fragments and trailing slashes, and sort the query', () => {
  assert.equal(
    canonicalUrl('HTTPS://News.Example.org:443/world/story/?utm_source=x&b=2&a=1&fbclid=z#comments'),
    'https://news.example.org/world/story?a=1&b=2',
  );
});

test('should keep the parameters that identify the article', () => {
  assert.equal(canonicalUrl('https://fr.wikinews.org/w/index.php?curid=45789'), 'https://fr.wikinews.org/w/index.php?curid=45789');
  assert.equal(canonicalUrl('https://example.org/'), 'https://example.org/');
});

test('should return null for what is not an http(s) URL', () => {
  assert.equal(canonicalUrl('not a url'), null);
  assert.equal(canonicalUrl('ftp://example.org/x'), null);
  assert.equal(canonicalUrl('javascript:alert(1)'), null);
});
