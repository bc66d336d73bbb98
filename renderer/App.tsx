import { useCallback, useEffect, useState } from 'react';
import { call, errorMessage } from './api';
import { Notice } from './common/Notice';
import { LibraryView } from './library/LibraryView';
import { StoryView } from './story/StoryView';
import { useRoute } from './useRoute';

/** Galley's one window: the library, or one story open for editing. */
export function App() {
  const [route, navigate] = useRoute();
  const [error, setError] = useState<string | null>(null);

  const newStory = useCallback(async () => {
    try {
      const story = await call('createStory', { fields: {} });
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
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      {route.view === 'story' ? (
        <StoryView key={route.id} id={route.id} onClose={() => navigate({ view: 'library' })} />
      ) : (
        <LibraryView onOpen={(id) => navigate({ view: 'story', id })} onNew={newStory} />
      )}
    </div>
  );
}
