import { useEffect, useRef, useState } from 'react';
import type { SearchHit, StorySummary } from '../../src/api/types';
import type { StoryStatus } from '../../src/story/story';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';
import { Notice } from '../common/Notice';
import { StatusSelect } from '../common/StatusSelect';
import { LibraryDeskBar } from '../desk/LibraryDeskBar';
import { FileDropZone } from '../import/FileDropZone';
import { LibraryImportActions } from '../import/LibraryImportActions';
import { Snippet } from './Snippet';

interface LibraryViewProps {
  onOpen(id: string): void;
  onNew(): void;
  /** Opens the import file chooser (File › Import). */
  onImport(): void;
  /** Files dropped on the library, to import. */
  onDropFiles(files: File[]): void;
  onShowTrash(): void;
}

const PAGE_SIZE = 100;
/** Search as the user types, once they pause this long. */
const SEARCH_DELAY_MS = 200;

type Row = StorySummary & { snippet?: string };

/** "3 matches", "120 matches, the best 50 shown", "200+ matches, the best 50 shown" (not all counted). */
function matchCount(total: number, shown: number, windowed: boolean): string {
  const count = `${total}${windowed ? '+' : ''} ${total === 1 && !windowed ? 'match' : 'matches'}`;
  return shown < total || windowed ? `${count}, the best ${shown} shown` : count;
}

/** Every story in the library, newest change first; full-text search and a status filter. */
export function LibraryView({ onOpen, onNew, onImport, onDropFiles, onShowTrash }: LibraryViewProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StoryStatus | ''>('');
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  /** Where the next page of the list starts (the store's cursor); null at the end or while searching. */
  const [next, setNext] = useState<string | null>(null);
  const [fallback, setFallback] = useState(false);
  const [windowed, setWindowed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  /** Checked rows, for Send selected. */
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** Bumped after a send, so the list shows the new statuses. */
  const [reloads, setReloads] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = window.setTimeout(
      async () => {
        try {
          const filter = status || undefined;
          if (query.trim()) {
            const result = await call('searchStories', { query, status: filter });
            if (cancelled) return;
            setRows(result.hits as SearchHit[]);
            setTotal(result.total);
            setNext(null);
            setFallback(result.fallback);
            setWindowed(result.windowed);
          } else {
            const page = await call('listStories', { status: filter, limit: PAGE_SIZE });
            if (cancelled) return;
            setRows(page.stories);
            setTotal(page.total);
            setNext(page.next);
            setFallback(false);
            setWindowed(false);
          }
          setError(null);
        } catch (failure) {
          if (!cancelled) setError(errorMessage(failure));
        } finally {
          if (!cancelled) setLoaded(true);
        }
      },
      query ? SEARCH_DELAY_MS : 0,
    );
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [query, status, reloads]);

  useEffect(() => {
    const focusSearch = () => searchBox.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        focusSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = window.galley.onMenuCommand((command) => command === 'find' && focusSearch());
    document.title = 'Library — Galley';
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, []);

  // Each page starts after the last story shown (keyset paging), so the last page of a 100k
  // library loads as fast as the first, and a story saved meanwhile is neither shown twice nor skipped.
  const loadingMore = useRef(false);
  const loadMore = async () => {
    // A second click before the page arrives would ask for the same page again.
    if (!next || loadingMore.current) return;
    loadingMore.current = true;
    try {
      const page = await call('listStories', { status: status || undefined, limit: PAGE_SIZE, after: next });
      setRows((current) => [...current, ...page.stories]);
      setTotal(page.total);
      setNext(page.next);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      loadingMore.current = false;
    }
  };

  return (
    <main className="library" aria-label="Library">
      <header className="toolbar">
        <h1 className="app-title">Library</h1>
        <input
          ref={searchBox}
          className="search"
          type="search"
          placeholder="Search stories (Ctrl+F)"
          aria-label="Search stories"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="inline-label">
          Status
          <StatusSelect label="Filter by status" value={status} onChange={setStatus} allowAll />
        </label>
        <button type="button" className="primary" onClick={onNew} title="New story (Ctrl+N)">
          New story
        </button>
        <button type="button" onClick={onShowTrash}>
          Trash
        </button>
        <LibraryImportActions onImport={onImport} onOpen={onOpen} />
        <LibraryDeskBar
          selected={rows.filter((r) => selected.has(r.id))}
          onSent={() => {
            setSelected(new Set());
            setReloads((n) => n + 1);
          }}
        />
      </header>
      <FileDropZone onFiles={onDropFiles} />
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      {fallback && <Notice tone="info" message="That search had special characters Galley could not read as a query, so it was searched as a plain phrase." />}
      {windowed && <Notice tone="info" message="Many stories match: showing the best among the most recent. Add words to narrow the search." />}
      <p className="count" aria-live="polite">
        {loaded && (query.trim() ? matchCount(total, rows.length, windowed) : `${total} ${total === 1 ? 'story' : 'stories'}`)}
      </p>
      <table className="story-table">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={rows.length > 0 && rows.every((r) => selected.has(r.id))}
                onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
              />
            </th>
            <th scope="col">Slug</th>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Byline</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="story-row" data-story-id={row.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${row.slug || row.headline || 'untitled story'}`}
                  checked={selected.has(row.id)}
                  onChange={(e) =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (e.target.checked) next.add(row.id);
                      else next.delete(row.id);
                      return next;
                    })
                  }
                />
              </td>
              <td className="slug">{row.slug || '—'}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(row.id)}>
                  {row.headline || 'Untitled story'}
                </button>
                {row.snippet && <Snippet text={row.snippet} />}
              </td>
              <td>
                <span className={`status status-${row.status}`}>{row.status}</span>
              </td>
              <td>{row.byline}</td>
              <td>
                <time dateTime={row.updatedAt}>{formatChangeTime(row.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loaded && rows.length === 0 && <p className="empty">{query.trim() ? 'No story matches that search.' : 'No stories yet. Press New story to write one.'}</p>}
      {!query.trim() && next && (
        <button type="button" className="load-more" onClick={loadMore}>
          Show more ({Math.max(total - rows.length, 1)} more)
        </button>
      )}
    </main>
  );
}
