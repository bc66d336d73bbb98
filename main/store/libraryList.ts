import type { StoryPage } from '../../src/api/types';
import { GalleyError } from '../../src/api/result';
import type { StoryStatus } from '../../src/story/story';
import type { Db } from './database';
import { statement } from './statements';
import { rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from './storyRows';

export interface ListOptions {
  status?: StoryStatus;
  limit: number;
  /** The `next` of the previous page: the list goes on after that story. */
  after?: string;
}

/** Where a page ended: the last story's last change and seq, the list's sort key. */
interface ListPosition {
  updatedAt: string;
  seq: number;
}

function encodeCursor(position: ListPosition): string {
  return `${position.seq}@${position.updatedAt}`;
}

function decodeCursor(cursor: string): ListPosition {
  const match = /^(\d{1,16})@(.{1,40})$/.exec(cursor);
  if (!match) throw new GalleyError('invalid-input', 'That list position is not one Galley gave out; start the list again.');
  return { seq: Number(match[1]), updatedAt: match[2] };
}

/**
 * One page of live stories, last change first. Keyset paging: a page starts after the previous
 * page's last (updated_at, seq), a range seek in the covering index of migration 0060, so the
 * last page of 100k stories costs what the first does (OFFSET read and dropped every row before
 * it: 600 ms at the end). A story changed meanwhile moves to the top instead of shifting every
 * later page by one, so paging neither repeats nor skips the others.
 */
export function listStories(db: Db, options: ListOptions): StoryPage {
  const position = options.after === undefined ? null : decodeCursor(options.after);
  const where = [
    'deleted_at IS NULL',
    options.status ? 'status = :status' : '',
    position ? '(updated_at, seq) < (:updatedAt, :seq)' : '',
  ].filter(Boolean);
  // One row more than asked says whether there is a next page, without counting.
  const rows = statement(
    db,
    `SELECT seq, ${SUMMARY_COLUMNS} FROM stories WHERE ${where.join(' AND ')}
      ORDER BY updated_at DESC, seq DESC LIMIT :limit`,
  ).all({ status: options.status, ...position, limit: options.limit + 1 }) as (SummaryRow & { seq: number })[];
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    stories: page.map(rowToSummary),
    total: countLiveStories(db, options.status),
    next: rows.length > options.limit && last ? encodeCursor({ updatedAt: last.updated_at, seq: last.seq }) : null,
  };
}

/** Live stories, of one status or all: kept by triggers (migration 0070), so never a count(*). */
export function countLiveStories(db: Db, status?: StoryStatus): number {
  const sql = status ? 'SELECT live FROM story_counts WHERE status = ?' : 'SELECT sum(live) FROM story_counts';
  return (statement(db, sql).pluck().get(...(status ? [status] : [])) as number | null) ?? 0;
}
