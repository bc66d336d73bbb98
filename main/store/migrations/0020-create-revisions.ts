import type { Database } from 'better-sqlite3';

/**
 * Revisions as a chain per story. A row with no parent holds a full snapshot; the others hold
 * a delta against their parent (see revisionDelta.ts), so storage grows with the change.
 * `format` versions the payload encoding so old and new encodings can coexist.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE revisions (
      id             INTEGER PRIMARY KEY,
      story_id       TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      parent_id      INTEGER REFERENCES revisions (id) ON DELETE CASCADE,
      version        INTEGER NOT NULL,
      kind           TEXT NOT NULL,
      status         TEXT NOT NULL,
      created_at     TEXT NOT NULL,
      format         INTEGER NOT NULL,
      payload        TEXT NOT NULL,
      changed_words  INTEGER NOT NULL
    ) STRICT;

    CREATE INDEX revisions_by_story ON revisions (story_id, id);
    CREATE INDEX revisions_by_parent ON revisions (parent_id);
  `);
}
