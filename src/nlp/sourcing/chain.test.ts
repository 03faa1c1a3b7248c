import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import { findMentions } from './mentions.js';
import { creditLine } from './chain.js';

const names = (text: string) => findMentions(text, 0, text.length).map((m) => `${m.relation}:${m.name}:${m.kind}`);

test('should find reporters and the sources they cite, with kinds', () => {
  assert.deepEqual(names('This was reported by the Reuters news agency in connection with the state media of the DPRK on Monday.'), [
    'reported:Reuters:news-agency',
    'cited:state media of the DPRK:state-media',
  ]);
  assert.deepEqual(names('The Associated Press reported the deal, citing KCNA.'), ['reported:Associated Press:news-agency', 'cited:KCNA:state-media']);
  assert.deepEqual(names('Об этом сообщает Интерфакс со ссылкой на ТАСС.'), ['reported:Interfax:news-agency', 'cited:TASS:state-media']);
});

test('should not take hearers or pronouns for sources', () => {
  assert.deepEqual(names('The mayor told reporters the plan was dead.'), []);
  assert.deepEqual(names('According to him, the plan was dead.'), []);
  assert.deepEqual(names('Prices reported by shoppers rose.'), []);
});

test('should read credit lines in three languages and reject other lines', () => {
  assert.equal(creditLine('Source: korrespondent'), 'korrespondent');
  assert.equal(creditLine('Источник: УНИАН'), 'УНИАН');
  assert.equal(creditLine('Джерело: Укрінформ'), 'Укрінформ');
  assert.equal(creditLine('The source of the river is in the hills'), null);
});

test('should order the chain origin first and end with the outlet of the byline', () => {
  const text = [
    'Kim sent a letter. This was reported by Reuters, citing North Korean state media.',
    '',
    'Source: korrespondent',
    '',
    'I am David Wyatt, a professional writer and journalist for Buna Times.',
  ].join('\n');
  const chain = analyze({ text }).sources.map((s) => `${s.name}|${s.kind}|${s.relation}`);
  assert.deepEqual(chain.slice(0, 2), ['North Korean state media|state-media|cited', 'Reuters|news-agency|reported']);
});
