import { useId, useState } from 'react';
import { isSignOffStale } from '../../src/review/reviewState';
import type { Review, Story } from '../../src/story/story';
import { call, errorMessage } from '../api';
import { announceStoryChanged } from '../common/storyChanged';
import { formatChangeTime } from '../common/formatTime';

interface SignOffBoxProps {
  storyId: string;
  /** The story as last saved. */
  saved: Story;
  reviewer: string;
  /** Saves pending edits, so the reviewer signs what the editor shows. */
  flush(): Promise<void>;
  /** Another window saved first: what the editor shows is not what is stored. */
  conflicted: boolean;
  /** Quotes still marked "Needs check": signing off over them takes a second, deliberate click. */
  openChecks: number;
  /** Asks for the reviewer's name when it is missing. */
  onNeedName(): void;
}

function describe(review: Review, version: number): string {
  const who = review.by ? ` by ${review.by}` : '';
  const when = review.at ? ` at ${formatChangeTime(review.at)}` : '';
  switch (review.state) {
    case 'none':
      return 'Not reviewed yet.';
    case 'requested':
      return 'Review requested.';
    case 'returned':
      return `Returned to the editor${who}${when}: ${review.note ?? ''}`;
    case 'signed-off':
      return isSignOffStale({ review, version })
        ? `Stale: signed off${who} for version ${review.version}; the story has changed since (version ${version}). Review it again.`
        : `Signed off${who}${when} (version ${review.version ?? version}).`;
  }
}

/** The review's state, with Sign off and Return to editor. */
export function SignOffBox({ storyId, saved, reviewer, flush, conflicted, openChecks, onNeedName }: SignOffBoxProps) {
  // A sign-off does not change the story's version, so the saved story does not reload: the
  // result is kept here until the next save brings the stored review back with it.
  const [decided, setDecided] = useState<{ for: Story; review: Review } | null>(null);
  const [returning, setReturning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const openChecksId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const review = decided && decided.for === saved ? decided.review : saved.review;
  const stale = isSignOffStale({ review, version: saved.version });

  const decide = async (method: 'signOff' | 'returnToEditor') => {
    if (!reviewer.trim()) return onNeedName();
    if (conflicted) return setError('Resolve the conflict with the other window first: the library holds a different version.');
    await flush();
    try {
      // The version just saved is the one the editor shows, the one the reviewer read.
      const current = await call('getStory', { id: storyId });
      const base = { id: storyId, baseVersion: current.version, by: reviewer };
      const story = method === 'signOff' ? await call('signOff', base) : await call('returnToEditor', { ...base, note });
      setDecided({ for: saved, review: story.review });
      announceStoryChanged(storyId);
      setReturning(false);
      setNote('');
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <section className="sign-off" aria-label="Sign-off">
      <p className="review-state" data-state={stale ? 'stale' : review.state} role="status">
        {describe(review, saved.version)}
      </p>
      <div className="sign-off-actions">
        <button type="button" aria-expanded={openChecks > 0 ? confirming : undefined} onClick={() => (openChecks > 0 && reviewer.trim() ? setConfirming(true) : void decide('signOff'))}>
          Sign off
        </button>
        <button type="button" aria-expanded={returning} onClick={() => setReturning(!returning)}>
          Return to editor
        </button>
      </div>
      {confirming && openChecks > 0 && (
        <div className="sign-off-confirm" role="alertdialog" aria-label="Sign off with open checks" aria-describedby={openChecksId}>
          <p id={openChecksId}>
            {openChecks === 1 ? 'One quote is' : `${openChecks} quotes are`} still marked “Needs check”. Sign off anyway?
          </p>
          <div className="sign-off-actions">
            <button type="button" onClick={() => (setConfirming(false), void decide('signOff'))}>
              Sign off anyway
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {returning && (
        <form
          className="return-form"
          onSubmit={(event) => {
            event.preventDefault();
            void decide('returnToEditor');
          }}
        >
          <label>
            Note to the editor
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} required />
          </label>
          <button type="submit" disabled={!note.trim()}>
            Send back
          </button>
        </form>
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
