import type { Database } from 'better-sqlite3';

/**
 * The newsroom server counts each story's stores (its revision) and lists them: remembering
 * the revision a shared story was last in step at lets a sync skip every story nobody changed
 * on either side, instead of opening all of them on the server.
 */
export function up(db: Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('shared_stories')").all() as { name: string }[];
  if (!columns.some((column) => column.name === 'server_revision')) {
    db.exec('ALTER TABLE shared_stories ADD COLUMN server_revision INTEGER NOT NULL DEFAULT 0');
  }
}
