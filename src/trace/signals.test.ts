import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { articleSignals, collectionSignals, uncreditedCopySignals } from './signals.js';

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

const COPY = 'Port workers walked off the job at three container terminals on Thursday, union officials said.\nThe union said its members had rejected an offer of a 3 percent raise.';
const WIRE_SOURCE = { id: '7', label: 'reuters.com', outlet: 'reuters', similarity: 0.95, published: '2024-05-02T08:00:00Z' };

test('a near-verbatim copy of another host\'s article that credits no one should be an uncredited copy', () => {
  const record = analyze({ text: COPY, url: 'https://copyfarm.example/b' });
  const s = uncreditedCopySignals(record, { label: 'copyfarm.example', outlet: null }, [WIRE_SOURCE]);
  assert.equal(s.length, 1);
  assert.equal(s[0]!.signal, 'uncredited-copy');
  assert.equal(s[0]!.rule, 'signals/uncredited-copy');
  assert.match(s[0]!.evidence, /near-verbatim copy \(estimated Jaccard 0\.95\) of reuters\.com article 7 published 2024-05-02T08:00:00Z, with no credit naming reuters/);
});

test('a copy that credits its source should not be an uncredited copy', () => {
  const credited = analyze({ text: `${COPY}\nSource: Reuters`, url: 'https://copyfarm.example/b' });
  assert.deepEqual(uncreditedCopySignals(credited, { label: 'copyfarm.example', outlet: null }, [WIRE_SOURCE]), []);
  const named = analyze({ text: `${COPY}\nThe report first appeared on reuters.com.`, url: 'https://copyfarm.example/b' });
  assert.deepEqual(uncreditedCopySignals(named, { label: 'copyfarm.example', outlet: null }, [WIRE_SOURCE]), []);
});

test('a loose rewrite, or a copy from the same host, should not be an uncredited copy', () => {
  const record = analyze({ text: COPY, url: 'https://copyfarm.example/b' });
  assert.deepEqual(uncreditedCopySignals(record, { label: 'copyfarm.example', outlet: null }, [{ ...WIRE_SOURCE, similarity: 0.55 }]), []);
  assert.deepEqual(uncreditedCopySignals(record, { label: 'reuters.com', outlet: 'reuters' }, [WIRE_SOURCE]), []);
});

test('date-only publication values should never make a burst', () => {
  const items = Array.from({ length: 25 }, (_, i) => ({ id: `a${i}`, outlet: 'busy.example', published: '2024-01-01' }));
  assert.equal(collectionSignals(items).size, 0);
});
