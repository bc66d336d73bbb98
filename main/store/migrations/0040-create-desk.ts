import type { Database } from 'better-sqlite3';

/**
 * The desk: wire destinations with their sequence counters, and the sent log.
 *
 * `sent_log` names its destination and story by value, without foreign keys: it is the record of
 * what left the building, so deleting a destination or emptying the trash must not erase it.
 * `temp_name` is the temporary file a row's file was renamed from; recovery after a crash uses it
 * to finish renames whose row was committed (node/outbox.ts).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE destinations (
      id                 INTEGER PRIMARY KEY,
      name               TEXT NOT NULL COLLATE NOCASE UNIQUE,
      folder             TEXT NOT NULL,
      formats            TEXT NOT NULL,
      file_name_pattern  TEXT NOT NULL DEFAULT '{slug}-{seq}.{ext}',
      next_sequence      INTEGER NOT NULL DEFAULT 1 CHECK (next_sequence >= 1),
      created_at         TEXT NOT NULL
    ) STRICT;

    CREATE TABLE sent_log (
      id               INTEGER PRIMARY KEY,
      story_id         TEXT NOT NULL,
      destination      TEXT NOT NULL COLLATE NOCASE,
      version          INTEGER NOT NULL,
      format           TEXT NOT NULL,
      sequence         INTEGER NOT NULL,
      file_name        TEXT NOT NULL,
      sha256           TEXT NOT NULL,
      sent_at          TEXT NOT NULL,
      kind             TEXT NOT NULL CHECK (kind IN ('send', 'correction', 'kill')),
      correction_note  TEXT,
      temp_name        TEXT UNIQUE
    ) STRICT;

    CREATE INDEX sent_log_by_story ON sent_log (story_id, id);
    CREATE INDEX sent_log_by_destination ON sent_log (destination, id);
    CREATE UNIQUE INDEX sent_log_sequence ON sent_log (destination, sequence);
  `);
}
