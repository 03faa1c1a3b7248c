import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { eventStages } from './pipeline.js';

test('should code only body sentences, dated by the dates stage ("on Monday"), with span, rule, Goldstein, quad class and PLOVER type', () => {
  const text = 'Russia attacked Ukraine on Monday.\n\nI am Jane Doe, a writer who loves how France praised Germany.';
  const record = analyze({ text, date: '2022-03-01' });
  const events = record.events.map((e) => [e.source, e.target, e.code, e.plover, e.goldstein, e.quadClass, e.date]);
  assert.deepEqual(events.slice(0, 1), [['RUS', 'UKR', '190', 'ASSAULT', -10, 4, '2022-02-28']]);
  for (const e of record.events) {
    assert.ok(record.body.some((b) => e.start >= b.start && e.end <= b.end));
    assert.match(e.rule, /^events\//);
  }
});

test('should put the PLOVER type in code and allow a missing target with --ontology plover', () => {
  const record = analyze({ text: 'Thousands of Serbian workers went on strike.' }, { stages: eventStages({ ontology: 'plover' }) });
  assert.deepEqual(record.events.map((e) => [e.source, e.target, e.code]), [['SRBLAB', '', 'PROTEST']]);
});

test('should give no event for a text without political actors', () => {
  assert.deepEqual(analyze({ text: 'The cat sat on the mat and purred all afternoon.' }).events, []);
});
