import { useState } from 'react';
import type { StoryStatus } from '../../src/story/story';
import { HAND_SET_STATUSES } from '../../src/story/statusRules';
import { SendDialog } from '../desk/SendDialog';
import { ExportSelectionDialog } from '../export/ExportSelectionDialog';
import { MOD } from '../common/modKey';
import { BatchProgressView } from './BatchProgressView';
import type { BatchProgress, BatchItem } from './useBatch';

interface SelectionBarProps {
  /** The selected stories, in list order. */
  selected: readonly (BatchItem & { status: StoryStatus })[];
  /** The batch under way, if any: the actions wait for it. */
  progress: BatchProgress | null;
  onTrash(): void;
  onSetStatus(status: StoryStatus): void;
  onCancel(): void;
  onClear(): void;
  /** After the Send dialog closes: statuses may have changed. */
  onSent(): void;
}

/** What can be done to the selected stories: Send, Move to Trash, Set status, Export; how far a batch has gone. */
export function SelectionBar({ selected, progress, onTrash, onSetStatus, onCancel, onClear, onSent }: SelectionBarProps) {
  const [status, setStatus] = useState<StoryStatus>('ready');
  const [sending, setSending] = useState(false);
  const [exporting, setExporting] = useState(false);
  const count = selected.length;
  const idle = count > 0 && !progress;
  return (
    <div className="selection-bar" role="toolbar" aria-label="Selected stories">
      <span className="selection-count" aria-live="polite">
        {count ? `${count} selected` : `Select stories: click, ${MOD}+click, Shift+click for a range, ${MOD}+A for all`}
      </span>
      <button type="button" disabled={!idle} onClick={() => setSending(true)}>
        Send selected{count > 0 && ` (${count})`}
      </button>
      <button type="button" disabled={!idle} onClick={onTrash} title="Move the selected stories to the Trash (Delete)">
        Move to Trash
      </button>
      <span className="selection-status">
        <select aria-label="New status" value={status} disabled={!idle} onChange={(event) => setStatus(event.target.value as StoryStatus)}>
          {HAND_SET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <button type="button" disabled={!idle} onClick={() => onSetStatus(status)}>
          Set status
        </button>
      </span>
      <button type="button" disabled={!idle} onClick={() => setExporting(true)}>
        Export…
      </button>
      <button type="button" disabled={!idle} onClick={onClear} title="Clear the selection (Escape)">
        Clear selection
      </button>
      {progress && <BatchProgressView progress={progress} onCancel={onCancel} />}
      {exporting && <ExportSelectionDialog stories={selected} onClose={() => setExporting(false)} />}
      {sending && (
        <SendDialog ids={selected.map((s) => s.id)} names={new Map(selected.map((s) => [s.id, s.name]))} onClose={() => (setSending(false), onSent())} />
      )}
    </div>
  );
}
