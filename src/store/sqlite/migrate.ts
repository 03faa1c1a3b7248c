/**
 * Brings a SQLite database to the newest schema: runs, in order and each in its own transaction,
 * the migrations it has not run yet. A database written by a newer wiretrace is refused rather
 * than guessed at.
 */
import type Database from 'better-sqlite3';
import { WiretraceError } from '../../errors.js';
import { migrations as defaultMigrations, type Migration } from './migrations/index.js';

/** Applies pending migrations; returns the versions it ran (empty when the schema was current). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = defaultMigrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  migrations.forEach((m, i) => {
    // A gap or a duplicate would make "which migrations ran" ambiguous.
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > migrations.length) {
    throw new WiretraceError(
      'unsupported',
      `the database has schema version ${current}, newer than this wiretrace knows (${migrations.length}); upgrade wiretrace`,
    );
  }
  const ran: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    ran.push(m.version);
  }
  return ran;
}
