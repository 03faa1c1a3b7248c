import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthor } from './clean.js';

test('cleanAuthor cuts dates, weekdays, relative times and furniture after the name', () => {
  assert.equal(cleanAuthor('von Redaktion, 24. Januar 2022'), 'Redaktion');
  assert.equal(cleanAuthor('By Jane Doe 8 January 2020, 3:51 pm 11 Edit'), 'Jane Doe');
  assert.equal(cleanAuthor('Von Jane.Doe am Samstag, 19. Oktober 2019 um 11:14 Uhr'), 'Jane.Doe');
  assert.equal(cleanAuthor('Jane Doe Sa 13 Jul 2019'), 'Jane Doe');
  assert.equal(cleanAuthor('Acme Deutschlandvor 5 Stunden Mehr'), 'Acme Deutschland');
  assert.equal(cleanAuthor('janedoe More Posts'), 'janedoe');
  assert.equal(cleanAuthor('Jean Dupont, 21 juin'), 'Jean Dupont');
  assert.equal(cleanAuthor('Jane Doe (Pressesprecherin des Vereins)'), 'Jane Doe');
});

test('cleanAuthor strips labels, including ones glued to the name', () => {
  assert.equal(cleanAuthor('Veröffentlicht vonJane Doe'), 'Jane Doe');
  assert.equal(cleanAuthor('Author Jane Doe'), 'Jane Doe');
  assert.equal(cleanAuthor('Interview: Jane Doe'), 'Jane Doe');
  assert.equal(cleanAuthor('Jane Doe, Experte für Windows, Software & Sicherheit.'), 'Jane Doe');
  assert.equal(cleanAuthor('Published by Jane Doe A computer science professor at the University.'), 'Jane Doe');
});

test('cleanAuthor keeps names that only look like the furniture it removes', () => {
  assert.equal(cleanAuthor('Glen Owen And Brendan Carlin For The Mail On Sunday'), 'Glen Owen And Brendan Carlin For The Mail On Sunday');
  assert.equal(cleanAuthor('Jane Doe, John Roe and Max Moe'), 'Jane Doe, John Roe and Max Moe');
  assert.notEqual(cleanAuthor('Author of the month'), 'of the month');
  assert.equal(cleanAuthor('Publiziert'), null);
});
