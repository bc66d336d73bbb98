import type { Story } from '../../src/story/story';
import { Notice } from '../common/Notice';

interface ConflictBannerProps {
  theirs: Story;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onCompare(): void;
}

/** A save met a newer version saved elsewhere: the user decides; nothing is overwritten silently. */
export function ConflictBanner({ theirs, onKeepMine, onTakeTheirs, onCompare }: ConflictBannerProps) {
  return (
    <Notice tone="warning" message={`This story was changed elsewhere (version ${theirs.version}, “${theirs.headline || 'Untitled'}”) while you were editing. Your changes are kept here and not yet saved.`}>
      <span className="notice-actions">
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" onClick={onCompare}>
          Compare
        </button>
      </span>
    </Notice>
  );
}
