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
import { codeRecord } from '../../src/events/stage.js';
import { emptyRecord } from '../../src/analyze.js';
import { readPetrarchDictionaries } from '../../src/events/petrarch.js';
import { loadIrregular } from '../../src/events/default-lexicon.js';
import type { EventsOptions } from '../../src/events/stage.js';

const EVENTS = fileURLToPath(new URL('../../../shared/data/events/', import.meta.url));

/** Floors: the measured figure minus a small margin (the targets: 0.50 / 0.60 / 0.60 / 0.50). */
const FLOORS = {
  petr2: { exact: 0.5, dyadCountry: 0.52 },
  plover: { codeOnly: 0.53 },
  unittest: { exact: 0.49 },
};

interface GoldRecord {
  id: string;
  text: string;
  date?: string;
}

function score(goldPath: string, options: EventsOptions): Record<string, number> {
  const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldRecord);
  const lines = gold.map((g) => {
    const record = emptyRecord({ id: g.id, text: g.text, ...(g.date ? { date: g.date } : {}) });
    const { events, discard } = codeRecord({ ...record, body: [{ start: 0, end: g.text.length }] }, options);
    return JSON.stringify({ id: g.id, events, ...(discard !== null && events.length === 0 ? { rejected: true } : {}) });
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
