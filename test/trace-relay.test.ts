/**
 * The seed's relay, end to end: the four relay fixtures are ingested into a fresh archive and
 * `wiretrace trace` on the aggregator's copy must show state media → wire → outlet → aggregator,
 * with evidence at each hop.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/relay/relay.jsonl');
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

interface Hop {
  id: string;
  outlet: string | null;
  external?: boolean;
  edge?: { relation: string; confidence: number; evidence: { kind: string; detail: string }[] };
}

test('wiretrace trace should show state media → wire → outlet → aggregator for the ingested relay', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'wiretrace-relay-')), 'archive.db');
  const ingest = cli(['ingest', FIXTURES, '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const search = cli(['show', 'https://bunatimes.com/world/heads-of-ruling-regimes-exchanged-messages', '--db', db, '--json']);
  assert.equal(search.status, 0, search.stderr);
  const id = String((JSON.parse(search.stdout) as { id: number }).id);

  const run = cli(['trace', id, '--db', db, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const { chain, signals } = JSON.parse(run.stdout) as { chain: Hop[]; signals: { signal: string }[] };
  assert.deepEqual(chain.map((h) => h.outlet), ['kcna', 'reuters', 'korrespondent-net', 'buna-times']);
  assert.ok(chain.every((h) => !h.external), 'every hop is an ingested article');
  assert.equal(chain[0]!.edge, undefined, 'the origin has no incoming hop');
  for (const hop of chain.slice(1)) {
    assert.ok(hop.edge, `hop ${hop.outlet} has an edge`);
    assert.ok(hop.edge.evidence.some((e) => e.kind === 'citation' || e.kind === 'credit' || e.kind === 'promo'), `hop ${hop.outlet} names its source`);
    assert.ok(hop.edge.evidence.some((e) => e.kind === 'cross-lingual' || e.kind === 'text-reuse'), `hop ${hop.outlet} shares the story's content`);
  }
  assert.equal(chain[3]!.edge!.relation, 'translated');
  assert.ok(chain[3]!.edge!.evidence.some((e) => e.kind === 'promo'), 'the aggregator carries the outlet promo');
  assert.ok(chain[3]!.edge!.evidence.some((e) => e.kind === 'credit'), 'the aggregator credits the outlet');
  const kinds = new Set(signals.map((s) => s.signal));
  for (const s of ['credits-another-outlet', 'carries-foreign-promo', 'generic-author-bio', 'machine-translation-artefacts']) assert.ok(kinds.has(s), `signal ${s}`);

  const text = cli(['trace', id, '--db', db]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /origin kcna\.kp/);
  assert.match(text.stdout, /↓ translated/);
});

test('wiretrace trace should report an unknown article as not-found', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'wiretrace-relay-')), 'archive.db');
  assert.equal(cli(['ingest', FIXTURES, '--db', db]).status, 0);
  const run = cli(['trace', 'no-such-article', '--db', db]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /not-found/);
});

test('wiretrace trace --corpus should trace without a store', () => {
  const run = cli(['trace', 'bunatimes-putin-kim', '--corpus', FIXTURES, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const { chain } = JSON.parse(run.stdout) as { chain: Hop[] };
  assert.deepEqual(chain.map((h) => h.outlet), ['kcna', 'reuters', 'korrespondent-net', 'buna-times']);
});
