import { useEffect, useState } from 'react';
import type { RevisionSnapshot, RevisionSummary } from '../../src/api/types';
import { COMPARED_FIELDS, FIELD_LABELS, fieldText } from '../../src/story/storyText';
import type { Story } from '../../src/story/story';
import { call, errorMessage } from '../api';
import { formatChangeTime } from '../common/formatTime';
import { WordDiff } from './WordDiff';

interface HistoryPanelProps {
  storyId: string;
  /** The story as the user sees it now (unsaved edits included): what a revision is compared with. */
  current: () => Story;
  /** Makes the revision current, as a new revision; resolves when done. */
  onRestore(revisionId: number): Promise<void>;
  onClose(): void;
}

const KIND_LABELS: Record<RevisionSummary['kind'], string> = {
  created: 'Created',
  save: 'Saved',
  idle: 'Autosaved',
  status: 'Status change',
  send: 'Sent',
  correction: 'Correction sent',
  kill: 'Killed',
  export: 'Sent to the wire',
  restore: 'Restored',
  import: 'Imported',
  sync: 'From the newsroom',
};

/** The story's revisions, newest first (as the store lists them); one selected shows what changed since, word by word. */
export function HistoryPanel({ storyId, current, onRestore, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<RevisionSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    call('listRevisions', { id: storyId })
      .then(setRevisions)
      .catch((failure) => setError(errorMessage(failure)));
  }, [storyId, generation]);

  const select = (revisionId: number) => {
    call('getRevision', { id: storyId, revisionId })
      .then(setSelected)
      .catch((failure) => setError(errorMessage(failure)));
  };

  const now = selected ? current() : null;
  const changed = selected && now ? COMPARED_FIELDS.filter((field) => fieldText(selected.story, field) !== fieldText(now, field)) : [];

  return (
    <aside className="history-panel" aria-label="History">
      <header className="panel-header">
        <h2>History</h2>
        <button type="button" onClick={onClose} aria-label="Close history">
          ×
        </button>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ol className="revision-list">
        {revisions?.map((revision) => (
          <li key={revision.id}>
            <button type="button" className="revision" aria-pressed={selected?.revision.id === revision.id} onClick={() => select(revision.id)}>
              <time dateTime={revision.createdAt}>{formatChangeTime(revision.createdAt)}</time>
              <span>{KIND_LABELS[revision.kind]}</span>
              <span className={`status status-${revision.status}`}>{revision.status}</span>
              <span className="revision-size">{revision.changedWords === 1 ? '1 word changed' : `${revision.changedWords} words changed`}</span>
            </button>
          </li>
        ))}
      </ol>
      {selected && now && (
        <section className="revision-diff" aria-label={`Changes since version ${selected.revision.version}`}>
          <h3>
            Version {selected.revision.version} → now
          </h3>
          {changed.length === 0 && <p>No differences from the current text.</p>}
          {changed.map((field) => (
            <div key={field} className="diff-field">
              <h4>{FIELD_LABELS[field]}</h4>
              <WordDiff before={fieldText(selected.story, field)} after={fieldText(now, field)} />
            </div>
          ))}
          <button
            type="button"
            className="primary"
            onClick={() =>
              void onRestore(selected.revision.id).then(() => {
                setSelected(null);
                setGeneration((n) => n + 1);
              }, (failure) => setError(errorMessage(failure)))
            }
          >
            Restore version {selected.revision.version}
          </button>
        </section>
      )}
    </aside>
  );
}
