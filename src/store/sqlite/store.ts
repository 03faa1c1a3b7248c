/**
 * The SQLite implementation of `Store` (better-sqlite3): WAL, one transaction per article,
 * prepared statements from `statements.ts`, schema from `migrations/`.
 */
import Database from 'better-sqlite3';
import type { Analysis } from '../../types.js';
import { WiretraceError } from '../../errors.js';
import { compress, decompress, type BlobEncoding } from '../compress.js';
import { contentHash } from '../content-hash.js';
import { toFtsQuery } from '../fts-query.js';
import { sourceHost } from '../source-host.js';
import type {
  ArticleFilter,
  ArticleSummary,
  ArticleWrite,
  FeedPoll,
  FeedState,
  KnownVersion,
  PutOutcome,
  SearchHit,
  SearchQuery,
  Store,
  StoreCounts,
  StoredArticle,
  VersionSummary,
} from '../store.js';
import { migrate } from './migrate.js';
import { SqliteTraceIndex } from './trace-index.js';
import type { TraceIndex } from '../trace-index.js';
import { articleByIdSql, articleByUrlSql, articlePageSql, pragmas, searchSql, sql } from './statements.js';

/** Where `wiretrace` keeps its archive unless told otherwise (`--db PATH`). */
export const DEFAULT_DB_PATH = './wiretrace.db';

export interface SqliteStoreOptions {
  /** Open read-only (search, show, export): no migration, no writes. */
  readonly?: boolean;
}

type Statement = Database.Statement;

/** Opens (creating and migrating when needed) the database at `path`; `:memory:` for a transient one. */
export function openSqliteStore(path: string = DEFAULT_DB_PATH, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    const code = options.readonly && !(error as Error).message.includes('not a database') ? 'not-found' : 'bad-input';
    throw new WiretraceError(code, `cannot open the database ${path}: ${(error as Error).message}`, { where: path, cause: error });
  }
  try {
    if (!options.readonly) for (const pragma of pragmas) db.pragma(pragma);
    else db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    return new SqliteStore(db, path);
  } catch (error) {
    db.close();
    if (error instanceof WiretraceError) throw error;
    throw new WiretraceError('bad-input', `cannot use the database ${path}: ${(error as Error).message}`, { where: path, cause: error });
  }
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  next_poll_at: string | null;
  last_status: number | null;
  last_error: string | null;
  error_count: number;
  item_count: number;
}

type SummaryRow = ArticleSummary & { versionId: number };

class SqliteStore implements Store {
  readonly location: string;
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Statement>();
  readonly #put: (write: ArticleWrite) => PutOutcome;
  readonly trace: TraceIndex;

  constructor(db: Database.Database, location: string) {
    this.#db = db;
    this.location = location;
    this.#put = db.transaction((write: ArticleWrite) => this.#putInTransaction(write));
    this.trace = new SqliteTraceIndex(db);
  }

  transaction<T>(fn: () => T): T {
    // better-sqlite3 turns a nested transaction into a savepoint of the outer one.
    return this.#db.transaction(fn)();
  }

  /** Prepared once per store, on first use. */
  #s(text: string): Statement {
    let statement = this.#statements.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  findVersion(canonicalUrl: string, hashes: { rawHash?: string; contentHash?: string }): KnownVersion | null {
    if (hashes.rawHash === undefined && hashes.contentHash === undefined) return null;
    const row = this.#s(sql.findVersionByHash).get(canonicalUrl, hashes.contentHash ?? null, hashes.rawHash ?? null);
    return (row as KnownVersion | undefined) ?? null;
  }

  articleId(canonicalUrl: string): number | null {
    const row = this.#s(sql.findArticle).get(canonicalUrl) as { id: number } | undefined;
    return row ? row.id : null;
  }

  touch(articleId: number, at: string = new Date().toISOString()): void {
    this.#s(sql.touchArticle).run(at, articleId);
  }

  putArticle(write: ArticleWrite): PutOutcome {
    return this.#put(write);
  }

  #putInTransaction(write: ArticleWrite): PutOutcome {
    const at = write.fetchedAt ?? new Date().toISOString();
    const hash = contentHash(write.record.text);
    const existing = this.#s(sql.findArticle).get(write.canonicalUrl) as
      | { id: number; versionId: number | null; versionCount: number }
      | undefined;
    let articleId: number;
    let version = 1;
    if (existing) {
      articleId = existing.id;
      const same = this.#s(sql.versionByContentHash).get(articleId, hash) as { versionId: number; version: number } | undefined;
      if (same) {
        this.touch(articleId, at);
        return { status: 'unchanged', articleId, versionId: same.versionId, version: same.version };
      }
      version = existing.versionCount + 1;
    } else {
      const host = sourceHost(write.url ?? write.canonicalUrl);
      const sourceId = host === null ? null : this.#sourceId(host, at);
      articleId = Number(
        this.#s(sql.insertArticle).run({
          canonicalUrl: write.canonicalUrl,
          url: write.url ?? null,
          sourceId,
          feedId: write.feedId ?? null,
          at,
        }).lastInsertRowid,
      );
    }
    const versionId = this.#insertVersion(articleId, version, hash, write, at);
    this.#s(sql.setCurrentVersion).run({ versionId, version, url: write.url ?? null, at, articleId });
    return { status: existing ? 'updated' : 'added', articleId, versionId, version };
  }

  #sourceId(host: string, at: string): number {
    const row = this.#s(sql.findSource).get(host) as { id: number } | undefined;
    if (row) return row.id;
    return Number(this.#s(sql.insertSource).run(host, at).lastInsertRowid);
  }

  #insertVersion(articleId: number, version: number, hash: string, write: ArticleWrite, at: string): number {
    const record = write.record;
    const raw = write.raw;
    const versionId = Number(
      this.#s(sql.insertVersion).run({
        articleId,
        version,
        contentHash: hash,
        rawHash: write.rawHash ?? null,
        recordId: record.id,
        url: record.url ?? write.url ?? null,
        title: record.title?.value ?? null,
        author: record.byline?.author ?? null,
        published: record.published?.value ?? null,
        lang: record.lang,
        text: record.text,
        raw: raw?.kind === 'bytes' ? compress(raw.bytes) : null,
        rawEncoding: raw?.kind === 'bytes' ? 'br' : null,
        rawType: raw?.type ?? null,
        warcFile: raw?.kind === 'warc' ? raw.file : null,
        warcOffset: raw?.kind === 'warc' ? raw.offset : null,
        // The text is its own column (full-text search reads it there); the blob holds the rest.
        record: compress(JSON.stringify({ ...record, text: '' })),
        where: write.where ?? null,
        fetchedAt: at,
      }).lastInsertRowid,
    );
    this.#s(sql.insertFts).run(versionId, record.title?.value ?? '', record.text);
    this.#insertFacts(versionId, record);
    return versionId;
  }

  #insertFacts(versionId: number, record: Analysis): void {
    const entity = this.#s(sql.insertEntity);
    const mention = this.#s(sql.insertMention);
    for (const e of record.entities) {
      const entityId = entity.run({
        versionId,
        key: e.id,
        type: e.type,
        name: e.name,
        country: e.country ?? null,
        role: e.role ?? null,
        kind: e.kind ?? null,
      }).lastInsertRowid;
      for (const m of e.mentions) mention.run(entityId, m.start, m.end, m.text, m.rule);
    }
    const date = this.#s(sql.insertDate);
    for (const d of record.dates) date.run(versionId, d.start, d.end, d.text, d.value, d.certainty, d.rule);
    const quote = this.#s(sql.insertQuote);
    for (const q of record.quotes) {
      quote.run(versionId, q.quote.start, q.quote.end, q.speaker?.start ?? null, q.speaker?.end ?? null,
        q.speakerId ?? null, q.cue?.start ?? null, q.cue?.end ?? null, q.kind, q.rule);
    }
    const link = this.#s(sql.insertSourceLink);
    record.sources.forEach((s, position) => {
      link.run(versionId, position, s.name, s.id ?? null, s.kind, s.relation, s.start ?? null, s.end ?? null, s.rule);
    });
    const event = this.#s(sql.insertEvent);
    for (const e of record.events) {
      event.run(versionId, e.start, e.end, e.source, e.target, e.code, e.plover, e.goldstein, e.quadClass,
        e.date ?? null, e.sourceEntity ?? null, e.targetEntity ?? null, e.rule);
    }
  }

  feed(url: string): FeedState | null {
    const row = this.#s(sql.feedByUrl).get(url) as FeedRow | undefined;
    return row ? toFeed(row) : null;
  }

  ensureFeed(url: string, title: string | null = null): FeedState {
    const known = this.feed(url);
    if (known) return known;
    const at = new Date().toISOString();
    const host = sourceHost(url);
    this.#db.transaction(() => {
      const sourceId = host === null ? null : this.#sourceId(host, at);
      this.#s(sql.insertFeed).run(url, sourceId, title, at);
    })();
    return this.feed(url)!;
  }

  feeds(): FeedState[] {
    return (this.#s(sql.allFeeds).all() as FeedRow[]).map(toFeed);
  }

  recordPoll(feedId: number, poll: FeedPoll): void {
    this.#s(sql.recordPoll).run({
      id: feedId,
      at: new Date().toISOString(),
      status: poll.status ?? null,
      hasEtag: poll.etag === undefined ? 0 : 1,
      etag: poll.etag ?? null,
      hasLastModified: poll.lastModified === undefined ? 0 : 1,
      lastModified: poll.lastModified ?? null,
      title: poll.title ?? null,
      error: poll.error ?? null,
      nextPollAt: poll.nextPollAt ?? null,
      items: poll.items ?? 0,
    });
  }

  search(query: SearchQuery): SearchHit[] {
    const match = toFtsQuery(query.text);
    if (match === null) throw new WiretraceError('bad-option', `nothing to search for in "${query.text}": give a word`);
    return this.#s(searchSql).all({ match, limit: query.limit ?? 20, ...filterParams(query) }) as SearchHit[];
  }

  article(key: number | string): StoredArticle | null {
    let row: SummaryRow | undefined;
    if (typeof key === 'number' || /^\d+$/.test(key)) row = this.#s(articleByIdSql).get(Number(key)) as SummaryRow | undefined;
    if (row === undefined && typeof key === 'string') row = this.#s(articleByUrlSql).get(key, key) as SummaryRow | undefined;
    return row ? this.#detail(row) : null;
  }

  *articles(filter: ArticleFilter = {}): IterableIterator<StoredArticle> {
    // Pages by id instead of one open cursor, so that a caller may write to the store in between.
    let after = 0;
    const params = filterParams(filter);
    for (;;) {
      const rows = this.#s(articlePageSql).all({ after, limit: 200, ...params }) as SummaryRow[];
      if (rows.length === 0) return;
      for (const row of rows) yield this.#detail(row);
      after = rows[rows.length - 1]!.id;
    }
  }

  #detail(row: SummaryRow): StoredArticle {
    const detail = this.#s(sql.articleDetail).get(row.versionId) as { record: Buffer; text: string; fetchedAt: string; versionId: number };
    const record = JSON.parse(decompress(detail.record, 'br' satisfies BlobEncoding).toString('utf8')) as Analysis;
    record.text = detail.text;
    const versions = this.#s(sql.versions).all(row.id) as VersionSummary[];
    const eventIds = (this.#s(sql.eventIds).all(row.versionId) as Array<{ id: number }>).map((r) => r.id);
    const { versionId: _ignored, ...summary } = row;
    return { ...summary, record, versions, fetchedAt: detail.fetchedAt, eventIds };
  }

  counts(): StoreCounts {
    return this.#s(sql.counts).get() as StoreCounts;
  }

  close(): void {
    if (!this.#db.open) return;
    // Fold the WAL into the database, so that the file on disk is the whole archive.
    if (!this.#db.readonly) this.#db.pragma('wal_checkpoint(TRUNCATE)');
    this.#db.close();
  }
}

function filterParams(filter: ArticleFilter): Record<string, string | null> {
  return {
    since: filter.since ?? null,
    until: filter.until ?? null,
    source: filter.source === undefined ? null : filter.source.toLowerCase().replace(/^www\./, ''),
    lang: filter.lang ?? null,
  };
}

function toFeed(row: FeedRow): FeedState {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    nextPollAt: row.next_poll_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    errorCount: row.error_count,
    itemCount: row.item_count,
  };
}
