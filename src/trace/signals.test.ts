import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { articleSignals, collectionSignals } from './signals.js';

test('a plain report should show no republication signal', () => {
  const record = analyze('Rain fell across the region on Tuesday.\nThe weather service said more rain was expected on Wednesday.', { today: '2024-01-01' });
  assert.deepEqual(articleSignals(record, null), []);
});

test('a stranded full stop should count as a machine-translation artefact', () => {
  const record = analyze('The ministers discussed security . and stability of the region at length on Tuesday.');
  const s = articleSignals(record, null).filter((x) => x.signal === 'machine-translation-artefacts');
  assert.equal(s.length, 1);
  assert.equal(s[0]!.rule, 'signals/mt/stranded-period');
});

test('one byline across many stories and a burst from one outlet should be flagged', () => {
  const items = Array.from({ length: 25 }, (_, i) => ({ id: `a${i}`, author: 'Jo Smith', outlet: 'farm', story: `s${i % 5}`, published: `2024-01-01T10:${String(i).padStart(2, '0')}:00Z` }));
  const out = collectionSignals(items);
  assert.ok(out.get('a0')!.some((s) => s.signal === 'persona-across-beats'));
  assert.ok(out.get('a24')!.some((s) => s.signal === 'publication-burst'));
  assert.equal(collectionSignals(items.slice(0, 3)).size, 0);
});
