import type { SaveState } from './useStoryDraft';

const LABELS: Record<SaveState, string> = {
  loading: 'Opening…',
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved: changed elsewhere',
  missing: 'Story not found',
};

export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <span className={`save-state save-${state}`} role="status" aria-live="polite" data-state={state}>
      {LABELS[state]}
    </span>
  );
}
