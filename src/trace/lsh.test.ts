import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMinHasher } from './minhash.js';
import { LshIndex } from './lsh.js';

const doc = (seed: number) => Array.from({ length: 200 }, (_, i) => `w${(i * seed) % 1009} x${seed}-${i}`).join(' ');

test('the index should return a near-duplicate and not an unrelated document', () => {
  const h = createMinHasher();
  const index = new LshIndex({ bands: 32, rows: 4 });
  for (let i = 1; i <= 50; i++) index.add(`d${i}`, h.sign(doc(i)));
  const hits = index.query(h.sign(doc(7).replace('x7-100', 'edited')));
  assert.equal(hits[0]?.id, 'd7');
  assert.ok(hits[0]!.similarity >= 0.8);
  assert.equal(hits.length, 1);
});

test('query should leave out the excluded id', () => {
  const h = createMinHasher();
  const index = new LshIndex({ bands: 32, rows: 4 });
  index.add('a', h.sign(doc(3)));
  assert.deepEqual(index.query(h.sign(doc(3)), { exclude: 'a' }), []);
});

test('should throw when given a wrong signature length or a repeated id', () => {
  const index = new LshIndex({ bands: 4, rows: 2 });
  assert.throws(() => index.add('a', new Uint32Array(7)), /expected a signature of 8/);
  index.add('a', new Uint32Array(8));
  assert.throws(() => index.add('a', new Uint32Array(8)), /already indexed: a/);
  assert.throws(() => new LshIndex({ bands: 0, rows: 2 }), /positive integers/);
});

test('the index should grow past its initial capacity', () => {
  const h = createMinHasher({ permutations: 16 });
  const index = new LshIndex({ bands: 8, rows: 2 });
  for (let i = 0; i < 3000; i++) index.add(`d${i}`, h.sign(`document number ${i} with words ${i * 7} and ${i * 13}`));
  assert.equal(index.size, 3000);
  assert.equal(index.query(h.sign('document number 2999 with words 20993 and 38987'))[0]?.id, 'd2999');
});

test('a stop-bucket should yield only its newest maxChain members and its oldest one', () => {
  const h = createMinHasher();
  const index = new LshIndex({ bands: 32, rows: 4, maxChain: 16 });
  const sig = h.sign(doc(5));
  for (let i = 0; i < 600; i++) index.add(`copy${i}`, sig);
  index.add('other', h.sign(doc(11)));
  const hits = index.query(sig, { limit: 1000 });
  const ids = new Set(hits.map((m) => m.id));
  assert.equal(hits.length, 17);
  assert.ok(ids.has('copy0'), 'the oldest copy, the likely origin, is kept');
  assert.ok(ids.has('copy599') && ids.has('copy584'));
  assert.ok(!ids.has('copy583') && !ids.has('other'));
});

test('repeated queries should not leak marks from one query into the next', () => {
  const h = createMinHasher();
  const index = new LshIndex({ bands: 32, rows: 4 });
  for (let i = 1; i <= 20; i++) index.add(`d${i}`, h.sign(doc(i)));
  for (let q = 0; q < 3; q++) assert.equal(index.query(h.sign(doc(9)))[0]?.id, 'd9');
});

test('should throw when maxChain is out of range', () => {
  assert.throws(() => new LshIndex({ bands: 4, rows: 2, maxChain: 0 }), /maxChain must be an integer from 1 to 65534/);
});
