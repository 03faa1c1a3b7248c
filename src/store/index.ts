/** The store: open one with `openStore`; the `Store` interface is what the rest of wiretrace uses. */
export type * from './store.js';
export type * from './trace-index.js';
export { openSqliteStore as openStore, DEFAULT_DB_PATH } from './sqlite/store.js';
export { contentHash, rawHash } from './content-hash.js';
