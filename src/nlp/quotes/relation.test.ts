import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSegments } from './marks.js';
import { relationContent } from './relation.js';

/** The relation content of the first quotation of `text`, cue given by its words: `kind|content`. */
function content(text: string, cueWords: string | null, embedded = false): string {
  const segment = findQuotedSegments(text, 0, text.length)[0]!;
  const at = cueWords === null ? -1 : text.indexOf(cueWords);
  const cue = at === -1 ? null : { start: at, end: at + cueWords!.length };
  const r = relationContent(text, segment, { cue, unit: { start: 0, end: text.length }, limit: Infinity, embedded });
  return `${r.kind}|${text.slice(r.quote.start, r.quote.end)}`;
}

test('should make the complementiser and a clause before the quotation content, mixed', () => {
  assert.equal(content('Putin said that “closer ties are in our interest.”', 'said'), 'mixed|that “closer ties are in our interest.”');
  assert.equal(content('He said it’s unrealistic to think, “our oceans are going to save us.”', 'said'), 'mixed|it’s unrealistic to think, “our oceans are going to save us.”');
  assert.equal(content('Skelly called Braynard “a real smart guy.”', 'called', true), 'mixed|Braynard “a real smart guy.”');
});

test('should take the rest of a sentence the quotation does not end', () => {
  assert.equal(content('He declared “a total disaster” for his party.', 'declared'), 'mixed|“a total disaster” for his party');
});

test('should keep the quotation alone, direct, when nothing of the reporter’s own belongs to it', () => {
  assert.equal(content('She said, “We are ready.”', 'said'), 'direct|“We are ready.”');
  assert.equal(content('He told the crowd, “I am proud of you.”', 'told'), 'direct|“I am proud of you.”');
  assert.equal(content('Singh explained it this way: “It’s like a buffet.”', 'explained'), 'direct|“It’s like a buffet.”');
  assert.equal(content('Kasich called for “boots on the ground.”', 'called', true), 'direct|“boots on the ground.”');
  assert.equal(content('He joked, “You are being ridiculous,” drawing jeers.', 'joked'), 'direct|“You are being ridiculous,”');
  assert.equal(content('“We are ready,” she said.', 'said'), 'direct|“We are ready,”');
  assert.equal(content('Trump went further: “It’s the end of his career.”', null), 'direct|“It’s the end of his career.”');
});
