import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareEvidence, evidenceProfile, evidenceVector } from './crosslingual.js';
import { TermStats } from './vectors.js';

const en = 'Putin writes to Kim Jong Un\nRussian President Vladimir Putin wrote to North Korea on Monday, promising to expand relations, Reuters reported. The letter marked 77 years since 1945.';
const ru = 'Путин написал Ким Чен Ыну\nПрезидент России Владимир Путин в понедельник написал КНДР и пообещал расширять отношения, сообщает Reuters. Письмо приурочено к 77-летию событий 1945 года.';
const other = 'Floods in Brazil\nHeavy rain flooded Porto Alegre, where the Guaiba river reached a record of 5.3 metres in 2024.';

test('an article and its Russian retelling should match without translation', () => {
  const stats = new TermStats(300);
  const ps = [en, ru, other].map((t) => evidenceProfile('', t));
  for (const p of ps) stats.observe(p.bag.keys());
  const [a, b, c] = ps.map((p) => evidenceVector(p, stats));
  const same = compareEvidence(a!, b!);
  assert.ok(same.same, `score ${same.score}`);
  assert.ok(same.shared.some((s) => s.feature === 'country:PRK'));
  assert.ok(same.shared.some((s) => s.feature.startsWith('name:putin')));
  assert.equal(compareEvidence(a!, c!).same, false);
});
