// Opening the SQLite ledger safely: a file that is not an entente database, is corrupt, locked or
// read-only gives a clear error and is never reset or overwritten.

import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export class LedgerError extends Error {}

export interface OpenOptions {
  /** Open for queries only (no migrations, no writes). */
  readonly?: boolean;
  /** How long to wait for another writer's lock, ms. */
  busyTimeoutMs?: number;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function checkFile(path: string, readonly: boolean): void {
  if (!existsSync(path)) {
    if (readonly) throw new LedgerError(`${path}: no ledger here yet (run 'entente ingest' first, or pass --db PATH)`);
    try {
      accessSync(dirname(resolve(path)), constants.W_OK);
    } catch {
      throw new LedgerError(`${path}: cannot create the database: its folder is not writable`);
    }
    return;
  }
  const st = statSync(path);
  if (st.isDirectory()) throw new LedgerError(`${path}: is a directory, not a database file`);
  if (st.size > 0) {
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (head.toString('latin1') !== SQLITE_MAGIC) {
      throw new LedgerError(`${path}: not a SQLite database (corrupt, or another kind of file); refusing to overwrite it`);
    }
  }
  if (!readonly) {
    try {
      // File modes are checked as well as access(2): root may write anything, but a file marked
      // read-only is a user's decision that entente respects.
      if ((st.mode & 0o222) === 0) throw new Error('read-only');
      accessSync(path, constants.W_OK);
    } catch {
      throw new LedgerError(`${path}: database file is read-only; use a writable --db path or open it for queries only`);
    }
  }
}

function explain(path: string, e: unknown): LedgerError {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new LedgerError(`${path}: database is locked by another process; try again when it has finished`);
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY')) return new LedgerError(`${path}: database is read-only`);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT')) {
    return new LedgerError(`${path}: database is corrupt (${err.message}); refusing to overwrite it`);
  }
  return new LedgerError(`${path}: ${err.message ?? String(e)}`);
}

/** Open (creating and migrating when writable) the ledger database at `path`. */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const readonly = options.readonly === true;
  checkFile(path, readonly);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: options.busyTimeoutMs ?? 5000 });
  } catch (e) {
    throw explain(path, e);
  }
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a commit is atomic and survives a killed process (only an OS crash may lose the
      // last commits, never corrupt the file). Larger page cache and fewer checkpoints keep ingest
      // speed flat as the ledger grows.
      db.pragma('synchronous = NORMAL');
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (version === 0 && tables > 0) {
      throw new LedgerError(`${path}: an SQLite database that entente did not create; refusing to modify it`);
    }
    if (version > MIGRATIONS.length) {
      throw new LedgerError(`${path}: made by a newer entente (schema ${version} > ${MIGRATIONS.length}); upgrade entente`);
    }
    if (version > 0) {
      const app = db.prepare("SELECT value FROM meta WHERE key = 'app'").get() as { value: string } | undefined;
      if (!app || app.value !== 'entente') throw new LedgerError(`${path}: not an entente ledger; refusing to modify it`);
    }
    if (readonly) {
      if (version === 0) throw new LedgerError(`${path}: empty database, nothing ingested yet`);
      if (version < MIGRATIONS.length) throw new LedgerError(`${path}: schema ${version} is older than ${MIGRATIONS.length}; run 'entente ingest' once to migrate`);
      return db;
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]);
        if (v === 0) db.prepare("INSERT INTO meta (key, value) VALUES ('app', 'entente')").run();
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // A quick integrity probe: a damaged file fails here rather than midway through an ingest.
    db.prepare('SELECT count(*) FROM documents').get();
    return db;
  } catch (e) {
    db.close();
    if (e instanceof LedgerError) throw e;
    throw explain(path, e);
  }
}
