import { useCallback, useEffect, useState } from 'react';
import type { ReviewMark, SetReviewMarkInput } from '../../src/review/reviewMarks';
import { ApiFailure, call, errorMessage } from '../api';
import { announceStoryChanged } from '../common/storyChanged';

export interface ReviewMarks {
  marks: ReviewMark[];
  error: string | null;
  /** Saves a mark; resolves false (with `error` set) when the library refused it. */
  setMark(input: Omit<SetReviewMarkInput, 'id'>): Promise<boolean>;
  /** Deletes a mark from the library; it is kept as `removed` until Undo or the next removal. */
  removeMark(mark: ReviewMark): Promise<void>;
  /** The mark removed last, while Undo can still put it back. */
  removed: ReviewMark | null;
  /** Puts the removed mark back as it was (same words, verdict, note and reviewer). */
  undoRemove(): Promise<void>;
  forgetRemoved(): void;
}

/** The story's review marks as stored in the library. */
export function useReviewMarks(storyId: string): ReviewMarks {
  const [marks, setMarks] = useState<ReviewMark[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<ReviewMark | null>(null);

  useEffect(() => {
    let cancelled = false;
    call('listReviewMarks', { id: storyId })
      .then((loaded) => !cancelled && setMarks(loaded))
      .catch((failure) => !cancelled && setError(errorMessage(failure)));
    return () => {
      cancelled = true;
    };
  }, [storyId]);

  const setMark = useCallback(
    async (input: Omit<SetReviewMarkInput, 'id'>) => {
      try {
        const saved = await call('setReviewMark', { ...input, id: storyId });
        // A re-anchored mark may have replaced another on the same words (main/store/reviews.ts).
        setMarks((current) => [...current.filter((m) => m.id !== saved.id && !(m.anchor.quote === saved.anchor.quote && m.anchor.before === saved.anchor.before && m.anchor.after === saved.anchor.after)), saved]);
        setError(null);
        // Readiness passes the reviewer's marks on to the desk (src/review/attributionReport.ts).
        announceStoryChanged(storyId);
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      }
    },
    [storyId],
  );

  const removeMark = useCallback(
    async (mark: ReviewMark) => {
      try {
        setRemoved(await call('deleteReviewMark', { id: storyId, markId: mark.id }));
        setError(null);
      } catch (failure) {
        // Gone already (removed in another window): the list catches up; anything else keeps the mark.
        if (!(failure instanceof ApiFailure && failure.code === 'not-found')) return setError(errorMessage(failure));
      }
      setMarks((current) => current.filter((m) => m.id !== mark.id));
      announceStoryChanged(storyId);
    },
    [storyId],
  );

  const undoRemove = useCallback(async () => {
    if (!removed) return;
    const { anchor, verdict, note, by } = removed;
    if (await setMark({ anchor, verdict, note, by })) setRemoved(null);
  }, [removed, setMark]);

  const forgetRemoved = useCallback(() => setRemoved(null), []);

  return { marks, error, setMark, removeMark, removed, undoRemove, forgetRemoved };
}
