import type { Database } from 'better-sqlite3';

/**
 * Reviewer marks on a story's quotes (issue 6). A mark is anchored by content (the quote's words
 * and a little context either side), not by offset, so it is found again after edits; one row per
 * anchor. Marks belong to their story: emptying the trash deletes them with it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE review_marks (
      id           INTEGER PRIMARY KEY,
      story_id     TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
      quote        TEXT NOT NULL,
      before_text  TEXT NOT NULL,
      after_text   TEXT NOT NULL,
      verdict      TEXT NOT NULL CHECK (verdict IN ('verified', 'needs-check', 'not-a-quote')),
      note         TEXT NOT NULL,
      reviewer     TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      UNIQUE (story_id, quote, before_text, after_text)
    ) STRICT;
  `);
}
