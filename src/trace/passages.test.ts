import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTexts } from './passages.js';

const source = 'The minister arrived in Kyiv on Monday for talks on grain exports.\nShe met the prime minister and the head of the port authority.\nOfficials said a deal could follow within weeks.';
const target = 'The minister arrived in Kyiv on Monday for talks on grain exports!\nOfficials said a deal could follow within weeks.\nSubscribe to our channel for more news every day.';

test('should say which paragraphs were copied, added and dropped', () => {
  const r = compareTexts(source, target);
  assert.equal(r.copied.length, 2);
  assert.equal(target.slice(r.added[0]!.start, r.added[0]!.end), 'Subscribe to our channel for more news every day.');
  assert.equal(source.slice(r.dropped[0]!.start, r.dropped[0]!.end), 'She met the prime minister and the head of the port authority.');
  assert.ok(r.coverage > 0.6 && r.coverage < 1);
});

test('unrelated texts should share no passage', () => {
  const r = compareTexts(source, 'Heavy rain flooded the valley overnight.\nRoads were closed until noon.');
  assert.equal(r.copied.length, 0);
  assert.equal(r.coverage, 0);
  assert.equal(r.added.length, 2);
});
