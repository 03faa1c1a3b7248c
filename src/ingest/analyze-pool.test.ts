import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze.js';
import { AnalyzePool } from './analyze-pool.js';

const TEXT = 'Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday, the Kremlin said.\n\n"We will deepen our partnership," Putin told reporters.';

test('should give the same record from a worker thread as from the calling thread', { timeout: 120_000 }, async (t) => {
  const pool = new AnalyzePool(1, { today: '2024-06-01' });
  t.after(() => pool.close());
  const inline = analyze({ text: TEXT, date: '2024-05-06' }, { today: '2024-06-01' });
  const [first, second] = await Promise.all([pool.analyze({ text: TEXT, date: '2024-05-06' }), pool.analyze({ text: TEXT, date: '2024-05-06' })]);
  assert.equal(pool.workersReady(), 1);
  assert.deepEqual(first, inline);
  assert.deepEqual(second, inline);
  await assert.rejects(pool.analyze({ text: '  ' }), { code: 'empty' });
});

test('should reject with the error analyze throws when analysing inline', { timeout: 120_000 }, async (t) => {
  const pool = new AnalyzePool(0);
  t.after(() => pool.close());
  await assert.rejects(pool.analyze({ text: '   ' }), { code: 'empty' });
});
