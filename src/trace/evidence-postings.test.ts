import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseFeatures, EVIDENCE_POSTING_DEFAULTS, identifyingFeatures } from './evidence-postings.js';

test('identifyingFeatures should keep names, entities, numbers, dates and URLs, weighed by kind', () => {
  const bag = new Map([
    ['name:boric', 2],
    ['entity:person:putin', 1],
    ['num:4500', 1],
    ['date:03-11', 2],
    ['url:https://example.org/a', 1],
    ['country:CHL', 3],
    ['stem:kopal', 4],
    ['concept:mining', 2],
  ]);
  assert.deepEqual(identifyingFeatures({ bag }), new Map([
    ['name:boric', 2],
    ['entity:person:putin', 1],
    ['num:4500', 2],
    ['date:03-11', 4],
    ['url:https://example.org/a', 2],
  ]));
});

test('identifyingFeatures should keep no country, stem or concept: they name a topic, not a story', () => {
  assert.deepEqual(identifyingFeatures({ bag: new Map([['country:CHL', 5], ['stem:kopal', 4], ['concept:mining', 2]]) }), new Map());
});

test('chooseFeatures should post the rarest and most salient first and look up only features some article holds', () => {
  const features = new Map([
    ['num:900', 4],
    ['name:boric', 1],
    ['name:gabri', 1],
    ['date:03-11', 4],
  ]);
  const counts = new Map([['num:900', 0], ['name:boric', 5], ['name:gabri', 0], ['date:03-11', 1]]);
  const { post, probe } = chooseFeatures(features, counts, EVIDENCE_POSTING_DEFAULTS);
  assert.deepEqual(post, ['num:900', 'date:03-11', 'name:gabri', 'name:boric']);
  assert.deepEqual(probe, ['date:03-11', 'name:boric']);
});

test('chooseFeatures should neither post nor look up a feature at the common cap', () => {
  const { post, probe } = chooseFeatures(new Map([['num:2024', 2], ['name:trump', 1]]), new Map([['num:2024', 30], ['name:trump', 29]]), EVIDENCE_POSTING_DEFAULTS);
  assert.deepEqual(post, ['name:trump']);
  assert.deepEqual(probe, ['name:trump']);
});

test('chooseFeatures should post at most `posted` features and look up at most `probed`', () => {
  const features = new Map(Array.from({ length: 40 }, (_, i) => [`num:${1000 + i}`, 1] as [string, number]));
  const counts = new Map([...features.keys()].map((k) => [k, 1]));
  const { post, probe } = chooseFeatures(features, counts, { ...EVIDENCE_POSTING_DEFAULTS, posted: 16, probed: 32 });
  assert.equal(post.length, 16);
  assert.equal(probe.length, 32);
});
