// Opening a ledger by location: a file path is the embedded SQLite store (the default ./entente.db).
// Other backends plug in here behind the same LedgerStore interface.

import type { LedgerStore } from './store.js';
import { SqliteStore } from './sqlite/store.js';
import { LedgerError } from './sqlite/open.js';

export const DEFAULT_DB = 'entente.db';

export function openLedger(location: string = DEFAULT_DB, options: { readonly?: boolean } = {}): LedgerStore {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new LedgerError(`${location}: the PostgreSQL backend is not available in this version; use a SQLite file path`);
  }
  return new SqliteStore(location, options);
}

export { LedgerError };
export type { LedgerStore } from './store.js';
