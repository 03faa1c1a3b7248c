import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanConcepts } from './concept-scan.js';
import { tokenize } from './tokens.js';

function scan(text: string, lang?: string): Map<string, number> {
  return scanConcepts(tokenize(text), text, lang);
}

test('should give one concept for a news word in several languages and inflections', () => {
  assert.equal(scan('The hospital admitted more patients.', 'en').get('hospital'), 1);
  assert.equal(scan('Pacjenci trafili do szpitala, a potem do innych szpitali.', 'pl').get('hospital'), 2);
  assert.equal(scan('Die Krankenhäuser sind voll.', 'de').get('hospital'), 1);
  assert.equal(scan('Больницы переполнены.', 'ru').get('hospital'), 1);
  assert.equal(scan('武汉的医院已经满了。', 'zh').get('hospital'), 1);
});

test('should read only the words of the text language when it is known', () => {
  // English and Spanish write "hospital"; German does not, so a German text that quotes the
  // English word does not get the concept from it.
  assert.equal(scan('Sie nennen es hospital.', 'de').get('hospital'), undefined);
  assert.equal(scan('Lo llevaron al hospital.', 'es').get('hospital'), 1);
});

test('should match forms of several words, word for word', () => {
  assert.equal(scan("Le porte-parole du gouvernement a parlé.", 'fr').get('spokesperson'), 1);
  assert.equal(scan("Le porte du parlement.", 'fr').get('spokesperson'), undefined);
});

test('should mark the words it matched so that they give no stem as well', () => {
  const tokens = tokenize('The hospital closed.');
  const consumed = new Uint8Array(tokens.length);
  scanConcepts(tokens, 'The hospital closed.', 'en', consumed);
  assert.equal(consumed[1], 1);
  assert.equal(consumed[0], 0);
});

test('should find nothing in a text without concept words', () => {
  assert.equal(scan('Xyzzy plugh.', 'en').size, 0);
  assert.equal(scan('', 'en').size, 0);
});
