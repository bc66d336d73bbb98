import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import type { SearchHit, StorySummary } from '../../src/api/types';
import { describePresence, type Presence } from '../../src/newsroom/presence';
import type { StoryStatus } from '../../src/story/story';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';
import { isTextEntry } from '../common/isTextEntry';
import { Notice } from '../common/Notice';
import { StatusSelect } from '../common/StatusSelect';
import { LibraryDeskBar } from '../desk/LibraryDeskBar';
import { FileDropZone } from '../import/FileDropZone';
import { LibraryImportActions } from '../import/LibraryImportActions';
import { SelectionBar } from './SelectionBar';
import { clickRow, NO_SELECTION, selectAll, type ClickKeys, type Selection } from './selection';
import { Snippet } from './Snippet';
import { useSelectionActions, type BatchReport } from './useSelectionActions';

/** The search and the status filter: kept by the app, so they are still set when the user comes back from a story. */
export interface LibraryFilter {
  query: string;
  status: StoryStatus | '';
}

export const NO_FILTER: LibraryFilter = { query: '', status: '' };

interface LibraryViewProps {
  filter: LibraryFilter;
  onFilterChange(filter: LibraryFilter): void;
  onOpen(id: string): void;
  onNew(): void;
  /** Opens the import file chooser (File › Import). */
  onImport(): void;
  /** Files dropped on the library, to import. */
  onDropFiles(files: File[]): void;
  onShowTrash(): void;
  /** Who is in which story, at other desktops of the newsroom. */
  presence: readonly Presence[];
  /** Moves when a sync brought stories in or changed them: the list is read again, in place. */
  reloadKey: number;
}

const PAGE_SIZE = 100;
/** Search as the user types, once they pause this long. */
const SEARCH_DELAY_MS = 200;

type Row = StorySummary & { snippet?: string };

/** How a batch's summary names a story. */
const nameOf = (row: Row) => row.slug || row.headline || 'Untitled story';

/** Ctrl/Cmd toggles one row, Shift takes the range: a file manager's clicks. */
const clickKeys = (event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): ClickKeys => ({ toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });

/** "3 matches", "120 matches, the best 50 shown", "200+ matches, the best 50 shown" (not all counted). */
function matchCount(total: number, shown: number, windowed: boolean): string {
  const count = `${total}${windowed ? '+' : ''} ${total === 1 && !windowed ? 'match' : 'matches'}`;
  return shown < total || windowed ? `${count}, the best ${shown} shown` : count;
}

/** Every story in the library, newest change first; full-text search and a status filter. */
export function LibraryView({ filter, onFilterChange, onOpen, onNew, onImport, onDropFiles, onShowTrash, presence, reloadKey }: LibraryViewProps) {
  const { query, status } = filter;
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  /** Where the next page of the list starts (the store's cursor); null at the end or while searching. */
  const [next, setNext] = useState<string | null>(null);
  const [fallback, setFallback] = useState(false);
  const [windowed, setWindowed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  /** What the last batch on the selection did. */
  const [report, setReport] = useState<BatchReport | null>(null);
  /** Bumped after a batch, so the list shows the new statuses and loses what went to the trash. */
  const [reloads, setReloads] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);

  const order = rows.map((row) => row.id);
  const peopleIn = useMemo(() => {
    const names = new Map<string, string[]>();
    for (const { storyId, name } of presence) names.set(storyId, [...(names.get(storyId) ?? []), name]);
    return names;
  }, [presence]);
  const chosen = rows.filter((row) => selection.ids.has(row.id)).map((row) => ({ id: row.id, name: nameOf(row), status: row.status }));
  const actions = useSelectionActions(
    useCallback((done: BatchReport) => {
      setReport(done);
      // What went to the trash is no longer there to be selected; what stayed stays selected.
      const gone = new Set(done.trashed?.map((item) => item.id));
      setSelection((current) => ({ ids: new Set([...current.ids].filter((id) => !gone.has(id))), anchor: current.anchor && !gone.has(current.anchor) ? current.anchor : null }));
      setReloads((n) => n + 1);
    }, []),
  );
  const trashSelection = () => {
    if (chosen.length && !actions.progress) void actions.trash(chosen);
  };

  // The page's keys for the selection, read through a ref so the listener sees the current rows.
  const keys = useRef({ selectAll: () => {}, trash: () => {}, clear: () => {} });
  keys.current = {
    selectAll: () => setSelection((current) => selectAll(order, current)),
    trash: trashSelection,
    clear: () => setSelection(NO_SELECTION),
  };

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
  }, [query, status, reloads, reloadKey]);

  useEffect(() => {
    const focusSearch = () => searchBox.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        focusSearch();
        return;
      }
      // A dialog and a field being typed in keep their own keys (Ctrl/Cmd+A selects the search's text).
      if (isTextEntry(event.target) || (event.target instanceof Element && event.target.closest('dialog'))) return;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        keys.current.selectAll();
      } else if (event.key === 'Delete' && !mod && !event.shiftKey && !event.altKey) {
        event.preventDefault();
        keys.current.trash();
      } else if (event.key === 'Escape') {
        keys.current.clear();
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

  const click = (id: string, event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) => setSelection((current) => clickRow(current, order, id, clickKeys(event)));

  /** Arrow keys move between rows, to the same control; with Shift they take the range from the anchor. */
  const onTableKey = (event: ReactKeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const control = event.target instanceof HTMLElement ? event.target : null;
    const row = control?.closest<HTMLTableRowElement>('tr.story-row');
    const next = (event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling) as HTMLTableRowElement | null | undefined;
    if (!control || !row || !next) return;
    event.preventDefault();
    const kind = control.matches('input[type="checkbox"]') ? 'input[type="checkbox"]' : 'button';
    next.querySelector<HTMLElement>(kind)?.focus();
    const from = row.dataset.storyId!;
    const to = next.dataset.storyId!;
    if (event.shiftKey) setSelection((current) => clickRow(current.anchor ? current : { ids: current.ids, anchor: from }, order, to, { toggle: false, range: true }));
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
          onChange={(event) => onFilterChange({ ...filter, query: event.target.value })}
        />
        <label className="inline-label">
          Status
          <StatusSelect label="Filter by status" value={status} onChange={(next) => onFilterChange({ ...filter, status: next })} allowAll />
        </label>
        <button type="button" className="primary" onClick={onNew} title="New story (Ctrl+N)">
          New story
        </button>
        <button type="button" onClick={onShowTrash}>
          Trash
        </button>
        <LibraryImportActions onImport={onImport} onOpen={onOpen} />
        <LibraryDeskBar />
      </header>
      <SelectionBar
        selected={chosen}
        progress={actions.progress}
        onTrash={trashSelection}
        onSetStatus={(to) => void actions.setStatus(chosen, to)}
        onCancel={actions.cancel}
        onClear={() => setSelection(NO_SELECTION)}
        onSent={() => setReloads((n) => n + 1)}
      />
      <FileDropZone onFiles={onDropFiles} />
      {report && (
        <Notice tone={report.refusals.length ? 'warning' : 'info'} message={report.summary} onDismiss={() => setReport(null)}>
          {report.refusals.length > 0 && (
            <ul className="batch-refusals" aria-label="Refused">
              {report.refusals.map((refusal) => (
                <li key={refusal.id}>{refusal.text}</li>
              ))}
            </ul>
          )}
          {!!report.trashed?.length && (
            <button type="button" disabled={!!actions.progress} onClick={() => void actions.restore(report.trashed!)}>
              Undo
            </button>
          )}
        </Notice>
      )}
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      {fallback && <Notice tone="info" message="That search had special characters Galley could not read as a query, so it was searched as a plain phrase." />}
      {windowed && <Notice tone="info" message="Many stories match: showing the best among the most recent. Add words to narrow the search." />}
      <p className="count" aria-live="polite">
        {loaded && (query.trim() ? matchCount(total, rows.length, windowed) : `${total} ${total === 1 ? 'story' : 'stories'}`)}
      </p>
      <table className="story-table" role="grid" aria-multiselectable="true" aria-label="Stories">
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={rows.length > 0 && rows.every((r) => selection.ids.has(r.id))}
                onChange={(e) => setSelection((current) => (e.target.checked ? selectAll(order, current) : NO_SELECTION))}
              />
            </th>
            <th scope="col">Slug</th>
            <th scope="col">Headline</th>
            <th scope="col">Status</th>
            <th scope="col">Byline</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody onKeyDown={onTableKey}>
          {rows.map((row) => {
            const isSelected = selection.ids.has(row.id);
            return (
              <tr
                key={row.id}
                className={isSelected ? 'story-row selected' : 'story-row'}
                aria-selected={isSelected}
                data-story-id={row.id}
                // Shift+click would otherwise select the page's text between the two rows.
                onMouseDown={(event) => event.shiftKey && event.preventDefault()}
                onClick={(event: ReactMouseEvent) => click(row.id, event)}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.slug || row.headline || 'untitled story'}`}
                    checked={isSelected}
                    // The checkbox adds or removes its row (Shift: the range); the row's own click must not select it alone.
                    onClick={(event) => event.stopPropagation()}
                    onChange={(event) => {
                      const native = event.nativeEvent as MouseEvent;
                      click(row.id, { ctrlKey: true, metaKey: false, shiftKey: native.shiftKey === true });
                    }}
                  />
                </td>
                <td className="slug">{row.slug || '—'}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={(event) => {
                      // With Ctrl/Cmd or Shift the headline selects, as the rest of the row does.
                      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                      event.stopPropagation();
                      onOpen(row.id);
                    }}
                  >
                    {row.headline || 'Untitled story'}
                  </button>
                  {peopleIn.has(row.id) && <span className="presence">{describePresence(peopleIn.get(row.id)!)}</span>}
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
            );
          })}
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
