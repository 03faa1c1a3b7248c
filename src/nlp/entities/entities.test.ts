import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRecord } from '../../analyze.js';
import { splitBlocks } from '../../extract/text/paragraphs.js';
import type { Entity } from '../../types.js';
import { entityAt, findEntities } from './index.js';

function entities(text: string): Entity[] {
  return findEntities({ ...emptyRecord({ text }), lang: 'en', body: splitBlocks(text) });
}

function find(list: Entity[], id: string): Entity {
  const e = list.find((x) => x.id === id);
  assert.ok(e, `expected an entity ${id}, got ${list.map((x) => x.id).join(', ')}`);
  return e;
}

function texts(e: Entity): string[] {
  return e.mentions.map((m) => m.text);
}

test('should give a titled person a country and a CAMEO role, and link the surname', () => {
  const list = entities('Kremlin leader Vladimir Putin wrote to Kim Jong-un. Putin said ties would grow.');
  const putin = find(list, 'vladimir-putin');
  assert.equal(putin.type, 'person');
  assert.equal(putin.country, 'RUS');
  assert.equal(putin.role, 'GOV');
  assert.deepEqual(texts(putin), ['Kremlin leader Vladimir Putin', 'Putin']);
  assert.deepEqual(texts(find(list, 'RUS')), ['Kremlin']);
  assert.equal(find(list, 'kim-jong-un').type, 'person');
});

test('should link descriptions and pronouns to the right person', () => {
  const list = entities(
    'Kim Jong-un sent a letter to Putin, the Russian leader. In it, he noted the friendship. “We are united,” the DPRK leader said. North Korean leader Kim Jong-un agreed.',
  );
  const kim = find(list, 'kim-jong-un');
  assert.equal(kim.country, 'PRK');
  assert.ok(texts(kim).includes('he'), texts(kim).join('|'));
  assert.ok(texts(kim).includes('the DPRK leader'), texts(kim).join('|'));
  const rules = kim.mentions.map((m) => m.rule);
  assert.ok(rules.includes('entities/coref/pronoun-m'));
  assert.ok(rules.includes('entities/coref/nominal-role'));
});

test('should know news agencies, outlets and state media with their kinds', () => {
  const list = entities('This was reported by the Reuters news agency, citing the state media of the DPRK. The news agency noted it. KCNA said more.');
  const reuters = find(list, 'reuters');
  assert.equal(reuters.kind, 'news-agency');
  assert.deepEqual(texts(reuters), ['Reuters', 'The news agency']);
  assert.equal(find(list, 'prk-state-media').kind, 'state-media');
  assert.equal(find(list, 'kcna').country, 'PRK');
});

test('should take the kind of an unknown organisation from the noun after its name', () => {
  const list = entities('The plan was reported by the Northwire news agency on Tuesday. The news agency noted that talks went well.');
  const northwire = find(list, 'northwire');
  assert.equal(northwire.kind, 'news-agency');
  assert.deepEqual(texts(northwire), ['Northwire', 'The news agency']);
  // Negative: a company noun after a name does not make it a news agency.
  const other = entities('Shares of the Northwire company fell. The news agency noted the fall.');
  assert.notEqual(find(other, 'northwire').kind, 'news-agency');
  assert.ok(!texts(find(other, 'northwire')).includes('The news agency'));
});

test('should split a compound demonym into its countries', () => {
  const list = entities('He praised the Russian-North Korean friendship.');
  assert.deepEqual(texts(find(list, 'RUS')), ['Russian']);
  assert.deepEqual(texts(find(list, 'PRK')), ['North Korean']);
});

test('should not take the month May for a person, but should take Theresa May', () => {
  const list = entities('Theresa May met the envoy in May 2019. May said the talks went well.');
  const may = find(list, 'theresa-may');
  assert.deepEqual(texts(may).filter((t) => t !== 'the envoy'), ['Theresa May', 'May']);
  assert.ok(!list.some((e) => e.mentions.some((m) => m.text === 'May' && m.start === 'Theresa May met the envoy in '.length)));
});

test('should tell Jordan the person from Jordan the country', () => {
  const people = entities('Michael Jordan scored 40 points. Jordan said he was tired.');
  assert.deepEqual(texts(find(people, 'michael-jordan')).slice(0, 2), ['Michael Jordan', 'Jordan']);
  assert.ok(!people.some((e) => e.id === 'JOR'));
  const country = entities('Protests in Jordan grew as Jordan’s government resigned.');
  assert.equal(find(country, 'JOR').mentions.length, 2);
});

test('should tell Georgia the US state from Georgia the country', () => {
  const state = entities('Atlanta, Georgia saw record heat, the Georgia governor said. Republicans in the U.S. state disagreed.');
  assert.equal(find(state, 'georgia-us').country, 'USA');
  assert.ok(!state.some((e) => e.id === 'GEO'));
  const country = entities('Russia invaded Georgia in 2008. Tbilisi accused Moscow of aggression.');
  assert.ok(find(country, 'GEO'));
});

test('should not take turkey the bird for Turkey', () => {
  const list = entities('We ate roast turkey with the family. Turkey’s president Recep Tayyip Erdogan visited Ankara.');
  assert.deepEqual(texts(find(list, 'TUR')), ['Turkey']);
  assert.equal(find(list, 'recep-tayyip-erdogan').country, 'TUR');
});

test('should read a capital as a place after "in" and as a government before a verb', () => {
  const list = entities('Talks were held in Washington on Monday. Washington said the sanctions would stay.');
  const place = find(list, 'washington');
  assert.equal(place.type, 'location');
  assert.equal(place.country, 'USA');
  const usa = find(list, 'USA');
  assert.equal(usa.role, 'GOV');
  assert.equal(usa.mentions[0]!.rule, 'entities/metonymy/capital');
});

test('should not make entities of sentence-initial common words, weekdays or months', () => {
  const list = entities('Recall that talks began on Monday, August 15. However, nothing changed in March.');
  assert.deepEqual(list, []);
});

test('entityAt should resolve a span to the entity whose mention covers it best', () => {
  const text = 'Kremlin leader Vladimir Putin wrote a letter.';
  const record = { entities: entities(text) };
  const at = text.indexOf('Vladimir');
  assert.equal(entityAt(record, { start: at, end: at + 'Vladimir Putin'.length })?.id, 'vladimir-putin');
  assert.equal(entityAt(record, { start: 0, end: 7 })?.id, 'RUS');
  assert.equal(entityAt(record, { start: text.length - 7, end: text.length }), null);
});

test('should read Russian: declined country names, patronymics, and the same id as the English name', () => {
  const text = 'Президент России Владимир Путин провёл встречу в Москве. Путин заявил, что отношения России и Китая крепнут.';
  const list = findEntities({ ...emptyRecord({ text }), lang: 'ru', body: splitBlocks(text) });
  const putin = find(list, 'vladimir-putin');
  assert.equal(putin.type, 'person');
  assert.equal(putin.role, 'GOV');
  assert.deepEqual(texts(putin), ['Президент России Владимир Путин', 'Путин']);
  assert.deepEqual(texts(find(list, 'RUS')), ['России', 'России']);
  assert.ok(find(list, 'CHN'));
  assert.equal(find(list, 'moskva').country, 'RUS');
});
