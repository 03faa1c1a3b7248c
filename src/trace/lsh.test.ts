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
