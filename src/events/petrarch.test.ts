import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseActorCode, readPetrarchDictionaries } from './petrarch.js';
import { loadIrregular, defaultLexicon } from './default-lexicon.js';
import { codeSentence } from './coder.js';
import { isWiretraceError } from '../errors.js';

test('should read dated actor codes in the PETRARCH forms', () => {
  assert.deepEqual(parseActorCode('HOBGOV 19950601 - 19990815'), { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' });
  assert.deepEqual(parseActorCode('RHO <790606'), { code: 'RHO', to: '1979-06-06' });
  assert.deepEqual(parseActorCode('HOBREB > 990816'), { code: 'HOBREB', from: '1999-08-16' });
  assert.deepEqual(parseActorCode('usa'), { code: 'USA' });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-petr-'));
  writeFileSync(join(dir, 'Test.actors.txt'), [
    '<!-- a comment -->',
    'GONDOR [GON]',
    '+MINAS_TIRITH',
    'MORDOR_ [MOR] # comment',
    'GOLLUM',
    '\t[HOB <950601]',
    '\t[HOBREB >950602]',
    'THE_SHIRE [FRO/BIL]',
  ].join('\n'));
  writeFileSync(join(dir, 'Test.agents.txt'), ['!PERSON! = MAN, MEN', 'GOVERNMENT [~GOV]', 'POLICE {} [~COP]', 'SECURITY!PERSON! [~MIL]'].join('\n'));
  writeFileSync(join(dir, 'Test.verbs.txt'), [
    '&TIETYPES',
    '+MILITARY',
    '+ECONOMIC',
    '',
    '--- ABANDON [345] ---',
    'ABANDON',
    '- * &TIETYPES TIES [902]',
    '- * DIPLOMATIC_TIES [901]',
    '',
    '--- ARRIVE [032:033] ---',
    'ARRIVE',
  ].join('\n'));
  writeFileSync(join(dir, 'Test.discards.txt'), ['BASEBALL', '+TYPHOON'].join('\n'));
  return dir;
}

const { grammar } = defaultLexicon();
const code = (lexicon: ReturnType<typeof readPetrarchDictionaries>, text: string, date = '1995-01-01') =>
  codeSentence(text, lexicon, grammar, { date }).events.map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.code}`);

test('should code with actors, agents, synset patterns and paired codes read from a folder', () => {
  const lexicon = readPetrarchDictionaries(folder(), loadIrregular());
  assert.deepEqual(code(lexicon, 'Mordor will abandon economic ties with Gondor.'), ['MOR>GON:902']);
  assert.deepEqual(code(lexicon, "Mordor will abandon diplomatic ties with Minas Tirith."), ['MOR>GON:901']);
  assert.deepEqual(code(lexicon, "The Gondor government arrived in Mordor."), ['GONGOV>MOR:032', 'MOR>GONGOV:033']);
  assert.deepEqual(code(lexicon, 'The Shire abandoned Gondor.').sort(), ['BIL>GON:345', 'FRO>GON:345']);
});

test('should pick the dated code of an actor for the story date', () => {
  const lexicon = readPetrarchDictionaries(folder(), loadIrregular());
  assert.deepEqual(code(lexicon, 'Gollum abandoned Gondor.', '1994-01-01'), ['HOB>GON:345']);
  assert.deepEqual(code(lexicon, 'Gollum abandoned Gondor.', '1999-01-01'), ['HOBREB>GON:345']);
});

test('should reject a story with a story-level discard and code nothing in a discarded sentence', () => {
  const lexicon = readPetrarchDictionaries(folder(), loadIrregular());
  const { grammar: g } = defaultLexicon();
  assert.equal(codeSentence('A typhoon hit Gondor as Mordor abandoned it.', lexicon, g).discard, 'story');
  assert.equal(codeSentence('Mordor abandoned baseball with Gondor.', lexicon, g).discard, 'sentence');
  assert.deepEqual(codeSentence('Mordor abandoned baseball with Gondor.', lexicon, g).events, []);
});

test('should not let a stemmed role noun swallow an adjective ("diplomat" is not "diplomatic")', () => {
  const dir = folder();
  writeFileSync(join(dir, 'Test.agents.txt'), 'DIPLOMAT [~GOV]\n');
  const lexicon = readPetrarchDictionaries(dir, loadIrregular());
  assert.deepEqual(code(lexicon, 'Mordor will abandon diplomatic ties with Gondor.'), ['MOR>GON:901']);
});

test('should throw not-found for a folder without dictionaries', () => {
  const empty = mkdtempSync(join(tmpdir(), 'wiretrace-petr-empty-'));
  assert.throws(() => readPetrarchDictionaries(empty, loadIrregular()), (e: unknown) => isWiretraceError(e) && e.code === 'not-found');
  assert.throws(() => readPetrarchDictionaries(join(empty, 'nope', 'x'), loadIrregular()), (e: unknown) => isWiretraceError(e) && e.code === 'not-found');
});
