import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSentence } from './coder.js';
import { defaultLexicon } from './default-lexicon.js';

const { lexicon, grammar } = defaultLexicon();
const code = (text: string, date = '2015-06-09') =>
  codeSentence(text, lexicon, grammar, { date }).events.map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.code}`);

test('should code a plain actor → verb → target sentence', () => {
  assert.deepEqual(code('The United States will supply arms to Israel'), ['USA>ISR:072']);
});

test('should code a country plus role from a demonym and a role noun', () => {
  assert.deepEqual(code('Georgian demonstrators launched missiles at the Georgian government.'), ['GEOOPP>GEOGOV:194']);
});

test('should read the passive voice: the "by" agent is the source', () => {
  assert.deepEqual(code('Evidence against Russia was presented by the US.'), ['USA>RUS:1124']);
});

test('should turn "wants to attack" into a threat of force', () => {
  assert.deepEqual(code('Obama wants to attack Switzerland.'), ['USAGOV>CHE:138']);
});

test('should pair every member of a compound subject with a reciprocal verb', () => {
  assert.deepEqual(code('The US, Russia, and Switzerland met yesterday').sort(), ['CHE>RUS:040', 'CHE>USA:040', 'RUS>CHE:040', 'RUS>USA:040', 'USA>CHE:040', 'USA>RUS:040']);
});

test('should code a negated cooperation as a rejection', () => {
  assert.deepEqual(code('Iran did not agree to meet Germany.'), ['IRN>DEU:125']);
});

test('should not code a negated attack', () => {
  assert.deepEqual(code('Russia did not attack Ukraine.'), []);
});

test('should code "offered to send aid" as an intent, not as aid', () => {
  assert.deepEqual(code('Japan offered to send food aid to Haiti.'), ['JPN>HTI:0333']);
});

test('should pick the role a person held on the story date', () => {
  assert.deepEqual(code('Putin criticized Ukraine.', '2022-08-15'), ['RUSGOV>UKR:111']);
  assert.deepEqual(code('Putin criticized Ukraine.', '1995-01-01'), []);
});

test('should code "X\'s attack on Y" as an event noun', () => {
  assert.deepEqual(code("Prices rose after Russia's attack on Ukraine."), ['RUS>UKR:190']);
});

test('should not read a noun after a determiner as a verb', () => {
  assert.deepEqual(code('The attack on the convoy was condemned.'), []);
});

test('should not read the pronoun "us" as the United States', () => {
  assert.deepEqual(code('They told us that France will meet Spain.').length, 1);
  assert.deepEqual(code('Russia attacked us.'), []);
});

test('should code nothing in a sentence without actors', () => {
  assert.deepEqual(code('The weather was fine and the markets rose.'), []);
});
