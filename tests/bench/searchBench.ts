import Database from 'better-sqlite3';
import type { SearchResult } from '../../src/api/types';
import { dispatch } from '../../main/services/dispatch';
import type { ServiceHandlers } from '../../main/services/services';
import { SUMMARY_COLUMNS } from '../../main/store/storyRows';
import { figure, timeCalls, type Figure } from './measure';
import { QUERIES } from './newsText';

const RUNS = 15;
/** Broad queries take seconds each on a loaded machine: fewer runs keep the whole bench within minutes. */
const BROAD_RUNS = 6;
const LIMIT = 50;

/**
 * The floor: the same FTS5 match, ranked and with snippets, in one plain query on a raw
 * better-sqlite3 handle in this thread: no worker hop, no validation, no ranking window.
 */
function rawSearch(db: Database.Database) {
  const columns = SUMMARY_COLUMNS.split(', ').map((c) => `s.${c}`).join(', ');
  const statement = db.prepare(
    `SELECT ${columns}, snippet(story_search, -1, '[[', ']]', '…', 16) AS snippet
       FROM story_search JOIN stories s ON s.seq = story_search.rowid
      WHERE story_search MATCH ? ORDER BY rank LIMIT ${LIMIT}`,
  );
  return (query: string) => statement.all(query) as { id: string }[];
}

async function search(services: ServiceHandlers, query: string): Promise<SearchResult> {
  const result = await dispatch(services, 'searchStories', { query, limit: LIMIT });
  if (!result.ok) throw new Error(`searchStories(${query}): ${result.error.message}`);
  return result.value as SearchResult;
}

/** Search figures: the 44 targeted queries together, the broad ones together, and each query alone. */
export async function benchSearch(services: ServiceHandlers, file: string): Promise<{ figures: Figure[]; perQuery: unknown[] }> {
  const raw = new Database(file, { readonly: true });
  const rawQuery = rawSearch(raw);
  const perQuery = [];
  const pooled = { targeted: { ours: [] as number[], raw: [] as number[] }, broad: { ours: [] as number[], raw: [] as number[] } };
  try {
    for (const { query, kind } of QUERIES) {
      const ours = await timeCalls(() => search(services, query), kind === 'broad' ? BROAD_RUNS : RUNS, 1);
      const floor = await timeCalls(() => rawQuery(query), kind === 'broad' ? 3 : RUNS, 1);
      const result = await search(services, query);
      const best = rawQuery(query).slice(0, 10).map((row) => row.id);
      const found = new Set(result.hits.slice(0, 10).map((hit) => hit.id));
      const pool = kind === 'broad' ? pooled.broad : pooled.targeted;
      pool.ours.push(...ours);
      pool.raw.push(...floor);
      perQuery.push({
        query,
        kind,
        hits: result.hits.length,
        /** Matches counted; with `windowed`, at least this many. */
        total: result.total,
        windowed: result.windowed,
        ...figureNumbers(figure('search', query, ours, { floor: { name: 'raw FTS5', samples: floor } })),
        /** Share of the unwindowed top 10 that Galley's top 10 also holds. */
        top10Overlap: best.length ? best.filter((id) => found.has(id)).length / best.length : 1,
      });
    }
  } finally {
    raw.close();
  }
  return {
    figures: [
      figure('search', `targeted queries (${QUERIES.length - 6}: names, places, phrases, prefixes)`, pooled.targeted.ours, {
        floor: { name: 'raw FTS5', samples: pooled.targeted.raw },
        target: { text: 'p95 <= 10 ms and <= 2x raw', met: (f) => f.p95 <= 10 && (f.ratio ?? Infinity) <= 2 },
      }),
      figure('search', 'broad queries (the, said, government, mi*, pr*, co*)', pooled.broad.ours, {
        floor: { name: 'raw FTS5', samples: pooled.broad.raw },
        target: { text: 'p95 < 50 ms', met: (f) => f.p95 < 50 },
      }),
    ],
    perQuery,
  };
}

function figureNumbers(f: Figure) {
  return { median: f.median, p95: f.p95, rawMedian: f.floor?.median, rawP95: f.floor?.p95, ratio: f.ratio };
}
