import { call, errorMessage } from '../api';

interface TrashButtonProps {
  id: string;
  /** Saves pending edits first: the trash keeps the story exactly as it was. */
  flush(): Promise<void>;
  onTrashed(): void;
  onError(message: string): void;
}

/** Moves the open story to the trash; it can be restored from there until the trash is emptied. */
export function TrashButton({ id, flush, onTrashed, onError }: TrashButtonProps) {
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await flush();
          await call('deleteStory', { id });
          onTrashed();
        } catch (failure) {
          onError(`Not moved to the trash: ${errorMessage(failure)}`);
        }
      }}
    >
      Move to trash
    </button>
  );
}
