/**
 * The SQLite migrations, in order. To change the schema, add the next numbered file
 * (`0002-stories.ts`) and one line here; never edit a migration that has been merged, because
 * databases in the field already ran it.
 */
import { initial } from './0001-initial.js';
import { trace } from './0002-trace.js';
import { evidence } from './0003-evidence.js';

export interface Migration {
  /** 1, 2, 3, … with no gaps: the schema version after this migration ran. */
  readonly version: number;
  /** Short name, kept in `schema_migrations` for people reading the database. */
  readonly name: string;
  /** SQL statements run in one transaction. */
  readonly sql: string;
}

export const migrations: readonly Migration[] = [initial, trace, evidence];
