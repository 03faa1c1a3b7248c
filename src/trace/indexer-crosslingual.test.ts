/**
 * The online indexer across languages: a retelling in another language that names no source and
 * copies no text meets the article it retells through the evidence postings (migration 3).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { analyze } from '../analyze.js';
import { openStore, type Store } from '../store/index.js';
import { putAndIndex, reindex } from './indexer.js';

interface Item {
  url: string;
  lang: string;
  date: string;
  title: string;
  text: string;
}

const MINE_EN: Item = {
  url: 'https://www.reuters.com/world/chile-mine',
  lang: 'en',
  date: '2024-03-12T09:00:00Z',
  title: 'Rescuers pull 27 miners alive from collapsed Chilean copper mine',
  text: 'Rescue teams pulled 27 miners alive from the El Teniente copper mine in central Chile on Tuesday, 36 hours after a tunnel collapsed 900 metres below ground, the state mining company Codelco said.\nMining minister Aurora Williams told reporters that four workers were still missing and that drilling crews were working through the night to reach them.\nThe collapse happened on March 11 shortly after a magnitude 4.8 tremor shook the Rancagua region.\nPresident Gabriel Boric flew to the site and promised an independent investigation into safety at the mine, which employs about 4,500 people. Relatives waited outside the gates in the rain.',
};

/** The same event retold in Polish a day later: no credit, no shared sentence, the same people, numbers and date. */
const MINE_PL: Item = {
  url: 'https://wiadomosci.example.pl/swiat/chile-kopalnia',
  lang: 'pl',
  date: '2024-03-13T07:30:00Z',
  title: 'Chile: 27 górników uratowanych z zawalonej kopalni miedzi',
  text: 'Ratownicy wydobyli żywych 27 górników z kopalni miedzi El Teniente w środkowym Chile, poinformował państwowy koncern Codelco.\nDo zawalenia tunelu na głębokości 900 metrów doszło 11 marca, krótko po wstrząsie o sile 4,8 w regionie Rancagua.\nMinister górnictwa Aurora Williams przekazała, że czterech pracowników wciąż uznaje się za zaginionych, a ekipy wiertnicze pracują przez całą noc.\nPrezydent Gabriel Boric przyleciał na miejsce i zapowiedział niezależne śledztwo w sprawie bezpieczeństwa w kopalni, która zatrudnia około 4500 osób. Rodziny czekały przed bramą w deszczu.',
};

/** Another Chilean story the same day, naming the same president and nothing else of the mine's. */
const VISIT_PL: Item = {
  url: 'https://wiadomosci.example.pl/swiat/boric-madryt',
  lang: 'pl',
  date: '2024-03-13T12:00:00Z',
  title: 'Prezydent Chile w Madrycie',
  text: 'Prezydent Boric rozmawiał w Madrycie z premierem Hiszpanii o umowie handlowej między Unią Europejską a Ameryką Łacińską.\nObaj politycy podpisali porozumienie o współpracy naukowej i zapowiedzieli wspólne badania nad energią odnawialną.\nWizyta potrwa do piątku, kiedy chilijska delegacja uda się do Lizbony.',
};

/** Unrelated articles of the same days, so that the archive is not the story alone. */
const FILLERS: Item[] = [
  {
    url: 'https://www.reuters.com/markets/ecb-rates',
    lang: 'en',
    date: '2024-03-11T12:00:00Z',
    title: 'ECB holds rates, signals cut in June',
    text: 'The European Central Bank kept its deposit rate at 4% on Thursday and said inflation was falling faster than expected, opening the door to a first cut in June.\nPresident Christine Lagarde told a news conference that wage growth remained strong and that the bank would need more data before acting.\nMarkets priced in three cuts this year after the decision, and the euro slipped against the dollar.',
  },
  {
    url: 'https://www.reuters.com/sports/marathon',
    lang: 'en',
    date: '2024-03-12T15:00:00Z',
    title: 'Kenyan runner wins Tokyo marathon in course record',
    text: 'Kenyan runner Benson Kipruto won the Tokyo marathon on Sunday in 2 hours 2 minutes and 16 seconds, a course record, ahead of compatriot Timothy Kiplagat.\nThe women\'s race was won by Sutume Kebede of Ethiopia, who pulled away from the leaders after 30 kilometres.\nAbout 38,000 runners took part under clear skies.',
  },
  {
    url: 'https://wiadomosci.example.pl/kraj/pociagi',
    lang: 'pl',
    date: '2024-03-12T08:00:00Z',
    title: 'Nowy rozkład jazdy pociągów od kwietnia',
    text: 'Od 14 kwietnia pasażerów czeka nowy rozkład jazdy, w którym przewoźnik dodaje 120 połączeń dalekobieżnych.\nPociągi pojadą częściej między Krakowem a Gdańskiem, a bilety na najpopularniejszych trasach nie zdrożeją.\nRemonty torów na Śląsku wydłużą jednak niektóre podróże o kilkanaście minut.',
  },
];

/** `lang: 'und'` is set on the record after analysis, which would otherwise detect the language. */
function put(store: Store, item: Item) {
  const analysed = analyze({ text: item.text, title: item.title, url: item.url, date: item.date, lang: item.lang }, { today: '2024-06-01' });
  const record = item.lang === 'und' ? { ...analysed, lang: 'und' } : analysed;
  return putAndIndex(store, { canonicalUrl: item.url, url: item.url, record });
}

function postings(path: string): Map<number, number> {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT article_id AS id, COUNT(*) AS n FROM trace_evidence GROUP BY article_id').all() as Array<{ id: number; n: number }>;
  db.close();
  return new Map(rows.map((r) => [r.id, r.n]));
}

test('a Polish retelling naming no source should get a translation edge to the English report and join its story', () => {
  const store = openStore(':memory:');
  for (const f of FILLERS) put(store, f);
  const en = put(store, MINE_EN);
  const pl = put(store, MINE_PL);
  const t = store.trace;
  const edges = t.edgesTo(pl.articleId);
  const edge = edges.find((e) => e.from === en.articleId);
  assert.ok(edge, `an edge from the English report; got ${JSON.stringify(edges)}`);
  assert.ok(edge.relation === 'translation' || edge.relation === 'same-story', edge.relation);
  assert.match(JSON.stringify(edge.evidence), /trace\/crosslingual\/evidence/);
  assert.match(JSON.stringify(edge.evidence), /num:900|num:4500|date:03-11/, 'the evidence names what the two share');
  assert.equal(t.membership(pl.articleId)!.storyId, t.membership(en.articleId)!.storyId);
  assert.equal(t.membership(pl.articleId)!.how, 'translation');
  store.close();
});

test('a Polish report of another event sharing one identifying feature should get no edge and no shared story', () => {
  const store = openStore(':memory:');
  for (const f of FILLERS) put(store, f);
  const en = put(store, MINE_EN);
  const visit = put(store, VISIT_PL);
  const t = store.trace;
  assert.deepEqual(t.edgesTo(visit.articleId), [], 'the same president is not the same story');
  assert.deepEqual(t.edgesFrom(visit.articleId), []);
  assert.notEqual(t.membership(visit.articleId)!.storyId, t.membership(en.articleId)!.storyId);
  store.close();
});

test('the English report stored after its Polish retelling should still get the edge, earlier to later', () => {
  const store = openStore(':memory:');
  for (const f of FILLERS) put(store, f);
  const pl = put(store, MINE_PL);
  const en = put(store, MINE_EN);
  const t = store.trace;
  assert.deepEqual(t.edgesTo(pl.articleId).map((e) => e.from), [en.articleId]);
  assert.deepEqual(t.edgesTo(en.articleId), [], 'never from the later to the earlier');
  assert.equal(t.membership(pl.articleId)!.storyId, t.membership(en.articleId)!.storyId);
  store.close();
});

test('an article of unknown language should post no evidence and meet no other language by it', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wiretrace-xl-')), 'archive.db');
  const store = openStore(path);
  put(store, MINE_EN);
  const und = put(store, { ...MINE_PL, lang: 'und' });
  assert.deepEqual(store.trace.edgesTo(und.articleId), []);
  store.close();
  assert.equal(postings(path).has(und.articleId), false);
});

test('a new version should replace the evidence postings, and reindex --all should rebuild them', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wiretrace-xl-')), 'archive.db');
  let store = openStore(path);
  for (const f of FILLERS) put(store, f);
  const en = put(store, MINE_EN);
  const pl = put(store, MINE_PL);
  store.close();
  const before = postings(path);
  assert.ok((before.get(en.articleId) ?? 0) >= 2 && (before.get(en.articleId) ?? 0) <= 16, `at most 16 per article: ${before.get(en.articleId)}`);

  store = openStore(path);
  const changed = put(store, { ...MINE_PL, text: VISIT_PL.text, title: VISIT_PL.title });
  assert.equal(changed.status, 'updated');
  assert.deepEqual(store.trace.edgesTo(pl.articleId), [], 'the new text retells nothing');
  store.close();
  const after = postings(path);
  assert.notEqual(after.get(pl.articleId), before.get(pl.articleId), 'the old version\'s features are gone');

  store = openStore(path);
  assert.equal(reindex(store, { all: true }), FILLERS.length + 2);
  store.close();
  assert.deepEqual(postings(path), after, 'a rebuild posts the same features');
});

test('an archive of schema 2 should migrate to an empty evidence table that the next reindex fills once, leaving stories as they are', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wiretrace-xl-')), 'old.db');
  let store = openStore(path);
  for (const f of FILLERS) put(store, f);
  const en = put(store, MINE_EN);
  const pl = put(store, MINE_PL);
  store.close();
  const db = new Database(path);
  db.exec('DROP TABLE trace_evidence');
  db.exec('DELETE FROM schema_migrations WHERE version > 2');
  db.close();

  store = openStore(path);
  assert.equal(postings(path).size, 0, 'the table starts empty');
  assert.deepEqual(store.trace.edgesTo(pl.articleId).map((e) => e.from), [en.articleId], 'the edges made before survive');
  const storyBefore = store.trace.membership(pl.articleId)!.storyId;
  assert.equal(reindex(store), 0, 'nothing to index: the evidence is posted without re-placing anything');
  assert.equal(store.trace.membership(pl.articleId)!.storyId, storyBefore);
  assert.deepEqual(store.trace.edgesTo(pl.articleId).map((e) => e.from), [en.articleId]);
  assert.deepEqual(store.trace.evidenceBackfill(), [], 'done once');
  store.close();
  const posted = postings(path);
  assert.ok(posted.has(en.articleId) && posted.has(pl.articleId));

  // A fresh archive has nothing to backfill.
  const fresh = openStore(join(mkdtempSync(join(tmpdir(), 'wiretrace-xl-')), 'new.db'));
  put(fresh, MINE_EN);
  assert.deepEqual(fresh.trace.evidenceBackfill(), []);
  fresh.close();
});
