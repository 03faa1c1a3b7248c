import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorRejection, cleanAuthor, cleanStructuredTitle } from './clean.js';

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

test('authorRejection refuses CMS accounts and labels, whatever the source', () => {
  for (const v of ['admin', 'Super User', 'default', 'Unknown', 'S.', 'zvg', 'Text vorlesen']) {
    assert.equal(authorRejection(v, 'json-ld', null, null), 'placeholder', v);
  }
});

test('authorRejection refuses a <meta> author that names the site, and only a <meta> one', () => {
  assert.equal(authorRejection('FIFPlay', 'meta:author', 'FIFPlay', 'www.fifplay.com'), 'site name');
  assert.equal(authorRejection('kath.net', 'meta:author', null, 'kath.net'), 'site name');
  assert.equal(authorRejection('proPellets Austria', 'meta:dc.creator', 'proPellets Austria', 'www.propellets.at'), 'site name');
  // A blog's JSON-LD author often is the blogger whose name is the blog's name: kept.
  assert.equal(authorRejection('telebasel', 'json-ld', 'Telebasel', 'telebasel.ch'), null);
  assert.equal(authorRejection('Jane Doe', 'meta:author', 'Harbour News', 'harbour.example'), null);
});

test('authorRejection refuses visible "bylines" that are pieces of sentences', () => {
  assert.equal(authorRejection('parte de la defensa de', 'byline-text', null, null), 'prose');
  assert.equal(authorRejection('Maggie Stiefvater besitzen ebenfalls ein paar dieser Eigenschaften.', 'byline-text', null, null), 'prose');
  assert.equal(authorRejection('3 de Mayo de', 'byline-element', null, null), 'prose');
});

test('authorRejection keeps names with particles, co-authors and lower-case usernames', () => {
  for (const v of ['Walter von Aachen', 'Jane Doe und John Roe', 'Ludwig van der Rohe', 'giampiero maggio', 'happyface313', 'Clara Löw, Siddharth Prakash & Klaus Jacob']) {
    assert.equal(authorRejection(v, 'byline-element', null, null), null, v);
  }
});

test('cleanStructuredTitle keeps a headline whose parts name no site', () => {
  assert.equal(cleanStructuredTitle('No Peace for Our Time – Pence, Syrien und die Türkei', 'Achse des Guten', 'www.achgut.com'), 'No Peace for Our Time – Pence, Syrien und die Türkei');
  assert.equal(cleanStructuredTitle('How to Grow a Lemon Tree from Seed | Step-by-Step Guide', null, 'example.com'), 'How to Grow a Lemon Tree from Seed | Step-by-Step Guide');
});

test('cleanStructuredTitle cuts the site name and what follows it', () => {
  assert.equal(cleanStructuredTitle('Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin', null, 'www.petri-heil.ch'), 'Bielersee-Winterhechte');
  assert.equal(cleanStructuredTitle('Harbour News - Port strike halts loading', 'Harbour News', null), 'Port strike halts loading');
  assert.equal(cleanStructuredTitle('Harbour News', 'Harbour News', null), 'Harbour News');
});
