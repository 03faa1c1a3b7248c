import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, transliterate } from './transliterate.js';

test('should transliterate Russian, Ukrainian and Greek names into Latin', () => {
  assert.equal(transliterate('Путин'), 'Putin');
  assert.equal(transliterate('Путін'), 'Putin');
  assert.equal(transliterate('Щербаков'), 'Shcherbakov');
  assert.equal(transliterate('Їжакевич'), 'Yizhakevich');
  assert.equal(transliterate('Μητσοτάκης'), 'Mitsotakis');
  assert.equal(transliterate('КНДР'), 'KNDR');
});

test('should give the same key to one name in several scripts and romanisations', () => {
  assert.equal(nameKey('Путин'), nameKey('Putin'));
  assert.equal(nameKey('Путін'), nameKey('Putin'));
  assert.equal(nameKey('Зеленский'), nameKey('Zelensky'));
  assert.equal(nameKey('Зеленський'), nameKey('Zelenskyy'));
  assert.equal(nameKey('Зеленский'), nameKey('Zelenskiy'));
  assert.equal(nameKey('Владимир Путин'), nameKey('Vladimir Putin'));
  assert.equal(nameKey('Кім Чен Ин'), nameKey('Kim Chen In'));
});

test('should keep different names apart and return an empty key for no letters', () => {
  assert.notEqual(nameKey('Putin'), nameKey('Pushkin'));
  assert.notEqual(nameKey('Медведев'), nameKey('Medvedchuk'));
  assert.equal(nameKey('…'), '');
});
