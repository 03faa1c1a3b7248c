/**
 * Migration 2: the trace index. Each article's fingerprint (MinHash signature) and its LSH band
 * keys, so that near-duplicate candidates are an indexed lookup instead of a scan; stories and
 * their members, kept online as articles arrive; and the provenance edges between articles, each
 * with its evidence.
 *
 * The tables start empty: filling them needs the trace code (fingerprints, stories), which the
 * store does not import. `ingest` indexes every stored article that has no fingerprint before it
 * adds new ones, and `wiretrace reindex` does it on demand (`--all` rebuilds from scratch).
 */
import type { Migration } from './index.js';

export const trace: Migration = {
  version: 2,
  name: 'trace',
  sql: `
-- One row per article: the fingerprint of its current version.
CREATE TABLE fingerprints (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  -- MinHash signature: little-endian uint32 values; scheme names how it was made, so that
  -- signatures made under other parameters are never compared with these
  signature BLOB NOT NULL,
  scheme TEXT NOT NULL,
  -- publisher as an organisation id of the lexicon (reuters, kcna), when known
  outlet TEXT,
  lang TEXT,
  -- publication time in ms since the epoch, else the time it was first seen
  time_ms INTEGER NOT NULL,
  -- the publication timestamp when a time of day is known (bursts of publication need one)
  published_at TEXT,
  -- the article's story vector (top TF-IDF words, unit length) as JSON, for story centroids
  vector TEXT NOT NULL,
  indexed_at TEXT NOT NULL
);
CREATE INDEX fingerprints_time ON fingerprints(time_ms);
CREATE INDEX fingerprints_outlet ON fingerprints(outlet, time_ms);

-- LSH bands: two articles are near-duplicate candidates when one (band, key) pair is shared.
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  key INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands(article_id);

-- The outlets an article cites, credits or promotes (organisation ids), to find its sources
-- among stored articles, and the articles that name a newly stored one.
CREATE TABLE trace_citations (
  outlet TEXT NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (outlet, article_id)
) WITHOUT ROWID;
CREATE INDEX trace_citations_article ON trace_citations(article_id);

-- Document frequencies of story words over the indexed articles (online TF-IDF).
CREATE TABLE term_df (
  term TEXT PRIMARY KEY,
  df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE trace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  origin_article_id INTEGER REFERENCES articles(id),
  first_ms INTEGER,
  last_ms INTEGER,
  first_seen TEXT,
  last_seen TEXT,
  size INTEGER NOT NULL DEFAULT 0,
  -- sum of the members' story vectors, as JSON (heaviest words kept)
  centroid TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_last ON stories(last_ms);

CREATE TABLE story_members (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id),
  story_id INTEGER NOT NULL REFERENCES stories(id),
  -- the decayed cosine (or copy / translation score) with which it joined; 0 when it started it
  score REAL NOT NULL,
  how TEXT NOT NULL,
  joined_at TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_id);

-- Words of the story centroids, to find candidate stories for a new article.
CREATE TABLE story_postings (
  term TEXT NOT NULL,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX story_postings_story ON story_postings(story_id);

-- Provenance: the later article (to) took the story from the earlier one (from).
CREATE TABLE provenance_edges (
  id INTEGER PRIMARY KEY,
  from_article_id INTEGER NOT NULL REFERENCES articles(id),
  to_article_id INTEGER NOT NULL REFERENCES articles(id),
  relation TEXT NOT NULL CHECK (relation IN ('copy', 'near-copy', 'translation', 'same-story', 'cites')),
  confidence REAL NOT NULL,
  -- how directly the later article names the earlier one (a credit beats a distant citation)
  directness REAL NOT NULL DEFAULT 0,
  -- JSON array of {kind, detail, span?, rule}
  evidence TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (from_article_id, to_article_id, relation)
);
CREATE INDEX provenance_edges_to ON provenance_edges(to_article_id);
CREATE INDEX provenance_edges_from ON provenance_edges(from_article_id);
`,
};
