/**
 * The motivating article: `wiretrace analyze <seed> --json` against the hand-written gold analysis
 * in ../shared/data/seed/expected.json (skipped when ../shared is absent).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, sharedDir, SHARED_ABSENT } from './helpers.js';
import type { Analysis } from '../src/types.js';

interface SeedGold {
  file: string;
  segments: { body_first_sentence: string; body_last_sentence: string; not_body: Array<{ text: string; kind: string }> };
  byline: { author: string; outlet: string };
}

const shared = sharedDir();

test('seed: body, boilerplate kinds and byline as the gold analysis gives them', { skip: shared ? false : SHARED_ABSENT }, async () => {
  const seedDir = join(shared!, 'data/seed');
  const gold = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as SeedGold;
  const result = await runCli(['analyze', join(seedDir, gold.file), '--json']);
  assert.equal(result.code, 0, result.stderr);
  const record = JSON.parse(result.stdout) as Analysis;

  const found = record.boilerplate.map((b) => ({ text: b.text, kind: b.kind }));
  assert.deepEqual(found, gold.segments.not_body.map(({ text, kind }) => ({ text, kind })));

  const first = record.body[0]!;
  const last = record.body.at(-1)!;
  assert.ok(record.text.slice(first.start, first.end).startsWith(gold.segments.body_first_sentence));
  assert.ok(record.text.slice(last.start, last.end).endsWith(gold.segments.body_last_sentence));
  // Nothing of the boilerplate inside the body.
  for (const span of record.body) {
    for (const block of gold.segments.not_body) assert.ok(!record.text.slice(span.start, span.end).includes(block.text));
  }
  assert.equal(record.byline?.author, gold.byline.author);
  assert.equal(record.byline?.outlet, gold.byline.outlet);
});
