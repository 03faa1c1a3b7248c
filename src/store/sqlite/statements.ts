/**
 * Every SQL statement the SQLite store runs, in one place: the SQLite dialect. A PostgreSQL store
 * would have its own file with the same names (placeholders, upserts and full-text search differ).
 */

export const pragmas = [
  // WAL: readers (search, show) never block the ingest writer, and a commit is one fsync.
  'journal_mode = WAL',
  // NORMAL in WAL mode: a crash of the process never loses a committed transaction; only a power
  // cut can lose the last ones, and they are re-ingested idempotently.
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'temp_store = MEMORY',
  // A checkpoint (copying the WAL into the database, with fsyncs) every 1,000 pages cost more than
  // the rest of an article's write; every 10,000 pages (~40 MB) it is amortised. `close()`
  // checkpoints, and the WAL file is cut back to 64 MB after each checkpoint.
  'wal_autocheckpoint = 10000',
  'journal_size_limit = 67108864',
];

export const sql = {
  findArticle: 'SELECT id, current_version_id AS versionId, version_count AS versionCount FROM articles WHERE canonical_url = ?',
  findVersionByHash: `SELECT v.article_id AS articleId, v.id AS versionId, v.version AS version
    FROM articles a JOIN article_versions v ON v.article_id = a.id
    WHERE a.canonical_url = ? AND (v.content_hash = ? OR v.raw_hash = ?) LIMIT 1`,
  versionByContentHash: 'SELECT id AS versionId, version FROM article_versions WHERE article_id = ? AND content_hash = ?',
  touchArticle: 'UPDATE articles SET last_seen_at = ? WHERE id = ?',
  findSource: 'SELECT id FROM sources WHERE host = ?',
  insertSource: 'INSERT INTO sources (host, created_at) VALUES (?, ?)',
  insertArticle: `INSERT INTO articles (canonical_url, url, source_id, feed_id, version_count, first_seen_at, last_seen_at)
    VALUES (@canonicalUrl, @url, @sourceId, @feedId, 0, @at, @at)`,
  setCurrentVersion: `UPDATE articles SET current_version_id = @versionId, version_count = @version, url = COALESCE(@url, url),
    last_seen_at = @at WHERE id = @articleId`,
  insertVersion: `INSERT INTO article_versions (article_id, version, content_hash, raw_hash, record_id, url, title, author,
      published, lang, text, raw, raw_encoding, raw_type, warc_file, warc_offset, record, where_from, fetched_at)
    VALUES (@articleId, @version, @contentHash, @rawHash, @recordId, @url, @title, @author, @published, @lang, @text,
      @raw, @rawEncoding, @rawType, @warcFile, @warcOffset, @record, @where, @fetchedAt)`,
  insertFts: 'INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)',
  insertEntity: `INSERT INTO entities (version_id, entity_key, type, name, country, role, kind)
    VALUES (@versionId, @key, @type, @name, @country, @role, @kind)`,
  insertMention: 'INSERT INTO mentions (entity_id, start, "end", text, rule) VALUES (?, ?, ?, ?, ?)',
  insertDate: 'INSERT INTO dates (version_id, start, "end", text, value, certainty, rule) VALUES (?, ?, ?, ?, ?, ?, ?)',
  insertQuote: `INSERT INTO quotes (version_id, quote_start, quote_end, speaker_start, speaker_end, speaker_id, cue_start,
    cue_end, kind, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertSourceLink: `INSERT INTO source_links (version_id, position, name, source_key, kind, relation, start, "end", rule)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertEvent: `INSERT INTO events (version_id, start, "end", source_actor, target_actor, code, plover, goldstein, quad_class,
    date, source_entity, target_entity, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  eventIds: 'SELECT id FROM events WHERE version_id = ? ORDER BY id',

  feedByUrl: 'SELECT * FROM feeds WHERE url = ?',
  allFeeds: 'SELECT * FROM feeds ORDER BY id',
  insertFeed: 'INSERT INTO feeds (url, source_id, title, created_at) VALUES (?, ?, ?, ?)',
  recordPoll: `UPDATE feeds SET last_polled_at = @at, last_status = @status,
      etag = CASE WHEN @hasEtag THEN @etag ELSE etag END,
      last_modified = CASE WHEN @hasLastModified THEN @lastModified ELSE last_modified END,
      title = COALESCE(@title, title), last_error = @error,
      error_count = CASE WHEN @error IS NULL THEN 0 ELSE error_count + 1 END,
      next_poll_at = @nextPollAt, item_count = item_count + @items
    WHERE id = @id`,

  /** The columns every article summary reads; `a` = articles, `v` = current version, `s` = source. */
  summaryColumns: `a.id AS id, a.canonical_url AS canonicalUrl, a.url AS url, s.host AS source, v.title AS title,
    v.published AS published, v.lang AS lang, v.version AS version, a.version_count AS versionCount,
    a.first_seen_at AS firstSeenAt, a.last_seen_at AS lastSeenAt`,
  articleFrom: `FROM articles a JOIN article_versions v ON v.id = a.current_version_id LEFT JOIN sources s ON s.id = a.source_id`,
  /** Filter clauses, each with its named parameter; absent filters bind NULL and match all. */
  filterWhere: `(@since IS NULL OR v.published >= @since) AND (@until IS NULL OR v.published <= @until)
    AND (@source IS NULL OR s.host = @source) AND (@lang IS NULL OR v.lang = @lang)`,
  articleDetail: `SELECT v.record AS record, v.text AS text, v.fetched_at AS fetchedAt, v.id AS versionId FROM article_versions v WHERE v.id = ?`,
  versions: `SELECT id AS versionId, version, content_hash AS contentHash, fetched_at AS fetchedAt, where_from AS "where",
    raw_type AS rawType FROM article_versions WHERE article_id = ? ORDER BY version`,

  counts: `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM article_versions) AS versions,
    (SELECT COUNT(*) FROM feeds) AS feeds, (SELECT COUNT(*) FROM sources) AS sources, (SELECT COUNT(*) FROM events) AS events`,
} as const;

/** Full-text search: the current version of each matching article, best first. */
export const searchSql = `SELECT ${sql.summaryColumns},
    snippet(article_fts, 1, '[', ']', '…', 16) AS snippet, bm25(article_fts, 5.0, 1.0) AS rank
  FROM article_fts JOIN article_versions v ON v.id = article_fts.rowid
  JOIN articles a ON a.current_version_id = v.id LEFT JOIN sources s ON s.id = a.source_id
  WHERE article_fts MATCH @match AND ${sql.filterWhere}
  ORDER BY rank LIMIT @limit`;

export const articleByIdSql = `SELECT ${sql.summaryColumns}, v.id AS versionId ${sql.articleFrom} WHERE a.id = ?`;
export const articleByUrlSql = `SELECT ${sql.summaryColumns}, v.id AS versionId ${sql.articleFrom}
  WHERE a.canonical_url = ? OR a.url = ? LIMIT 1`;
/** A page of articles after a given id, for streaming without holding a cursor open. */
export const articlePageSql = `SELECT ${sql.summaryColumns}, v.id AS versionId ${sql.articleFrom}
  WHERE a.id > @after AND ${sql.filterWhere} ORDER BY a.id LIMIT @limit`;
