import type { SearchHit, SearchResult } from '../../src/api/types';
import type { StoryStatus } from '../../src/story/story';
import type { Db } from './database';
import { rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from './storyRows';

export interface SearchOptions {
  query: string;
  status?: StoryStatus;
  limit: number;
}

/**
 * How many of the newest matches a broad query ranks. Ranked FTS5 costs grow with the number of
 * matches (a common word matches most of a 100k library: 33-74 ms); ranking only the newest
 * window keeps every query fast and still puts the best of the recent stories first.
 */
export const RANK_WINDOW = 2_000;

/** Text the search index holds for a story; the body is its derived plain text. */
export interface SearchDocument {
  slug: string;
  headline: string;
  standfirst: string;
  byline: string;
  keywords: string;
  body: string;
}

export function indexStory(db: Db, seq: number, doc: SearchDocument): void {
  unindexStory(db, seq);
  db.prepare(
    'INSERT INTO story_search (rowid, slug, headline, standfirst, byline, keywords, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(seq, doc.slug, doc.headline, doc.standfirst, doc.byline, doc.keywords, doc.body);
}

export function unindexStory(db: Db, seq: number): void {
  db.prepare('DELETE FROM story_search WHERE rowid = ?').run(seq);
}

/** A plain phrase: what a query with FTS syntax errors is searched as. */
export function asPhrase(query: string): string {
  return `"${query.replace(/"/g, '""')}"`;
}

function isFtsSyntaxError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /fts5|syntax error|unterminated|no such column|unknown special query/i.test(message);
}

type HitRow = SummaryRow & { seq: number };

function rankedHits(db: Db, match: string, options: SearchOptions, floorSeq: number | null): HitRow[] {
  const statusClause = options.status ? 'AND s.status = :status' : '';
  const floorClause = floorSeq === null ? '' : 'AND story_search.rowid >= :floor';
  return db
    .prepare(
      `SELECT s.seq, ${SUMMARY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}
         FROM story_search JOIN stories s ON s.seq = story_search.rowid
        WHERE story_search MATCH :match ${floorClause} ${statusClause}
        ORDER BY rank LIMIT :limit`,
    )
    .all({ match, limit: options.limit, floor: floorSeq ?? undefined, status: options.status ?? undefined } as Record<string, unknown>) as HitRow[];
}

/** The seq below which matches fall outside the ranking window, or null if all of them fit. */
function windowFloor(db: Db, match: string): number | null {
  const row = db
    .prepare('SELECT rowid AS seq FROM story_search WHERE story_search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .get(match, RANK_WINDOW) as { seq: number } | undefined;
  return row ? row.seq + 1 : null;
}

function snippets(db: Db, match: string, seqs: number[]): Map<number, string> {
  if (seqs.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT rowid AS seq, snippet(story_search, -1, '[[', ']]', '…', 16) AS snippet
         FROM story_search WHERE story_search MATCH ? AND rowid IN (${seqs.map(() => '?').join(',')})`,
    )
    .all(match, ...seqs) as { seq: number; snippet: string }[];
  return new Map(rows.map((row) => [row.seq, row.snippet]));
}

function runSearch(db: Db, match: string, options: SearchOptions): { hits: SearchHit[]; windowed: boolean } {
  const floor = windowFloor(db, match);
  const rows = rankedHits(db, match, options, floor);
  const texts = snippets(db, match, rows.map((row) => row.seq));
  return {
    hits: rows.map((row) => ({ ...rowToSummary(row), snippet: texts.get(row.seq) ?? '' })),
    windowed: floor !== null,
  };
}

/**
 * Full-text search, best first (bm25, headline and slug weighted up), with highlighted snippets.
 * The query is FTS5 syntax (prefix*, "phrases", OR, NOT); a query that is not valid FTS5 is a
 * typo, not an error, and is searched as a plain phrase instead.
 */
export function searchStories(db: Db, options: SearchOptions): SearchResult {
  const query = options.query.trim();
  if (!query) return { hits: [], fallback: false, windowed: false };
  try {
    return { ...runSearch(db, query, options), fallback: false };
  } catch (error) {
    if (!isFtsSyntaxError(error)) throw error;
  }
  return { ...runSearch(db, asPhrase(query), options), fallback: true };
}
