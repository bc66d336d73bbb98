import type { SearchResult } from '../../src/api/types';
import type { StoryStatus } from '../../src/story/story';
import type { Db } from './database';
import { queryTerms, snippetOf } from './snippet';
import { statement } from './statements';
import { rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from './storyRows';

export interface SearchOptions {
  query: string;
  status?: StoryStatus;
  limit: number;
}

/**
 * Above this many matches a query is broad. Ranked FTS5 (bm25) costs grow with the number of
 * matches, and a `rowid` bound does not shorten it (bm25 still reads every match to weigh the
 * terms): ranking `the` on a 100k library takes hundreds of milliseconds, and even 200-500
 * matches cost 7-10 ms. So a broad query is not bm25-ranked: the newest matches are taken
 * (cheap, in rowid order) and those matching in the headline, slug, standfirst or keywords go
 * first. 200 rather than 500: phrase matching scans the window twice, and a window of 500 put
 * phrase searches over the 10 ms budget on a 100k library (docs/benchmarks.md).
 */
export const RANK_WINDOW = 200;

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
  statement(
    db,
    'INSERT INTO story_search (rowid, slug, headline, standfirst, byline, keywords, body) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(seq, doc.slug, doc.headline, doc.standfirst, doc.byline, doc.keywords, doc.body);
}

export function unindexStory(db: Db, seq: number): void {
  statement(db, 'DELETE FROM story_search WHERE rowid = ?').run(seq);
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

/** With a status filter, a match counts only when its story has that status. */
function statusJoin(options: SearchOptions): string {
  return options.status ? 'JOIN stories s ON s.seq = story_search.rowid AND s.status = :status' : '';
}

/** bm25 over every match: for queries matching at most RANK_WINDOW stories. */
function rankedHits(db: Db, match: string, options: SearchOptions): HitRow[] {
  return statement(
    db,
    `SELECT ${HIT_COLUMNS} FROM story_search JOIN stories s ON s.seq = story_search.rowid
      WHERE story_search MATCH :match ${options.status ? 'AND s.status = :status' : ''}
      ORDER BY rank LIMIT :limit`,
  ).all({ match, limit: options.limit, status: options.status }) as HitRow[];
}

/**
 * The seqs of the newest matches at or above `floor`, newest first; `match` may carry a column
 * filter. Only rowids: the summaries are read once, for the hits kept (summaryRows).
 */
function recentSeqs(db: Db, match: string, options: SearchOptions, floor: number, limit: number): number[] {
  return statement(
    db,
    `SELECT story_search.rowid AS seq FROM story_search ${statusJoin(options)}
      WHERE story_search MATCH :match AND story_search.rowid >= :floor
      ORDER BY story_search.rowid DESC LIMIT :limit`,
  )
    .pluck()
    .all({ match, floor, limit, status: options.status }) as number[];
}

/** Summaries of the given stories, in the given order. */
function summaryRows(db: Db, seqs: readonly number[]): HitRow[] {
  const rows = statement(db, `SELECT seq, ${SUMMARY_COLUMNS} FROM stories WHERE seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as HitRow[];
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

/**
 * A broad query: headline matches among the newest RANK_WINDOW matches, then the other newest
 * matches. `newest` holds the newest RANK_WINDOW + 1 matches, newest first.
 */
function broadHits(db: Db, match: string, options: SearchOptions, newest: readonly number[]): HitRow[] {
  const window = newest.slice(0, RANK_WINDOW);
  const floor = window[window.length - 1];
  const relaxed = wordsOfPhrases(match);
  const inWindow = new Set(window);
  // The relaxed query also finds stories that do not match at all: keep those of the window.
  const leading = relaxed
    ? recentSeqs(db, `${HEADLINE_COLUMNS} : (${relaxed})`, options, floor, RANK_WINDOW).filter((seq) => inWindow.has(seq)).slice(0, options.limit)
    : recentSeqs(db, `${HEADLINE_COLUMNS} : (${match})`, options, floor, options.limit);
  const seen = new Set(leading);
  return summaryRows(db, [...leading, ...window.filter((seq) => !seen.has(seq))].slice(0, options.limit));
}

/**
 * For a query of words and phrases only (`"Ana Ruiz"`, `"grain deal" Odesa`): every word, ANDed,
 * instead of the phrases; otherwise null. Only for choosing which window matches lead: FTS5
 * matches a phrase inside a column filter by reading the phrase's positions in every story
 * holding its words anywhere (the body too), which cost 3-10 ms over a window of 200, while
 * "all the words in the headline columns" costs a tenth of a millisecond. The matches
 * themselves are still exactly the query's.
 */
function wordsOfPhrases(match: string): string | null {
  if (!match.includes('"')) return null;
  const outside = match.replace(/"[^"]*"/g, ' ');
  if (outside.includes('"') || !/^[\p{L}\p{N}_*\s]*$/u.test(outside) || /\b(AND|OR|NOT|NEAR)\b/.test(outside)) return null;
  const terms = queryTerms(match);
  return terms.length ? terms.map((term) => `"${term.text}"${term.prefix ? '*' : ''}`).join(' AND ') : null;
}

/** Snippets for the best hits: from the body, else the standfirst, else the headline. */
function snippets(db: Db, query: string, seqs: number[]): Map<number, string> {
  if (seqs.length === 0) return new Map();
  const terms = queryTerms(query);
  const rows = statement(db, 'SELECT rowid AS seq, headline, standfirst, body FROM story_search WHERE rowid IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(seqs),
  ) as { seq: number; headline: string; standfirst: string; body: string }[];
  return new Map(rows.map((row) => [row.seq, snippetOf(row.body, terms) ?? snippetOf(row.standfirst, terms) ?? snippetOf(row.headline, terms) ?? '']));
}

function runSearch(db: Db, match: string, options: SearchOptions): Omit<SearchResult, 'fallback'> {
  // One pass over the newest matches decides the strategy and, for a broad query, is its window:
  // O(window), never O(matches). Counting every match exactly would cost as much as ranking it.
  const newest = recentSeqs(db, match, options, 0, RANK_WINDOW + 1);
  const windowed = newest.length > RANK_WINDOW;
  const rows = windowed ? broadHits(db, match, options, newest) : rankedHits(db, match, options);
  const texts = snippets(db, match, rows.slice(0, SNIPPET_HITS).map((row) => row.seq));
  return {
    hits: rows.map((row) => ({ ...rowToSummary(row), snippet: texts.get(row.seq) ?? '' })),
    total: windowed ? RANK_WINDOW : newest.length,
    windowed,
  };
}

/**
 * Full-text search, best first (bm25, headline and slug weighted up), with highlighted snippets.
 * The query is FTS5 syntax (prefix*, "phrases", OR, NOT); a query that is not valid FTS5 is a
 * typo, not an error, and is searched as a plain phrase instead.
 */
export function searchStories(db: Db, options: SearchOptions): SearchResult {
  // SQLite reads a query only up to a NUL: one pasted in (from a binary clipboard) cut the query
  // short and broke the plain-phrase fallback's quotes, and the search failed as an io error.
  const query = options.query.replaceAll('\0', ' ').trim();
  if (!query) return { hits: [], total: 0, fallback: false, windowed: false };
  try {
    return { ...runSearch(db, query, options), fallback: false };
  } catch (error) {
    if (!isFtsSyntaxError(error)) throw error;
  }
  return { ...runSearch(db, asPhrase(query), options), fallback: true };
}
