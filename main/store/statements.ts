import type { Statement } from 'better-sqlite3';
import type { Db } from './database';

const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on `db`, prepared once. Compiling a statement costs tens of
 * microseconds to a millisecond (FTS5 queries, wide joins): on the hot read paths (search, the
 * library list) that was a sizeable share of a call. Only for SQL built from a fixed set of
 * fragments, never from values: the cache keeps every distinct text for the connection's life.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let prepared = statements.get(sql);
  if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
