import { useCallback, useRef, useState } from 'react';
import { errorMessage } from '../api';
import type { BatchOutcome } from './batchSummary';

/** A batch under way: "Moving to Trash", 3 of 12 done. */
export interface BatchProgress {
  label: string;
  done: number;
  total: number;
}

export interface BatchItem {
  id: string;
  /** How the summary names it: slug, else headline. */
  name: string;
}

/**
 * Runs an action on stories one call each, so the page shows progress and Cancel stops before
 * the next story (each call is whole on its own). A call that fails is that story's refusal,
 * with the service's message; the batch goes on.
 */
export function useBatch() {
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const cancelRequested = useRef(false);

  const run = useCallback(
    async <T extends BatchItem>(label: string, items: readonly T[], act: (item: T) => Promise<BatchOutcome>): Promise<{ outcomes: BatchOutcome[]; notTried: number }> => {
      cancelRequested.current = false;
      const outcomes: BatchOutcome[] = [];
      setProgress({ label, done: 0, total: items.length });
      try {
        for (const [i, item] of items.entries()) {
          if (cancelRequested.current) return { outcomes, notTried: items.length - i };
          try {
            outcomes.push(await act(item));
          } catch (failure) {
            outcomes.push({ id: item.id, name: item.name, result: 'refused', reason: errorMessage(failure) });
          }
          setProgress({ label, done: i + 1, total: items.length });
        }
        return { outcomes, notTried: 0 };
      } finally {
        setProgress(null);
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    cancelRequested.current = true;
  }, []);

  return { progress, run, cancel };
}
