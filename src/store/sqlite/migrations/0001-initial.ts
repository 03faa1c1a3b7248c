/**
 * Migration 1: sources, feeds, articles with their versions, the analysis facts, and full-text
 * search. Later migrations (stories, fingerprints, provenance edges) go in the next numbered file
 * and one line in `index.ts`; a migration is never edited once merged.
 *
 * Why the shape: an article is identified by its canonical URL; each distinct content (hash of the
 * analysed text) is a version; facts hang off the version they were found in, so that a changed
 * article keeps the facts of each of its versions.
 */
import type { Migration } from './index.js';

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  host TEXT NOT NULL UNIQUE,
  name TEXT,
  kind TEXT,
  created_at TEXT NOT NULL
);

CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  source_id INTEGER REFERENCES sources(id),
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  last_polled_at TEXT,
  next_poll_at TEXT,
  last_status INTEGER,
  last_error TEXT,
  error_count INTEGER NOT NULL DEFAULT 0,
  item_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  canonical_url TEXT NOT NULL UNIQUE,
  url TEXT,
  source_id INTEGER REFERENCES sources(id),
  feed_id INTEGER REFERENCES feeds(id),
  current_version_id INTEGER,
  version_count INTEGER NOT NULL DEFAULT 0,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);

CREATE TABLE article_versions (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  raw_hash TEXT,
  record_id TEXT NOT NULL,
  url TEXT,
  title TEXT,
  author TEXT,
  published TEXT,
  lang TEXT,
  text TEXT NOT NULL,
  -- the raw page, compressed (raw_encoding says how), or a pointer to a WARC record
  raw BLOB,
  raw_encoding TEXT,
  raw_type TEXT,
  warc_file TEXT,
  warc_offset INTEGER,
  -- the whole analysis record as compressed JSON, so that show/export give it back unchanged
  record BLOB NOT NULL,
  where_from TEXT,
  fetched_at TEXT NOT NULL,
  UNIQUE (article_id, content_hash),
  UNIQUE (article_id, version)
);
CREATE INDEX versions_content_hash ON article_versions(content_hash);
CREATE INDEX versions_raw_hash ON article_versions(article_id, raw_hash);
CREATE INDEX versions_published ON article_versions(published);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  entity_key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  country TEXT,
  role TEXT,
  kind TEXT
);
CREATE INDEX entities_version ON entities(version_id);
CREATE INDEX entities_key ON entities(entity_key);

CREATE TABLE mentions (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE dates (
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT NOT NULL,
  certainty TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX dates_version ON dates(version_id);
CREATE INDEX dates_value ON dates(value);

CREATE TABLE quotes (
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  quote_start INTEGER NOT NULL,
  quote_end INTEGER NOT NULL,
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_id TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX quotes_version ON quotes(version_id);

-- the in-text sourcing chain, origin first (position 0)
CREATE TABLE source_links (
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  source_key TEXT,
  kind TEXT NOT NULL,
  relation TEXT NOT NULL,
  start INTEGER,
  "end" INTEGER,
  rule TEXT NOT NULL
);
CREATE INDEX source_links_version ON source_links(version_id);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES article_versions(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  source_actor TEXT NOT NULL,
  target_actor TEXT NOT NULL,
  code TEXT NOT NULL,
  plover TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  date TEXT,
  source_entity TEXT,
  target_entity TEXT,
  rule TEXT NOT NULL
);
CREATE INDEX events_version ON events(version_id);
CREATE INDEX events_code ON events(code);

-- Full-text search over the title and text of every version; the text lives once, in
-- article_versions (external content), and queries keep the current version of each article.
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, text,
  content='article_versions', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
`,
};
