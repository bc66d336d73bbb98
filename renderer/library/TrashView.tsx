import { useCallback, useEffect, useState } from 'react';
import type { StorySummary } from '../../src/api/types';
import { call, errorMessage } from '../api';
import { Dialog } from '../common/Dialog';
import { formatChangeTime } from '../common/formatTime';
import { Notice } from '../common/Notice';

interface TrashViewProps {
  onBack(): void;
  onRestored(id: string): void;
}

/** Deleted stories wait here until restored or until the user empties the trash. */
export function TrashView({ onBack, onRestored }: TrashViewProps) {
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    try {
      setStories(await call('listTrash', {}));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }, []);

  useEffect(() => {
    document.title = 'Trash — Galley';
    void load();
  }, [load]);

  const restore = async (id: string) => {
    try {
      await call('restoreFromTrash', { id });
      onRestored(id);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  const empty = async () => {
    setConfirming(false);
    try {
      await call('emptyTrash', {});
      await load();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <main className="library" aria-label="Trash">
      <header className="toolbar">
        <button type="button" onClick={onBack}>
          ← Library
        </button>
        <h1 className="app-title">Trash</h1>
        <button type="button" disabled={!stories?.length} onClick={() => setConfirming(true)}>
          Empty trash
        </button>
      </header>
      {error && <Notice tone="error" message={error} onDismiss={() => setError(null)} />}
      {stories && stories.length === 0 && <p className="empty">The trash is empty.</p>}
      {stories && stories.length > 0 && (
        <table className="story-table">
          <thead>
            <tr>
              <th scope="col">Slug</th>
              <th scope="col">Headline</th>
              <th scope="col">Deleted</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.id} className="story-row">
                <td className="slug">{story.slug || '—'}</td>
                <td>{story.headline || 'Untitled story'}</td>
                <td>{story.deletedAt && <time dateTime={story.deletedAt}>{formatChangeTime(story.deletedAt)}</time>}</td>
                <td>
                  <button type="button" onClick={() => void restore(story.id)} aria-label={`Restore ${story.headline || 'untitled story'}`}>
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <Dialog title="Empty the trash" onClose={() => setConfirming(false)}>
          <p>
            Delete {stories?.length} {stories?.length === 1 ? 'story' : 'stories'} for good, with every revision? This cannot be undone.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => void empty()}>
              Delete for good
            </button>
          </div>
        </Dialog>
      )}
    </main>
  );
}
