/**
 * The motivating article's quotes and sourcing chain against ../shared/data/seed/expected.json:
 * five quotes with the right speakers, “scenario” not a quote, and the chain
 * North Korean state media → Reuters → Korrespondent.net → Buna Times (skipped when ../shared is absent).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, sharedDir, SHARED_ABSENT } from './helpers.js';
import type { Analysis } from '../src/types.js';

interface SeedGold {
  file: string;
  quotes: Array<{ quote: string; speaker: string }>;
  not_quotes: Array<{ text: string }>;
  provenance: { chain: Array<{ who: string; kind: string; accept_names?: string[]; author?: string }> };
}

/** The words by which the text names each gold speaker id (the mentions of expected.json). */
const SPEAKER_WORDS: Record<string, RegExp> = {
  'vladimir-putin': /putin/i,
  'kim-jong-un': /kim jong-un|dprk leader|\bhe\b/i,
  reuters: /reuters|news agency/i,
};

const shared = sharedDir();

test('seed: five quotes with their speakers, and no scare quote', { skip: shared ? false : SHARED_ABSENT }, async () => {
  const seedDir = join(shared!, 'data/seed');
  const gold = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as SeedGold;
  const result = await runCli(['analyze', join(seedDir, gold.file), '--json']);
  assert.equal(result.code, 0, result.stderr);
  const record = JSON.parse(result.stdout) as Analysis;
  const at = (s: { start: number; end: number } | null) => (s === null ? '' : record.text.slice(s.start, s.end));
  assert.equal(record.quotes.length, gold.quotes.length, record.quotes.map((q) => at(q.quote)).join('\n'));
  for (const g of gold.quotes) {
    const q = record.quotes.find((x) => at(x.quote).includes(g.quote.slice(0, 40)));
    assert.ok(q, `missing quote: ${g.quote}`);
    assert.match(at(q.speaker), SPEAKER_WORDS[g.speaker]!, `speaker of “${g.quote.slice(0, 40)}…”`);
    assert.equal(q.speakerId, g.speaker, `speaker id of “${g.quote.slice(0, 40)}…”`);
  }
  for (const n of gold.not_quotes) assert.ok(!record.quotes.some((q) => at(q.quote).replace(/[“”"]/g, '') === n.text), `${n.text} is not a quote`);
});

test('seed: the sourcing chain, origin first, ends with the republisher and its author', { skip: shared ? false : SHARED_ABSENT }, async () => {
  const seedDir = join(shared!, 'data/seed');
  const gold = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as SeedGold;
  const result = await runCli(['analyze', join(seedDir, gold.file), '--json']);
  const record = JSON.parse(result.stdout) as Analysis;
  const chain = gold.provenance.chain;
  assert.equal(record.sources.length, chain.length, JSON.stringify(record.sources));
  chain.forEach((hop, i) => {
    const link = record.sources[i]!;
    const names = [hop.who, ...(hop.accept_names ?? [])].map((n) => n.toLowerCase());
    assert.ok(names.includes(link.name.toLowerCase()), `hop ${i}: ${link.name} is not ${hop.who}`);
    assert.equal(link.kind, hop.kind, `hop ${i}: kind`);
    if (hop.author) assert.equal(link.author, hop.author);
  });
});
