/** The `--db PATH` flag shared by the store commands, and opening the store it names. */
import type { Command } from 'commander';
import { DEFAULT_DB_PATH, openStore, type Store } from '../store/index.js';

export interface DbFlags {
  db: string;
}

export function addDbOption(command: Command): Command {
  return command.option('--db <path>', 'the SQLite database of the archive', DEFAULT_DB_PATH);
}

/** Opens the archive; readers open it read-only and get a `not-found` error when it is absent. */
export function openArchive(flags: DbFlags, mode: 'read' | 'write'): Store {
  return openStore(flags.db, { readonly: mode === 'read' });
}
