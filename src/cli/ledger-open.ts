// Opening the ledger read-only for query commands, with a clear error.

import { openLedger, LedgerError, DEFAULT_DB, type LedgerStore } from '../ledger/index.js';

export function withLedger(dbPath: string | undefined, body: (store: LedgerStore) => number): number {
  let store: LedgerStore;
  try {
    store = openLedger(dbPath ?? DEFAULT_DB, { readonly: true });
  } catch (e) {
    if (e instanceof LedgerError) {
      process.stderr.write(`entente: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    return body(store);
  } finally {
    store.close();
  }
}
