import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanAnchors } from './anchor-scan.js';
import { tokenize } from './tokens.js';

const ids = (text: string) => [...scanAnchors(tokenize(text), text).keys()].sort();

test('should give one id for a name in any script', () => {
  assert.deepEqual(ids('Putin met Tedros of the WHO in Geneva'), ['org:who', 'person:putin', 'person:tedros', 'place:geneva']);
  assert.deepEqual(ids('Путин встретился с Тедросом в Женеве'), ['person:putin', 'person:tedros', 'place:geneva']);
  assert.deepEqual(ids('普京在日内瓦会见了谭德塞'), ['person:putin', 'person:tedros', 'place:geneva']);
});

test('should match inflected forms of one-word names', () => {
  assert.deepEqual(ids('Wizyta Trumpa w Warszawie'), ['person:trump', 'place:warsaw']);
  assert.deepEqual(ids('Из Москвы в Пекин'), ['place:beijing', 'place:moscow']);
});

test('should count each character of an unspaced script once', () => {
  const text = '伊丽莎白二世';
  assert.deepEqual([...scanAnchors(tokenize(text), text)], [['person:queen-elizabeth', 1]]);
});

test('should mark the tokens of places and organisations as consumed, not those of people', () => {
  const text = 'Andrzej Duda w NATO i w Warszawie';
  const tokens = tokenize(text);
  const consumed = new Uint8Array(tokens.length);
  assert.deepEqual([...scanAnchors(tokens, text, consumed).keys()], ['person:andrzej-duda', 'org:nato', 'place:warsaw']);
  assert.deepEqual([...consumed], [0, 0, 0, 1, 0, 0, 1]);
});

test('should not take common words, lower-case words or sentence words for names', () => {
  assert.deepEqual(ids('Who said it? Installation of the green internet, an apple and a modest conte.'), []);
  assert.deepEqual(ids('the who, the kremlin and paris in lower case'), []);
  assert.deepEqual(ids(''), []);
});
