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

interface SaveIndicatorProps {
  state: SaveState;
  /** A field on screen that is not saved (refused input), or null: never "All changes saved" over it. */
  refused?: string | null;
}

export function SaveIndicator({ state, refused }: SaveIndicatorProps) {
  const showRefused = refused && state !== 'error' && state !== 'conflict';
  return (
    <span className={`save-state save-${showRefused ? 'refused' : state}`} role="status" aria-live="polite" data-state={showRefused ? 'refused' : state}>
      {showRefused ? `Not saved: ${refused}` : LABELS[state]}
    </span>
  );
}
