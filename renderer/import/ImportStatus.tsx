import { Notice } from '../common/Notice';
import type { ImportProgress } from './useImporter';

interface ImportStatusProps {
  progress: ImportProgress;
  onOpen(id: string): void;
  onDismiss(): void;
}

/** Where an import stands: reading files, writing stories, what was imported, or why nothing was. */
export function ImportStatus({ progress, onOpen, onDismiss }: ImportStatusProps) {
  switch (progress.phase) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <Notice tone="info" message={`Reading file ${progress.done + 1} of ${progress.total}…`}>
          <progress className="import-progress" max={progress.total} value={progress.done} aria-label="Import progress" />
        </Notice>
      );
    case 'importing':
      return <Notice tone="info" message={`Importing ${progress.total} ${progress.total === 1 ? 'file' : 'files'}…`} />;
    case 'failed':
      return <Notice tone="error" message={`Import failed: ${progress.message}`} onDismiss={onDismiss} />;
    case 'done': {
      const { stories } = progress;
      const toCheck = stories.filter((story) => story.warnings.length).length;
      const summary = `Imported ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}${toCheck ? `; ${toCheck} with things to check` : ''}.`;
      return (
        <Notice tone="info" message={summary} onDismiss={onDismiss}>
          <ul className="import-results" aria-label="Imported stories">
            {stories.map((story) => (
              <li key={story.id}>
                <button type="button" className="link-button" onClick={() => onOpen(story.id)}>
                  {story.headline || 'Untitled story'}
                </button>{' '}
                <span className="muted">
                  from {story.file}
                  {story.warnings.length ? ` · ${story.warnings.length} to check` : ''}
                </span>
              </li>
            ))}
          </ul>
        </Notice>
      );
    }
  }
}
