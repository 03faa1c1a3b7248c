import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredArticle } from '../store/store.js';
import type { Analysis, EventFact } from '../types.js';
import { gdeltEvents, gdeltMentions, splitActorCode } from './gdelt.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.js';

const EVENT: EventFact = { start: 0, end: 40, source: 'RUSGOV', target: 'CHN', code: '036', plover: 'CONSULT', goldstein: 4, quadClass: 1, date: '2024-05-06', sourceEntity: 'putin', rule: 'events/test' };

function article(id: number, source: string, events: EventFact[]): StoredArticle {
  const record: Analysis = {
    id: String(id), text: 'Putin met Xi in Moscow on Monday, the Kremlin said.', title: null, byline: null, published: null, lang: 'en',
    body: [{ start: 0, end: 52 }], boilerplate: [], dates: [], quotes: [], sources: [], diagnostics: [], events,
    entities: [{ id: 'putin', type: 'person', name: 'Vladimir Putin', mentions: [{ start: 0, end: 5, text: 'Putin', rule: 'r' }] }],
    sentences: [{ start: 0, end: 52 }],
  };
  return {
    id, canonicalUrl: `https://${source}/${id}`, url: `https://${source}/${id}`, source, title: null, published: '2024-05-06', lang: 'en',
    version: 1, versionCount: 1, firstSeenAt: '2024-05-06T10:00:00.000Z', lastSeenAt: '2024-05-06T10:00:00.000Z',
    record, versions: [], fetchedAt: '2024-05-06T10:00:00.000Z', eventIds: events.map((_, i) => id * 10 + i),
  };
}

test('should split CAMEO actor codes into country and type codes', () => {
  assert.deepEqual(splitActorCode('RUSGOV'), { country: 'RUS', types: ['GOV', '', ''] });
  assert.deepEqual(splitActorCode('GOV'), { country: '', types: ['GOV', '', ''] });
  assert.deepEqual(splitActorCode('USAMILREB'), { country: 'USA', types: ['MIL', 'REB', ''] });
});

test('should fold the same event reported by two outlets into one GDELT event row', () => {
  const lines: string[] = [];
  const count = gdeltEvents([article(1, 'a.example', [EVENT]), article(2, 'b.example', [EVENT])], (l) => lines.push(l));
  assert.equal(count, 1);
  const row = Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, lines[0]!.split('\t')[i]]));
  assert.deepEqual(
    [row.GLOBALEVENTID, row.SQLDATE, row.Actor1CountryCode, row.Actor1Type1Code, row.Actor1Name, row.EventRootCode, row.NumMentions, row.NumSources, row.IsRootEvent, row.DATEADDED],
    ['10', '20240506', 'RUS', 'GOV', 'VLADIMIR PUTIN', '03', '2', '2', '1', '20240506100000'],
  );
});

test('should write one GDELT mention row per event per article, with offsets', () => {
  const lines: string[] = [];
  gdeltMentions([article(1, 'a.example', [EVENT]), article(2, 'b.example', [])], (l) => lines.push(l));
  assert.equal(lines.length, 1);
  const row = Object.fromEntries(GDELT_MENTION_COLUMNS.map((c, i) => [c, lines[0]!.split('\t')[i]]));
  assert.deepEqual([row.GLOBALEVENTID, row.MentionSourceName, row.SentenceID, row.Actor1CharOffset, row.Actor2CharOffset, row.MentionDocLen], ['10', 'a.example', '1', '0', '-1', '51']);
});
