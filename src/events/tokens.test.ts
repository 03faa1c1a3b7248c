import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokens.js';

test('should split contractions and possessives the TreeBank way', () => {
  assert.deepEqual(tokenize("Gondor's army didn't go; it won't.").map((t) => t.norm), ['gondor', "'s", 'army', 'did', "n't", 'go', ';', 'it', 'wo', "n't", '.']);
});

test('should keep abbreviations with dots and offsets into the text', () => {
  const tokens = tokenize('The U.S. met', 10);
  assert.deepEqual(tokens.map((t) => t.norm), ['the', 'u.s.', 'met']);
  assert.deepEqual([tokens[1]!.start, tokens[1]!.end], [14, 18]);
});

test('should return no token for blank text', () => {
  assert.deepEqual(tokenize('   '), []);
});
