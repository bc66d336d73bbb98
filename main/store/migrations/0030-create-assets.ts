import type { Database } from 'better-sqlite3';

/**
 * Metadata of the images stories show. The bytes live in the library's asset folder, one file
 * per image named by its SHA-256 (the id), so the same photo added twice is stored once and
 * no image is ever base64 in the database or a story body.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE assets (
      id          TEXT PRIMARY KEY,
      media_type  TEXT NOT NULL,
      bytes       INTEGER NOT NULL,
      name        TEXT NOT NULL,
      created_at  TEXT NOT NULL
    ) STRICT;
  `);
}
