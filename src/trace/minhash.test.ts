import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMinHasher, estimateJaccard, shingleHashes } from './minhash.js';
import { words } from './tokens.js';

const base = Array.from({ length: 300 }, (_, i) => `word${i % 97} item${i}`).join(' ');

test('identical texts should have identical signatures', () => {
  const h = createMinHasher();
  assert.equal(estimateJaccard(h.sign(base), h.sign(base)), 1);
});

test('a text with one word changed should stay a near-duplicate', () => {
  const h = createMinHasher();
  assert.ok(estimateJaccard(h.sign(base), h.sign(base.replace('item150', 'changed'))) >= 0.8);
});

test('unrelated texts should not look alike', () => {
  const h = createMinHasher();
  const other = Array.from({ length: 300 }, (_, i) => `other${i} term${i % 13}`).join(' ');
  assert.ok(estimateJaccard(h.sign(base), h.sign(other)) < 0.1);
});

test('case, diacritics and typographic quotes should not change the fingerprint', () => {
  const h = createMinHasher();
  assert.equal(estimateJaccard(h.sign('Kim’s “letter” to Pútin was read today'), h.sign("kim's \"letter\" to putin was read today")), 1);
});

test('a text shorter than one shingle should still get a signature', () => {
  assert.equal(shingleHashes(['two', 'words'], 5).length, 1);
  assert.equal(shingleHashes([], 5).length, 0);
});

test('should throw when given invalid options', () => {
  assert.throws(() => createMinHasher({ permutations: 0 }), /permutations must be a positive integer/);
  assert.throws(() => createMinHasher({ shingle: 1.5 }), /shingle must be a positive integer/);
  assert.throws(() => estimateJaccard([1, 2], [1]), /signatures differ in length/);
});

test('the fused ASCII path should give the same signature as shingling the words', () => {
  const h = createMinHasher();
  const text = 'North Korea’s KCNA said on Monday — 15 August — that the “letter” arrived.\nSecond paragraph, with 1,200 words.';
  assert.deepEqual(h.sign(text), h.signHashes(shingleHashes(words(text), 5)));
  const cyrillic = 'Президент России Владимир Путин написал письмо';
  assert.deepEqual(h.sign(cyrillic), h.signHashes(shingleHashes(words(cyrillic), 5)));
  assert.deepEqual(h.sign('Short text'), h.signHashes(shingleHashes(['short', 'text'], 5)));
});

test('a long text should not disturb the next signature (scratch reuse)', () => {
  const h = createMinHasher();
  const before = h.sign(base);
  h.sign(`${base} ${base} ${base} ${base} ${base} ${base} extra`);
  assert.deepEqual(h.sign(base), before);
});
