/** The SQL of the trace index (tables of migrations 2 and 3), SQLite dialect. */

export const traceSql = {
  fingerprint: 'SELECT * FROM fingerprints WHERE article_id = ?',
  versionText: 'SELECT title, text FROM article_versions WHERE id = ?',
  insertFingerprint: `INSERT INTO fingerprints (article_id, version_id, signature, scheme, outlet, lang, time_ms, published_at, vector, indexed_at)
    VALUES (@articleId, @versionId, @signature, @scheme, @outlet, @lang, @timeMs, @publishedAt, @vector, @at)`,
  deleteFingerprint: 'DELETE FROM fingerprints WHERE article_id = ?',
  insertBand: 'INSERT OR IGNORE INTO lsh_bands (band, key, article_id) VALUES (?, ?, ?)',
  deleteBands: 'DELETE FROM lsh_bands WHERE article_id = ?',
  // Newest first, so that a hot bucket yields the articles most likely in the same story.
  bandLookup: 'SELECT article_id FROM lsh_bands WHERE band = ? AND key = ? ORDER BY article_id DESC LIMIT ?',
  insertCitation: 'INSERT OR IGNORE INTO trace_citations (outlet, article_id) VALUES (?, ?)',
  deleteCitations: 'DELETE FROM trace_citations WHERE article_id = ?',
  byOutlet: `SELECT article_id AS id, ABS(time_ms - @atMs) AS distance FROM fingerprints
    WHERE outlet = @outlet AND time_ms BETWEEN @fromMs AND @toMs ORDER BY distance LIMIT @limit`,
  citing: `SELECT f.article_id AS id, ABS(f.time_ms - @atMs) AS distance FROM trace_citations c
    JOIN fingerprints f ON f.article_id = c.article_id
    WHERE c.outlet = @outlet AND f.time_ms BETWEEN @fromMs AND @toMs ORDER BY distance LIMIT @limit`,

  insertEvidence: 'INSERT OR IGNORE INTO trace_evidence (feature, time_ms, article_id) VALUES (?, ?, ?)',
  deleteEvidence: 'DELETE FROM trace_evidence WHERE article_id = ?',
  evidenceBackfill: `SELECT article_id AS id FROM fingerprints WHERE lang IS NOT NULL AND lang <> 'und' ORDER BY time_ms, article_id`,
  deleteMeta: 'DELETE FROM trace_meta WHERE key = ?',
  // Counting stops at the cap: the range read stays small however common the feature is.
  countEvidence: `SELECT COUNT(*) AS n FROM (SELECT 1 FROM trace_evidence WHERE feature = @feature AND time_ms BETWEEN @fromMs AND @toMs LIMIT @cap)`,
  // One range of the key per feature; the language is the fingerprint's (one row by primary key).
  evidenceMatches: `SELECT e.article_id AS id, COUNT(*) AS shared, MIN(ABS(e.time_ms - @atMs)) AS distance
    FROM trace_evidence e JOIN fingerprints f ON f.article_id = e.article_id
    WHERE e.feature IN (SELECT value FROM json_each(@features)) AND e.time_ms BETWEEN @fromMs AND @toMs
      AND e.article_id <> @articleId AND f.lang IS NOT NULL AND f.lang NOT IN ('und', @lang)
    GROUP BY e.article_id HAVING COUNT(*) >= @minShared ORDER BY shared DESC, distance, id LIMIT @limit`,

  meta: 'SELECT value FROM trace_meta WHERE key = ?',
  setMeta: 'INSERT INTO trace_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  df: 'SELECT df FROM term_df WHERE term = ?',
  addDf: 'INSERT INTO term_df (term, df) VALUES (@term, MAX(@delta, 0)) ON CONFLICT (term) DO UPDATE SET df = df + @delta',
  dropZeroDf: 'DELETE FROM term_df WHERE df <= 0',

  storiesByTerm: `SELECT s.id AS id FROM story_postings p JOIN stories s ON s.id = p.story_id
    WHERE p.term = @term AND (s.last_ms IS NULL OR s.last_ms >= @fromMs) AND (s.first_ms IS NULL OR s.first_ms <= @toMs)
    ORDER BY s.last_ms DESC LIMIT @limit`,
  story: 'SELECT * FROM stories WHERE id = ?',
  insertStory: 'INSERT INTO stories (centroid, created_at, updated_at) VALUES (?, ?, ?)',
  updateStory: `UPDATE stories SET origin_article_id = @origin, first_ms = @firstMs, last_ms = @lastMs, first_seen = @firstSeen,
    last_seen = @lastSeen, size = @size, centroid = @centroid, updated_at = @at WHERE id = @id`,
  deleteStory: 'DELETE FROM stories WHERE id = ?',
  insertPosting: 'INSERT OR IGNORE INTO story_postings (term, story_id) VALUES (?, ?)',
  deletePostings: 'DELETE FROM story_postings WHERE story_id = ?',
  membership: 'SELECT story_id, score, how FROM story_members WHERE article_id = ?',
  insertMember: 'INSERT INTO story_members (article_id, story_id, score, how, joined_at) VALUES (?, ?, ?, ?, ?)',
  deleteMember: 'DELETE FROM story_members WHERE article_id = ?',
  storyMembers: `SELECT m.article_id AS id FROM story_members m JOIN fingerprints f ON f.article_id = m.article_id
    WHERE m.story_id = ? ORDER BY f.time_ms, m.article_id LIMIT ?`,
  storyStats: `SELECT COUNT(*) AS size, MIN(f.time_ms) AS first_ms, MAX(f.time_ms) AS last_ms
    FROM story_members m JOIN fingerprints f ON f.article_id = m.article_id WHERE m.story_id = ?`,
  storyOrigin: `SELECT m.article_id AS id FROM story_members m JOIN fingerprints f ON f.article_id = m.article_id
    WHERE m.story_id = ? ORDER BY f.time_ms, m.article_id LIMIT 1`,

  upsertEdge: `INSERT INTO provenance_edges (from_article_id, to_article_id, relation, confidence, directness, evidence, created_at)
    VALUES (@from, @to, @relation, @confidence, @directness, @evidence, @at)
    ON CONFLICT (from_article_id, to_article_id, relation) DO UPDATE SET confidence = excluded.confidence,
      directness = excluded.directness, evidence = excluded.evidence`,
  deleteEdges: 'DELETE FROM provenance_edges WHERE from_article_id = ? OR to_article_id = ?',
  edgesTo: 'SELECT * FROM provenance_edges WHERE to_article_id = ? ORDER BY directness DESC, confidence DESC, id',
  edgesFrom: 'SELECT * FROM provenance_edges WHERE from_article_id = ? ORDER BY confidence DESC, id',

  unindexed: `SELECT a.id AS id FROM articles a JOIN article_versions v ON v.id = a.current_version_id
    LEFT JOIN fingerprints f ON f.article_id = a.id
    WHERE f.article_id IS NULL OR f.version_id <> a.current_version_id
    ORDER BY COALESCE(v.published, a.first_seen_at), a.id`,
  publications: `SELECT a.id AS articleId, s.host AS source, v.author AS author, COALESCE(f.published_at, v.published) AS published,
      m.story_id AS storyId
    FROM articles a JOIN article_versions v ON v.id = a.current_version_id LEFT JOIN sources s ON s.id = a.source_id
    LEFT JOIN story_members m ON m.article_id = a.id LEFT JOIN fingerprints f ON f.article_id = a.id ORDER BY a.id`,
  publicationsWithoutStories: `SELECT a.id AS articleId, s.host AS source, v.author AS author, v.published AS published, NULL AS storyId
    FROM articles a JOIN article_versions v ON v.id = a.current_version_id LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id`,
  counts: `SELECT (SELECT COUNT(*) FROM fingerprints) AS fingerprints, (SELECT COUNT(*) FROM stories) AS stories,
    (SELECT COUNT(*) FROM provenance_edges) AS edges,
    (SELECT COUNT(*) FROM articles a LEFT JOIN fingerprints f ON f.article_id = a.id
      WHERE f.article_id IS NULL OR f.version_id <> a.current_version_id) AS unindexed`,
} as const;
