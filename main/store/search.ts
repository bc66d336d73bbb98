import type { SearchHit, SearchResult } from '../../src/api/types';
import type { StoryStatus } from '../../src/story/story';
import type { Db } from './database';
import { queryTerms, snippetOf } from './snippet';
import { rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from './storyRows';

export interface SearchOptions {
  query: string;
  status?: StoryStatus;
  limit: number;
}

/**
 * Above this many matches a query is broad. Ranked FTS5 (bm25) costs grow with the number of
 * matches, and a `rowid` bound does not shorten it (bm25 still reads every match to weigh the
 * terms): ranking `the` on a 100k library takes hundreds of milliseconds. So a broad query is
 * not bm25-ranked: the newest matches are taken (cheap, in rowid order) and those matching in
 * the headline, slug, standfirst or keywords go first.
 */
export const RANK_WINDOW = 500;

/** Snippets cost a pass over each hit's text (long bodies dominate): only the best hits get one. */
export const SNIPPET_HITS = 20;

/** The short, descriptive columns: a match there says more than one deep in the body. */
const HEADLINE_COLUMNS = '{slug headline standfirst keywords}';

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

const HIT_COLUMNS = `s.seq, ${SUMMARY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')}`;

function statusClause(options: SearchOptions): string {
  return options.status ? 'AND s.status = :status' : '';
}

function params(match: string, options: SearchOptions, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { match, limit: options.limit, status: options.status ?? undefined, ...extra };
}

/** bm25 over every match: for queries matching at most RANK_WINDOW stories. */
function rankedHits(db: Db, match: string, options: SearchOptions): HitRow[] {
  return db
    .prepare(
      `SELECT ${HIT_COLUMNS} FROM story_search JOIN stories s ON s.seq = story_search.rowid
        WHERE story_search MATCH :match ${statusClause(options)}
        ORDER BY rank LIMIT :limit`,
    )
    .all(params(match, options)) as HitRow[];
}

/** The newest matches at or above `floor`, newest first; `match` may carry a column filter. */
function recentHits(db: Db, match: string, options: SearchOptions, floor: number, limit: number): HitRow[] {
  return db
    .prepare(
      `SELECT ${HIT_COLUMNS} FROM story_search JOIN stories s ON s.seq = story_search.rowid
        WHERE story_search MATCH :match AND story_search.rowid >= :floor ${statusClause(options)}
        ORDER BY story_search.rowid DESC LIMIT :limit`,
    )
    .all(params(match, options, { floor, limit })) as HitRow[];
}

/** A broad query: headline matches among the newest RANK_WINDOW matches, then the other newest matches. */
function broadHits(db: Db, match: string, options: SearchOptions, floor: number): HitRow[] {
  const leading = recentHits(db, `${HEADLINE_COLUMNS} : (${match})`, options, floor, options.limit);
  if (leading.length >= options.limit) return leading;
  const seen = new Set(leading.map((row) => row.seq));
  const rest = recentHits(db, match, options, 0, options.limit + leading.length).filter((row) => !seen.has(row.seq));
  return [...leading, ...rest].slice(0, options.limit);
}

/** The seq of the RANK_WINDOW-th newest match, or null when the query matches fewer: O(window), not O(matches). */
function windowFloor(db: Db, match: string): number | null {
  const row = db
    .prepare('SELECT rowid AS seq FROM story_search WHERE story_search MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?')
    .get(match, RANK_WINDOW) as { seq: number } | undefined;
  return row ? row.seq : null;
}

/** Snippets for the best hits: from the body, else the standfirst, else the headline. */
function snippets(db: Db, query: string, seqs: number[]): Map<number, string> {
  if (seqs.length === 0) return new Map();
  const terms = queryTerms(query);
  const rows = db
    .prepare(`SELECT rowid AS seq, headline, standfirst, body FROM story_search WHERE rowid IN (${seqs.map(() => '?').join(',')})`)
    .all(...seqs) as { seq: number; headline: string; standfirst: string; body: string }[];
  return new Map(rows.map((row) => [row.seq, snippetOf(row.body, terms) ?? snippetOf(row.standfirst, terms) ?? snippetOf(row.headline, terms) ?? '']));
}

function runSearch(db: Db, match: string, options: SearchOptions): { hits: SearchHit[]; windowed: boolean } {
  const floor = windowFloor(db, match);
  const rows = floor === null ? rankedHits(db, match, options) : broadHits(db, match, options, floor);
  const texts = snippets(db, match, rows.slice(0, SNIPPET_HITS).map((row) => row.seq));
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
