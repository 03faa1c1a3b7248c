import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareEvidence, evidenceProfile, evidenceVector } from './crosslingual.js';
import { TermStats } from './vectors.js';
import { cognateKey } from './evidence.js';

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

const stories = {
  enQuake: 'Earthquake kills 1,200 in eastern Turkey\nA magnitude 6.8 earthquake struck Elazig province in Turkey on 24 January, killing 1,200 people and injuring 3.5 million, officials in Ankara said. Aid arrived from Syria and Greece.',
  zhQuake: '土耳其东部地震造成1200人死亡\n1月24日，土耳其埃拉泽省发生6.8级地震，造成1200人死亡，350万人受影响，安卡拉官员表示。叙利亚和希腊提供了援助。',
  deTalks: 'Erdogan trifft Putin in Moskau\nDer türkische Präsident Erdogan hat am 5. März in Moskau mit Putin über Syrien gesprochen. Die Türkei und Russland vereinbarten eine Waffenruhe in Idlib.',
  enTalks: 'Erdogan and Putin agree Idlib ceasefire in Moscow\nTurkish President Erdogan met Putin in Moscow on March 5 to discuss Syria. Turkey and Russia agreed a ceasefire in Idlib province.',
  enFloods: 'Floods in Brazil\nHeavy rain flooded Porto Alegre, where the Guaiba river reached a record of 5.3 metres in 2024.',
};

function vectors(texts: string[]) {
  const stats = new TermStats(300);
  const ps = texts.map((t) => evidenceProfile('', t));
  for (const p of ps) stats.observe(p.bag.keys());
  return ps.map((p) => evidenceVector(p, stats));
}

test('a Chinese and an English report of one event should match on numbers, dates and places', () => {
  const [en, zh] = vectors([stories.enQuake, stories.zhQuake, stories.deTalks, stories.enTalks, stories.enFloods]);
  const m = compareEvidence(en!, zh!);
  assert.ok(m.same, `score ${m.score}`);
  const shared = m.shared.map((s) => s.feature);
  for (const f of ['num:1200', 'num:3500000', 'num:6.8', 'date:01-24', 'country:TUR', 'entity:place:ankara']) assert.ok(shared.includes(f), `${f} in ${shared.join(', ')}`);
});

test('different stories about the same countries should not pair', () => {
  const [enQuake, zhQuake, deTalks, enTalks] = vectors([stories.enQuake, stories.zhQuake, stories.deTalks, stories.enTalks, stories.enFloods]);
  assert.ok(compareEvidence(deTalks!, enTalks!).same, 'the German and English talks reports are one story');
  for (const [a, b] of [[enQuake, enTalks], [zhQuake, deTalks], [enQuake, deTalks], [zhQuake, enTalks]] as const) {
    const m = compareEvidence(a!, b!);
    assert.equal(m.same, false, `score ${m.score}: ${m.shared.map((s) => s.feature).join(', ')}`);
  }
});

test('cognate keys should meet across orthographies and keep unrelated words apart', () => {
  assert.equal(cognateKey('koronawirus'), cognateKey('coronavirus'));
  assert.equal(cognateKey('prezydent'), cognateKey('president'));
  assert.equal(cognateKey('telewizja').slice(0, 5), cognateKey('television').slice(0, 5));
  assert.notEqual(cognateKey('kurs').slice(0, 4), cognateKey('course').slice(0, 4));
  assert.notEqual(cognateKey('minister'), cognateKey('monster'));
});
