/**
 * Quality gate for entities: the seed article's acceptance list, MEANTIME English NER scored by
 * ../shared/data/entities/score.mjs (partial overlap, the fair line for its whole-NP spans), and
 * the share of GGT quote speakers found as entity mentions. Floors sit a little under the
 * measured figures so that a regression fails CI; the floors are MEANTIME partial F1
 * 0.75 untyped / 0.65 typed and GGT speakers 0.85. factRuEval-2016 (Russian) is reported only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import type { Entity } from '../../src/types.js';
import { entitiesOf, figure, nerPrediction, runScorer, speakerCoverage } from '../../bench/eval.js';

const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const has = (path: string) => existsSync(SHARED + path);
const hash = (path: string) => createHash('sha256').update(readFileSync(SHARED + path)).digest('hex').slice(0, 16);
const jsonl = <T>(path: string): T[] => readFileSync(SHARED + path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);

/** The gold files the floors were measured on (SHA-256, first 16 hex digits). */
const DATA = {
  meantime: 'entities/meantime/meantime_en_named.jsonl',
  ggt: 'quotes/ggt_dev.jsonl',
  factru: 'entities/factrueval2016/devset.jsonl',
  seed: 'seed/000_5c56540378638953.txt',
};

const FLOORS = {
  meantimeUntyped: 0.81,
  meantimeTyped: 0.69,
  ggtSpeakers: 0.89,
};

test('seed: every expected entity with its listed mentions, canonical ids, countries and roles', (t) => {
  if (!has(DATA.seed)) return t.skip('../shared/data/seed is absent: the seed gate needs it');
  const text = readFileSync(SHARED + DATA.seed, 'utf8');
  const expected = JSON.parse(readFileSync(SHARED + 'seed/expected.json', 'utf8')) as {
    entities: { id: string; type: string; country?: string; role?: string; kind?: string; mentions: string[]; min_mentions?: number; optional?: boolean }[];
  };
  const record = analyze({ text }, { today: '2026-11-27' });
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  for (const want of expected.entities) {
    if (want.optional) continue;
    const got = byId.get(want.id) as Entity | undefined;
    assert.ok(got, `expected entity ${want.id}; got ${[...byId.keys()].join(', ')}`);
    const texts = got.mentions.map((m) => m.text);
    for (const m of want.mentions) assert.ok(texts.some((x) => x === m || x.includes(m)), `${want.id}: mention "${m}" missing from ${JSON.stringify(texts)}`);
    if (want.min_mentions) assert.ok(texts.length >= want.min_mentions, `${want.id}: ${texts.length} mentions, want ${want.min_mentions}`);
    if (want.country) assert.equal(got.country, want.country, `${want.id}: country`);
    if (want.role) assert.equal(got.role, want.role, `${want.id}: role`);
    if (want.kind) assert.equal(got.kind, want.kind, `${want.id}: kind`);
  }
});

test('MEANTIME English: partial-overlap NER F1 stays above its floors', (t) => {
  if (!has(DATA.meantime)) return t.skip('../shared/data/entities is absent: the MEANTIME gate needs it');
  const docs = jsonl<{ id: string; text: string }>(DATA.meantime);
  const out = runScorer(SHARED + 'entities/score.mjs', SHARED + DATA.meantime, docs.map((d) => nerPrediction(d.id, d.text)));
  const untyped = figure(out, 'partial untyped');
  const typed = figure(out, 'partial typed');
  t.diagnostic(`MEANTIME partial F1: untyped ${untyped.toFixed(3)}, typed ${typed.toFixed(3)}, data ${hash(DATA.meantime)}`);
  assert.equal(hash(DATA.meantime), '45f03521b462674e', 'meantime_en_named.jsonl changed: re-measure and re-pin the floors');
  assert.ok(untyped >= FLOORS.meantimeUntyped, `MEANTIME partial untyped F1 ${untyped.toFixed(3)} fell below ${FLOORS.meantimeUntyped}`);
  assert.ok(typed >= FLOORS.meantimeTyped, `MEANTIME partial typed F1 ${typed.toFixed(3)} fell below ${FLOORS.meantimeTyped}`);
});

test('GGT dev: quote speakers are found as entity mentions', (t) => {
  if (!has(DATA.ggt)) return t.skip('../shared/data/quotes is absent: the GGT speaker gate needs it');
  let found = 0;
  let total = 0;
  for (const d of jsonl<{ text: string; quotes: { speaker: { start: number; end: number } | null }[] }>(DATA.ggt)) {
    const speakers = d.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
    const [f, n] = speakerCoverage(entitiesOf(d.text), speakers);
    found += f;
    total += n;
  }
  const share = found / total;
  t.diagnostic(`GGT dev: ${found}/${total} speakers found as entity mentions (${share.toFixed(3)}), data ${hash(DATA.ggt)}`);
  assert.equal(hash(DATA.ggt), 'a361a43fa4039ecb', 'ggt_dev.jsonl changed: re-measure and re-pin the floor');
  assert.ok(share >= FLOORS.ggtSpeakers, `GGT speaker share ${share.toFixed(3)} fell below ${FLOORS.ggtSpeakers}`);
});

test('factRuEval-2016 Russian: reported, no floor', (t) => {
  if (!has(DATA.factru)) return t.skip('../shared/data/entities is absent: the factRuEval report needs it');
  const docs = jsonl<{ id: string; text: string }>(DATA.factru);
  const out = runScorer(SHARED + 'entities/score.mjs', SHARED + DATA.factru, docs.map((d) => nerPrediction(d.id, d.text, 'ru')));
  t.diagnostic(`factRuEval dev partial F1: untyped ${figure(out, 'partial untyped').toFixed(3)}, typed ${figure(out, 'partial typed').toFixed(3)}`);
});
