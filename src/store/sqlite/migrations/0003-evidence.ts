/**
 * Migration 3: the cross-lingual evidence postings. For each indexed article, its most
 * identifying language-independent features (people and places by id, names in Latin spelling,
 * numbers, dates, URLs: `trace/evidence.ts`), so that a retelling in another language that names
 * no source and copies no text still meets the article it retells through an indexed lookup.
 *
 * Why the shape: the key starts (feature, time) so that "which articles of the time window hold
 * this feature" and "how many do" read one contiguous range of the key; article_id ends it to
 * keep rows distinct. The by-article index serves the delete when an article is re-indexed.
 *
 * The table starts empty, as migration 2's did: the indexer fills it as articles are (re)indexed.
 * An archive that already holds indexed articles is marked (`evidence-backfill` in trace_meta),
 * and the next `reindex` or `ingest` posts their evidence once, without re-placing them.
 */
import type { Migration } from './index.js';

export const evidence: Migration = {
  version: 3,
  name: 'trace-evidence',
  sql: `
CREATE TABLE trace_evidence (
  -- a feature key of trace/evidence.ts: entity:person:putin, name:kowal, num:2500000, date:05-15, url:…
  feature TEXT NOT NULL,
  -- the article's time in ms since the epoch (fingerprints.time_ms), for the time window
  time_ms INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (feature, time_ms, article_id)
) WITHOUT ROWID;
CREATE INDEX trace_evidence_article ON trace_evidence(article_id);
INSERT INTO trace_meta (key, value) SELECT 'evidence-backfill', 'pending' WHERE EXISTS (SELECT 1 FROM fingerprints);
`,
};
