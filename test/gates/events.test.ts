/**
 * Quality gate for the events stage: codes the ../shared CAMEO/PLOVER dev sets and fails when a
 * figure drops below its pinned floor. Scores with the shared scorer itself
 * (`../shared/data/events/score.mjs`), so the figures are the ones the README reports.
 *
 * Reproduce by hand:
 *   wiretrace events --jsonl ../shared/data/events/gold/petr2_gsr.dev.jsonl > p.jsonl
 *   node ../shared/data/events/score.mjs p.jsonl --gold ../shared/data/events/gold/petr2_gsr.dev.jsonl
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { eventStages } from '../../src/events/pipeline.js';
import { analyze } from '../../src/analyze.js';
import { readPetrarchDictionaries } from '../../src/events/petrarch.js';
import { loadIrregular } from '../../src/events/default-lexicon.js';
import type { EventsOptions } from '../../src/events/stage.js';

const EVENTS = fileURLToPath(new URL('../../../shared/data/events/', import.meta.url));

/**
 * Floors, pinned a little under the measured dev figures (0.606 / 0.626 / 0.721 / 0.752 on
 * 2026-11-27); the issue's own floors are 0.50 / 0.60 / 0.60 / 0.50.
 */
const FLOORS = {
  petr2: { exact: 0.58, dyadCountry: 0.6 },
  plover: { codeOnly: 0.69 },
  unittest: { exact: 0.73 },
  /** The same, reading the whole dictionaries folder (Phoenix + CAMEO 2.0 + validation): 0.594. */
  unittestFolder: { exact: 0.56 },
};

interface GoldRecord {
  id: string;
  text: string;
  date?: string;
}

function score(goldPath: string, options: EventsOptions): Record<string, number> {
  const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldRecord);
  // The same stages as `wiretrace events --jsonl`, so the gate measures what users run.
  const stages = eventStages(options);
  const lines = gold.map((g) => {
    const record = analyze({ id: g.id, text: g.text, ...(g.date ? { date: g.date } : {}) }, { stages, today: '2026-01-01' });
    const rejected = record.diagnostics.some((d) => d.rule === 'events/discard/story' || (d.rule === 'events/discard/sentence' && record.events.length === 0));
    return JSON.stringify({ id: g.id, events: record.events, ...(rejected ? { rejected: true } : {}) });
  });
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-events-'));
  const preds = join(dir, 'preds.jsonl');
  writeFileSync(preds, lines.join('\n') + '\n');
  const run = spawnSync(process.execPath, [join(EVENTS, 'score.mjs'), preds, '--gold', goldPath], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const figures: Record<string, number> = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^(exact|code\+dyad-country|code-only|root-code)\s.*F1 ([\d.]+)/.exec(line);
    if (m) figures[m[1]!] = Number(m[2]);
  }
  const hash = createHash('sha256').update(readFileSync(goldPath)).digest('hex').slice(0, 12);
  process.stdout.write(`# ${goldPath.split('/').slice(-2).join('/')} (sha256 ${hash}): ${JSON.stringify(figures)}\n`);
  return figures;
}

test('events gate: petr2_gsr dev (our lexicon)', (t) => {
  if (!existsSync(EVENTS)) return t.skip('../shared/data/events is absent; skipping the events gate');
  const f = score(join(EVENTS, 'gold/petr2_gsr.dev.jsonl'), {});
  assert.ok(f.exact! >= FLOORS.petr2.exact, `exact F1 ${f.exact} < ${FLOORS.petr2.exact}`);
  assert.ok(f['code+dyad-country']! >= FLOORS.petr2.dyadCountry, `code+dyad-country F1 ${f['code+dyad-country']} < ${FLOORS.petr2.dyadCountry}`);
});

test('events gate: plover_gsr dev (PLOVER types)', (t) => {
  if (!existsSync(EVENTS)) return t.skip('../shared/data/events is absent; skipping the events gate');
  const f = score(join(EVENTS, 'plover/plover_gsr.dev.jsonl'), { ontology: 'plover' });
  assert.ok(f['code-only']! >= FLOORS.plover.codeOnly, `code-only F1 ${f['code-only']} < ${FLOORS.plover.codeOnly}`);
});

test('events gate: petr_unittest dev with the PETRARCH validation dictionaries', (t) => {
  if (!existsSync(EVENTS)) return t.skip('../shared/data/events is absent; skipping the events gate');
  const lexicon = readPetrarchDictionaries(join(EVENTS, 'dictionaries/PETR.Validate'), loadIrregular());
  const f = score(join(EVENTS, 'gold/petr_unittest.dev.jsonl'), { lexicon });
  assert.ok(f.exact! >= FLOORS.unittest.exact, `exact F1 ${f.exact} < ${FLOORS.unittest.exact}`);
});

test('events gate: petr_unittest dev with the whole dictionaries folder (later files override earlier)', (t) => {
  if (!existsSync(EVENTS)) return t.skip('../shared/data/events is absent; skipping the events gate');
  const lexicon = readPetrarchDictionaries(join(EVENTS, 'dictionaries'), loadIrregular());
  const f = score(join(EVENTS, 'gold/petr_unittest.dev.jsonl'), { lexicon });
  assert.ok(f.exact! >= FLOORS.unittestFolder.exact, `exact F1 ${f.exact} < ${FLOORS.unittestFolder.exact}`);
});

const SEED = fileURLToPath(new URL('../../../shared/data/seed/', import.meta.url));

test('events gate: the seed article gives its four events with their dates, none from the bio or the promo', (t) => {
  if (!existsSync(SEED)) return t.skip('../shared/data/seed is absent; skipping the seed check');
  const expected = JSON.parse(readFileSync(join(SEED, 'expected.json'), 'utf8')) as {
    file: string;
    events: { expected: { source: string; target: string; root: string; accept_roots?: string[]; accept_sources?: string[]; date?: string; optional_date?: boolean }[] };
  };
  const text = readFileSync(join(SEED, expected.file), 'utf8');
  const record = analyze({ id: 'seed', text });
  const left = [...record.events];
  for (const want of expected.events.expected) {
    const roots = want.accept_roots ?? [want.root];
    const sources = want.accept_sources ?? [want.source];
    const i = left.findIndex((e) => sources.includes(e.source) && e.target === want.target && roots.includes(e.code.slice(0, 2)));
    assert.ok(i >= 0, `missing ${want.source}→${want.target} root ${roots.join('/')}; got ${JSON.stringify(record.events.map((e) => [e.source, e.target, e.code]))}`);
    if (want.date && !want.optional_date) assert.equal(left[i]!.date, want.date, `date of ${want.source}→${want.target}`);
    left.splice(i, 1);
  }
  // Every event comes from a body sentence: none from the author bio or the Telegram promo.
  for (const e of record.events) assert.ok(record.body.some((b) => e.start >= b.start && e.end <= b.end), `event outside the body: ${text.slice(e.start, e.end)}`);
  assert.equal(left.length, 0, `unexpected events: ${JSON.stringify(left.map((e) => [e.source, e.target, e.code, text.slice(e.start, e.end)]))}`);
});
