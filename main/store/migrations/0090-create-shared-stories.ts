import type { Database } from 'better-sqlite3';

/**
 * Stories shared through a newsroom server (issue 21). A shared story is a Yjs document:
 * `state` is what the server has acknowledged storing (empty before the first sync), and
 * `pending_updates` the local edits it has not, in the order they were made, so a server that
 * crashes before storing what it was sent loses nothing: the next sync sends them again.
 * `field_conflicts` keeps both values of a field changed here and on the server while apart,
 * until someone chooses. All belong to their story: emptying the trash deletes them with it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS shared_stories (
      story_id  TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
      state     BLOB NOT NULL
    ) STRICT;

    CREATE TABLE IF NOT EXISTS pending_updates (
      seq       INTEGER PRIMARY KEY,
      story_id  TEXT NOT NULL REFERENCES shared_stories (story_id) ON DELETE CASCADE,
      update_   BLOB NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS pending_updates_by_story ON pending_updates (story_id, seq);

    CREATE TABLE IF NOT EXISTS field_conflicts (
      story_id  TEXT NOT NULL REFERENCES shared_stories (story_id) ON DELETE CASCADE,
      field     TEXT NOT NULL,
      mine      TEXT NOT NULL,
      theirs    TEXT NOT NULL,
      found_at  TEXT NOT NULL,
      PRIMARY KEY (story_id, field)
    ) STRICT;
  `);
}
