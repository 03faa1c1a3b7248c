import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseSubject } from './subject.js';
import { tokenize } from './tokens.js';

/** The subject of the clause `text` (all of it), as text, or null. */
function subject(text: string): string | null {
  const tokens = tokenize(text, 0, text.length);
  const span = clauseSubject(tokens, tokens.length);
  return span === null ? null : text.slice(span.start, span.end);
}

test('should find the subject after opening adverbials', () => {
  assert.equal(subject('Hours later, Trump returned the compliment to Adelson'), 'Trump');
  assert.equal(subject('On Friday, a Superior Court of Ontario judge chastised the station'), 'a Superior Court of Ontario judge');
  assert.equal(subject('Asked about the deal, the company declined to comment'), 'the company');
  assert.equal(subject('But he shook his head'), 'he');
});

test('should keep a title and a name together and leave a verb or an adverb out', () => {
  assert.equal(subject('Chinese foreign ministry spokeswoman Hua Chunying shot back on Tuesday'), 'Chinese foreign ministry spokeswoman Hua Chunying');
  assert.equal(subject('Vermont Sen. Bernie Sanders also sent out a fundraising call'), 'Vermont Sen. Bernie Sanders');
  assert.equal(subject('Hillary Clinton immediately posted a comment'), 'Hillary Clinton');
  assert.equal(subject('Police say the road was closed'), 'Police');
});

test('should find no subject in a clause that hides it', () => {
  assert.equal(subject('There was a long silence'), null);
  assert.equal(subject('When he returned he began'), null);
  assert.equal(subject(', and then'), null);
});
