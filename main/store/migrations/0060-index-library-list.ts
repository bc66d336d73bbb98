import type { Database } from 'better-sqlite3';

/**
 * Covering indexes for the library list. A stories row holds the body, and the summary columns
 * the list shows sit after it, so reading them from the table walks each body's overflow pages:
 * scrolling a 100k library read gigabytes. These indexes hold every column the list reads, in
 * its order (last change first), so a page never touches the table.
 */
export function up(db: Database): void {
  db.exec(`
    DROP INDEX stories_live_by_update;
    DROP INDEX stories_live_by_status;
    CREATE INDEX stories_list ON stories (updated_at DESC, seq DESC, id, slug, headline, byline, status, version, word_count, deleted_at)
      WHERE deleted_at IS NULL;
    CREATE INDEX stories_list_by_status ON stories (status, updated_at DESC, seq DESC, id, slug, headline, byline, version, word_count, deleted_at)
      WHERE deleted_at IS NULL;
  `);
}
