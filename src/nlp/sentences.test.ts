import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

function split(text: string, lang?: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }], lang).map((s) => text.slice(s.start, s.end));
}

test('should split plain English sentences', () => {
  assert.deepEqual(split('Putin wrote to Kim. Kim replied! Did he? Yes.'), ['Putin wrote to Kim.', 'Kim replied!', 'Did he?', 'Yes.']);
});

test('should not split after titles, initials, decimals or inner points', () => {
  assert.deepEqual(split('Mr. Smith met Dr. J. R. Jones at 3.5 p.m. on Correspondent.net today.'), [
    'Mr. Smith met Dr. J. R. Jones at 3.5 p.m. on Correspondent.net today.',
  ]);
  assert.deepEqual(split('Gen. Milley and Sen. Rubio spoke, e.g. about aid.'), ['Gen. Milley and Sen. Rubio spoke, e.g. about aid.']);
});

test('should split after U.S. only when a sentence opener follows', () => {
  assert.deepEqual(split('He met U.S. officials. The talks ended in the U.S. The next round is in May.'), [
    'He met U.S. officials.',
    'The talks ended in the U.S.',
    'The next round is in May.',
  ]);
});

test('should keep closing quotes with their sentence', () => {
  assert.deepEqual(split('He said: “We will win.” Then he left. “Never,” she said.'), [
    'He said: “We will win.”',
    'Then he left.',
    '“Never,” she said.',
  ]);
});

test('should not split on a stray point before a lower-case word, and join punctuation-only pieces', () => {
  assert.deepEqual(split('help strengthen security . and stability. The DPRK leader said. .'), [
    'help strengthen security . and stability.',
    'The DPRK leader said. .',
  ]);
});

test('should treat ellipses by what follows', () => {
  assert.deepEqual(split('He waited... and waited... Then it came.'), ['He waited... and waited...', 'Then it came.']);
});

test('should split Russian with initials and abbreviations', () => {
  assert.deepEqual(split('В.В. Путин написал письмо. Об этом сообщили в т.ч. СМИ КНДР. Ответ пришёл в 2022 г. Корея ждёт.', 'ru'), [
    'В.В. Путин написал письмо.',
    'Об этом сообщили в т.ч. СМИ КНДР.',
    'Ответ пришёл в 2022 г. Корея ждёт.',
  ]);
});

test('should split Ukrainian, French, Spanish and German', () => {
  assert.deepEqual(split('Путін написав листа. Кім відповів.', 'uk'), ['Путін написав листа.', 'Кім відповів.']);
  assert.deepEqual(split('M. Macron a parlé. « Nous verrons. » Puis il est parti.', 'fr'), ['M. Macron a parlé.', '« Nous verrons. »', 'Puis il est parti.']);
  assert.deepEqual(split('El Sr. García habló. ¿Quién sabe? Nadie.', 'es'), ['El Sr. García habló.', '¿Quién sabe?', 'Nadie.']);
  assert.deepEqual(split('Am 3. Oktober sprach Dr. Müller, z.B. über Geld. Danach ging er.', 'de'), [
    'Am 3. Oktober sprach Dr. Müller, z.B. über Geld.',
    'Danach ging er.',
  ]);
});

test('should never cross a block boundary and return nothing for no blocks', () => {
  const text = 'First line without point\nSecond line.';
  assert.deepEqual(
    splitSentences(text, [{ start: 0, end: 24 }, { start: 25, end: text.length }]).map((s) => text.slice(s.start, s.end)),
    ['First line without point', 'Second line.'],
  );
  assert.deepEqual(splitSentences(text, []), []);
});
