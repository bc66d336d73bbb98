import type { Database } from 'better-sqlite3';

const OLD_CHECK = "CHECK (status IN ('draft', 'edited', 'ready', 'sent', 'killed'))";
const NEW_CHECK = "CHECK (status IN ('draft', 'edited', 'ready', 'sent', 'corrected', 'killed'))";

/**
 * The status `corrected` (issue 23): a story whose correction went out. SQLite cannot alter a
 * CHECK constraint, and rebuilding `stories` would cascade-delete its revisions and review marks
 * (foreign keys are on, and cannot be turned off inside the migration's transaction). A looser
 * CHECK changes nothing on disk, so this edits the table's definition in place: the procedure
 * SQLite's ALTER TABLE page gives for constraint changes (writable_schema, then a new
 * schema_version so every connection re-reads it). The count of live stories gets its row.
 */
export function up(db: Database): void {
  const { sql } = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'stories'").get() as { sql: string };
  if (!sql.includes(NEW_CHECK)) allowCorrected(db, sql);
  db.exec(
    `INSERT INTO story_counts (status, live)
       SELECT 'corrected', count(*) FROM stories WHERE deleted_at IS NULL AND status = 'corrected'
       ON CONFLICT (status) DO NOTHING`,
  );
}

function allowCorrected(db: Database, sql: string): void {
  if (!sql.includes(OLD_CHECK)) throw new Error('The stories table does not have the status check this migration expects.');
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  // Defensive mode forbids writing sqlite_schema; lifted only for this one statement.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'stories'").run(sql.replace(OLD_CHECK, NEW_CHECK));
    db.pragma(`schema_version = ${schemaVersion + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
  const check = db.pragma('integrity_check(1)', { simple: true });
  if (check !== 'ok') throw new Error(`The library failed its integrity check after allowing the corrected status: ${String(check)}`);
}
