/**
 * Plain-text fixtures, one folder each under test/fixtures/text/: `input.txt` (an article written by
 * the project in one outlet's style) and `expected.json` (the non-body blocks with their kinds, and
 * where given the byline, title and language). To add one, make a folder with both files.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { repoRoot } from './helpers.js';

interface Expected {
  notBody: Array<{ kind: string; text: string }>;
  byline?: { author: string; outlet?: string };
  title?: string;
  lang?: string;
}

const root = join(repoRoot, 'test/fixtures/text');

describe('plain-text fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    test(`${name}: should find the expected non-body blocks`, () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const record = analyze({ id: name, text });
      assert.deepEqual(record.boilerplate.map(({ kind, text: t }) => ({ kind, text: t })), expected.notBody);
      if (expected.byline) assert.deepEqual({ author: record.byline?.author, outlet: record.byline?.outlet }, expected.byline);
      if (expected.title) assert.equal(record.title?.value, expected.title);
      if (expected.lang) assert.equal(record.lang, expected.lang);
      for (const span of record.body) {
        for (const block of expected.notBody) assert.ok(!text.slice(span.start, span.end).includes(block.text), `${block.kind} left in body`);
      }
    });
  }
});
