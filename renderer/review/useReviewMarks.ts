import { useCallback, useEffect, useState } from 'react';
import type { ReviewMark, SetReviewMarkInput } from '../../src/review/reviewMarks';
import { call, errorMessage } from '../api';

export interface ReviewMarks {
  marks: ReviewMark[];
  error: string | null;
  /** Saves a mark; resolves false (with `error` set) when the library refused it. */
  setMark(input: Omit<SetReviewMarkInput, 'id'>): Promise<boolean>;
}

/** The story's review marks as stored in the library. */
export function useReviewMarks(storyId: string): ReviewMarks {
  const [marks, setMarks] = useState<ReviewMark[]>([]);
  const [error, setError] = useState<string | null>(null);

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
        return true;
      } catch (failure) {
        setError(errorMessage(failure));
        return false;
      }
    },
    [storyId],
  );

  return { marks, error, setMark };
}
