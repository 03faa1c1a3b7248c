import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldWord } from '../trace/tokens.js';
import { conceptTable, concepts } from './concepts.js';

const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pl', 'ru', 'zh'];
const UNSPACED = new Set(['zh', 'ja']);

test('concept ids should be unique across the files', () => {
  const ids = concepts().map((c) => c.id);
  assert.ok(ids.length > 0);
  const seen = new Set<string>();
  const dup = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  assert.deepEqual(dup, []);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${id}"`);
});

test('prefix forms should keep at least four letters, and unspaced forms two characters', () => {
  const bad: string[] = [];
  for (const c of concepts()) {
    for (const [lang, forms] of Object.entries(c.forms)) {
      for (const f of forms) {
        if (UNSPACED.has(lang)) {
          if ([...f].length < 2 || f.endsWith('*')) bad.push(`${c.id} ${lang} ${f}`);
        } else if (f.endsWith('*') && foldWord(f.slice(0, -1)).length < 4) bad.push(`${c.id} ${lang} ${f}`);
        if (f !== f.toLowerCase()) bad.push(`${c.id} ${lang} ${f} (upper case)`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('within one language a form should belong to one concept', () => {
  const clashes: string[] = [];
  for (const lang of REQUIRED.filter((l) => !UNSPACED.has(l))) {
    const owner = new Map<string, string>();
    for (const c of concepts()) {
      for (const f of c.forms[lang] ?? []) {
        const key = foldWord(f.replace(/\*$/, '')) + (f.endsWith('*') ? '*' : '');
        const had = owner.get(key);
        if (had !== undefined && had !== c.id) clashes.push(`${lang} ${f}: ${had} / ${c.id}`);
        owner.set(key, c.id);
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('most concepts should be written in every required language', () => {
  const complete = concepts().filter((c) => REQUIRED.every((l) => (c.forms[l]?.length ?? 0) > 0)).length;
  assert.ok(complete / concepts().length >= 0.9, `${complete} of ${concepts().length} complete`);
});

test('an unknown language should read every language, less the forms two languages disagree on', () => {
  const any = conceptTable('und');
  const owner = new Map<string, string>();
  const disputed: string[] = [];
  for (const c of concepts()) {
    for (const [lang, forms] of Object.entries(c.forms)) {
      if (UNSPACED.has(lang)) continue;
      for (const f of forms.filter((x) => !x.endsWith('*') && !/[\s'-]/.test(x))) {
        const key = foldWord(f);
        if (owner.has(key) && owner.get(key) !== c.id) disputed.push(key);
        else owner.set(key, c.id);
      }
    }
  }
  for (const key of disputed) assert.equal(any.exact.has(key), false, `"${key}" is disputed`);
  assert.ok(any.prefixes.size > conceptTable('en').prefixes.size);
  assert.equal(conceptTable('en-GB'), conceptTable('en'), 'a region suffix is ignored');
});
