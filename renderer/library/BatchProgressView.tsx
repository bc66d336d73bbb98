import type { BatchProgress } from './useBatch';

/** A batch under way: a bar, "Moving to Trash: 3 of 12", and Cancel (it stops before the next story). */
export function BatchProgressView({ progress, onCancel }: { progress: BatchProgress; onCancel(): void }) {
  return (
    <span className="batch-progress" role="status" aria-label="Batch progress">
      <progress max={progress.total} value={progress.done} aria-label={progress.label} />
      {progress.label}: {progress.done} of {progress.total}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </span>
  );
}
