/**
 * Quality gate for HTML extraction: runs `extractHtml` over the dev pages of
 * ../shared/data/extraction and fails when a figure drops below its pinned floor. The figures are
 * computed with the shared scorers themselves (imported in place, never copied). The hash of each
 * expected.jsonl is pinned too: if the evaluation data changes, the floors must be re-measured.
 *
 * Re-measure with `npm run bench -- extract` (README, "Extraction"); raise a floor when a change
 * lifts its figure, never lower one to make a change pass.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../src/extract/html/index.js';
import { sharedDir, SHARED_ABSENT } from '../helpers.js';

/** Floors, pinned a little under the figures measured on 2026-11-27 (in brackets; `npm run bench -- extract`). */
const FLOORS = {
  /** scrapinghub dev, shingle F1 [0.969]; the floor is 0.955. */
  bodyF1: 0.96,
  /** metadata dev, htmldate's date accuracy [0.880]; the floor is 0.85. */
  dateAccuracy: 0.87,
  /** metadata dev, exact author [0.659]; the floor is 0.55. */
  authorExact: 0.65,
  /** metadata dev, exact title [0.816]; the floor is 0.75. */
  titleExact: 0.8,
  /** metadata dev, trafilatura's snippet F1 [0.917]; the floor is 0.90. */
  snippetsF1: 0.91,
};

const DATA_HASHES = {
  'scrapinghub/expected.jsonl': '795522c052ae5d858641c900abc31d7d8376a7578507932af2288160bc1c7cd9',
  'metadata/expected.jsonl': 'fc51743b4c8f93fd244b9647602c64bdd1d36c4b1e5817e28ff4f20b82f9107e',
};

/** Fixed "today" so that the plausibility of dates does not drift with the calendar. */
const TODAY = '2026-12-31';

interface Expected {
  id: string;
  url: string;
  file?: string;
  articleBody?: string;
  with?: string[];
  without?: string[];
}

function readJsonl(path: string): Expected[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Expected);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('gate: HTML extraction on the dev sets', () => {
  const shared = sharedDir();
  const data = shared === null ? '' : join(shared, 'data/extraction');

  test('the evaluation data is the data the floors were measured on', (t) => {
    if (shared === null) return t.skip(SHARED_ABSENT);
    for (const [file, hash] of Object.entries(DATA_HASHES)) {
      const actual = createHash('sha256').update(readFileSync(join(data, file))).digest('hex');
      assert.equal(actual, hash, `${file} changed: re-measure the figures and re-pin FLOORS and DATA_HASHES`);
    }
  });

  test(`body F1 on scrapinghub dev stays ≥ ${FLOORS.bodyF1}`, { timeout: 120_000 }, async (t) => {
    if (shared === null) return t.skip(SHARED_ABSENT);
    const scorer = (await import(pathToFileURL(join(data, 'score.mjs')).href)) as {
      evaluate: (e: Map<string, { articleBody: string }>, p: Map<string, { articleBody: string }>, o: { bootstrap: number }) => { f1: number };
    };
    const expected = readJsonl(join(data, 'scrapinghub/expected.jsonl'));
    const truth = new Map<string, { articleBody: string }>();
    const preds = new Map<string, { articleBody: string }>();
    for (const e of expected) {
      truth.set(e.id, { articleBody: e.articleBody ?? '' });
      const bytes = gunzipSync(readFileSync(join(data, 'scrapinghub', `${e.id}.html.gz`)));
      preds.set(e.id, { articleBody: extractHtml(bytes, { url: e.url, today: TODAY }).articleBody });
    }
    const { f1 } = scorer.evaluate(truth, preds, { bootstrap: 0 });
    t.diagnostic(`body F1 ${f1.toFixed(3)} (floor ${FLOORS.bodyF1})`);
    assert.ok(f1 >= FLOORS.bodyF1, `body F1 ${f1.toFixed(3)} fell under the floor ${FLOORS.bodyF1}`);
  });

  test('date, author, title and snippets on metadata dev stay above their floors', { timeout: 180_000 }, async (t) => {
    if (shared === null) return t.skip(SHARED_ABSENT);
    const scorer = (await import(pathToFileURL(join(data, 'score-metadata.mjs')).href)) as {
      scoreMetadata: (
        e: Map<string, unknown>,
        p: Map<string, unknown>,
      ) => { date_htmldate: { accuracy: number }; author: { exact: number }; title: { exact: number } };
    };
    const expected = readJsonl(join(data, 'metadata/expected.jsonl'));
    const truth = new Map<string, unknown>();
    const preds = new Map<string, unknown>();
    // Snippets: trafilatura's rule as score-snippets.mjs applies it (whitespace-collapsed substring).
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const e of expected) {
      truth.set(e.id, e);
      const bytes = gunzipSync(readFileSync(join(data, 'metadata', e.file ?? `${e.id}.html.gz`)));
      const r = extractHtml(bytes, { url: e.url, today: TODAY });
      preds.set(e.id, { id: e.id, date: r.date, author: r.author, title: r.title });
      const body = norm(r.articleBody);
      for (const w of e.with ?? []) if (body.includes(norm(w))) tp++;
      else fn++;
      for (const w of e.without ?? []) if (body.includes(norm(w))) fp++;
    }
    const m = scorer.scoreMetadata(truth, preds);
    const snippets = (2 * tp) / (2 * tp + fp + fn);
    const figures = {
      dateAccuracy: m.date_htmldate.accuracy,
      authorExact: m.author.exact,
      titleExact: m.title.exact,
      snippetsF1: snippets,
    };
    t.diagnostic(Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', '));
    for (const [key, value] of Object.entries(figures)) {
      const floor = FLOORS[key as keyof typeof FLOORS];
      assert.ok(value >= floor, `${key} ${value.toFixed(3)} fell under the floor ${floor}`);
    }
  });
});
