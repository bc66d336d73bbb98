import { useCallback, useEffect, useRef, useState } from 'react';
import { call, errorMessage } from './api';
import { localToday } from './common/localToday';
import { Notice } from './common/Notice';
import { ImportDialog } from './import/ImportDialog';
import { ImportFileInput } from './import/ImportFileInput';
import { ImportStatus } from './import/ImportStatus';
import { useImporter } from './import/useImporter';
import { LibraryView, NO_FILTER, type LibraryFilter } from './library/LibraryView';
import { TrashView } from './library/TrashView';
import { StoryView } from './story/StoryView';
import { useRoute } from './useRoute';
import type { Presence } from '../src/newsroom/presence';
import { NewsroomBar } from './newsroom/NewsroomBar';
import { NewsroomDialog } from './newsroom/NewsroomDialog';
import { useNewsroom } from './newsroom/useNewsroom';

const NO_PRESENCE: readonly Presence[] = [];

/** Galley's one window: the library, or one story open for editing. */
export function App() {
  const [route, navigate] = useRoute();
  const [error, setError] = useState<string | null>(null);
  const [trashed, setTrashed] = useState<{ id: string; headline: string } | null>(null);
  // Bumped after an import so the library list shows the new stories.
  const [libraryGeneration, setLibraryGeneration] = useState(0);
  // Held here, not in the library view: opening a story unmounts the library, and coming back finds the same search and filter.
  const [libraryFilter, setLibraryFilter] = useState<LibraryFilter>(NO_FILTER);
  const importInput = useRef<HTMLInputElement>(null);
  const importer = useImporter(
    useCallback(() => {
      setLibraryGeneration((generation) => generation + 1);
      navigate({ view: 'library' });
    }, [navigate]),
  );
  // The library's Import… button is a click, so it may open the file chooser directly.
  const chooseImportFiles = useCallback(() => importInput.current?.click(), []);
  const [importDialogOpen, setImportDialogOpen] = useState(false);
  /** The story this window just created: it opens with the caret in its headline. */
  const [createdId, setCreatedId] = useState<string | null>(null);
  const { status: newsroom, activity: newsroomActivity, setStatus: setNewsroom } = useNewsroom();
  const [newsroomDialogOpen, setNewsroomDialogOpen] = useState(false);
  // Read again whenever the view changes: what a story's edits left waiting shows on the way back to the library.
  const viewKey = route.view === 'story' ? `story:${route.id}` : route.view;
  const openStory = route.view === 'story' ? route.id : null;
  useEffect(() => {
    call('newsroomStatus', {}).then(setNewsroom, (failure) => setError(`Could not read the newsroom connection: ${errorMessage(failure)}`));
  }, [viewKey, setNewsroom]);
  // The others' library lists show who is in which story.
  useEffect(() => {
    call('setOpenStory', { id: openStory }).catch(() => {});
  }, [openStory]);

  const undoTrash = async () => {
    if (!trashed) return;
    try {
      await call('restoreFromTrash', { id: trashed.id });
      setTrashed(null);
      navigate({ view: 'story', id: trashed.id });
    } catch (failure) {
      setError(`Could not restore the story: ${errorMessage(failure)}`);
    }
  };

  const newStory = useCallback(async () => {
    try {
      // A new story is usually filed today: its dateline starts with today's local date.
      const story = await call('createStory', { fields: { dateline: { place: '', date: localToday(), source: '' } } });
      setCreatedId(story.id);
      navigate({ view: 'story', id: story.id });
    } catch (failure) {
      setError(`Could not create a story: ${errorMessage(failure)}`);
    }
  }, [navigate]);

  useEffect(
    () =>
      window.galley.onMenuCommand((command) => {
        if (command === 'new-story') void newStory();
        if (command === 'show-library') navigate({ view: 'library' });
        if (command === 'import') setImportDialogOpen(true);
        if (command === 'connect-newsroom') setNewsroomDialogOpen(true);
      }),
    [newStory, navigate],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void newStory();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newStory]);

  return (
    <div className="app">
      <NewsroomBar
        status={newsroom}
        syncing={newsroomActivity?.syncing ?? false}
        problem={newsroomActivity?.problem ?? null}
        onChange={setNewsroom} onOpenDialog={() => setNewsroomDialogOpen(true)} onSynced={() => setLibraryGeneration((generation) => generation + 1)} />
      {newsroomDialogOpen && newsroom && <NewsroomDialog status={newsroom} onChange={setNewsroom} onClose={() => setNewsroomDialogOpen(false)} />}
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      <ImportFileInput ref={importInput} onFiles={(files) => void importer.importFiles(files)} />
      {importDialogOpen && <ImportDialog onFiles={(files) => void importer.importFiles(files)} onClose={() => setImportDialogOpen(false)} />}
      <ImportStatus progress={importer.progress} onOpen={(id) => navigate({ view: 'story', id })} onDismiss={importer.dismiss} />
      {trashed && (
        <Notice tone="info" message={`Moved “${trashed.headline || 'Untitled story'}” to the trash.`} onDismiss={() => setTrashed(null)}>
          <button type="button" onClick={() => void undoTrash()}>
            Undo
          </button>
        </Notice>
      )}
      {route.view === 'story' ? (
        <StoryView
          key={route.id}
          id={route.id}
          isNew={route.id === createdId}
          onClose={() => navigate({ view: 'library' })}
          onTrashed={(headline) => {
            setTrashed({ id: route.id, headline });
            navigate({ view: 'library' });
          }}
        />
      ) : route.view === 'trash' ? (
        <TrashView onBack={() => navigate({ view: 'library' })} onRestored={(id) => navigate({ view: 'story', id })} />
      ) : (
        <LibraryView
          key={libraryGeneration}
          filter={libraryFilter}
          onFilterChange={setLibraryFilter}
          onOpen={(id) => navigate({ view: 'story', id })}
          onNew={newStory}
          onImport={chooseImportFiles}
          onDropFiles={(files) => void importer.importFiles(files)}
          onShowTrash={() => navigate({ view: 'trash' })}
          presence={newsroomActivity?.presence ?? NO_PRESENCE}
          reloadKey={newsroomActivity?.storiesChanged ?? 0}
        />
      )}
    </div>
  );
}
