import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs';
import { GalleyError } from '../../src/api/result';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { toStoreError } from './storeErrors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Wait this long for another connection's lock before reporting the library busy. Default 3000 ms. */
  busyTimeoutMs?: number;
  /** Open without writing anything. Default: read-only exactly when the file is not writable. */
  readOnly?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** Refuses a file that is not an SQLite database before SQLite touches it. */
function assertSqliteFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file is a new library
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new GalleyError('io', `${file} is not a Galley library (it is not an SQLite database). It was not changed.`);
    }
  } finally {
    closeSync(fd);
  }
}

function isWritable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens (creating if needed) a library file and brings its schema up to date.
 * A library from a newer Galley, a damaged file or a file that is not a library is refused
 * before anything is written to it. A read-only file opens read-only: browsing works, writes
 * fail with a clear message.
 */
export function openDatabase(file: string, options: OpenOptions = {}): { db: Db; readOnly: boolean } {
  const exists = file !== ':memory:' && existsSync(file);
  if (exists) assertSqliteFile(file);
  const readOnly = exists && (options.readOnly ?? !isWritable(file));
  let db: Db;
  try {
    db = new Database(file, { readonly: readOnly, fileMustExist: readOnly });
  } catch (error) {
    throw toStoreError(error);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 3000}`);
    // Read the schema version before any pragma that writes (journal_mode does).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) {
      throw new GalleyError(
        'io',
        `This library was written by a newer version of Galley (schema ${version}; this Galley knows up to ${LATEST_SCHEMA_VERSION}). Update Galley to open it. The file was not changed.`,
      );
    }
    if (readOnly) {
      if (version < LATEST_SCHEMA_VERSION) {
        throw new GalleyError('io', `${file} is read-only and needs an upgrade to this version of Galley. Make it writable and open it again.`);
      }
    } else {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a power cut may lose the last transaction but never corrupts the file.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') throw new GalleyError('io', `The library file is damaged (${String(check)}). Galley stopped before changing it; restore it from a backup.`);
    if (!readOnly) migrate(db, version);
    return { db, readOnly };
  } catch (error) {
    db.close();
    throw toStoreError(error);
  }
}

/** Runs every migration newer than `from`, each in its own transaction with user_version. */
function migrate(db: Db, from: number): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
