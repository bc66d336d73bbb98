import { useCallback, useRef, useState } from 'react';
import type { SendOutcome } from '../../src/desk/types';
import { call, errorMessage } from '../api';

export interface BatchState {
  running: boolean;
  total: number;
  outcomes: SendOutcome[];
  cancelled: boolean;
  /** After Cancel or an error: the stories never tried, in batch order. Nothing was written for them. */
  notAttempted: string[];
  error: string | null;
}

/**
 * Sends stories one call each, so the page can show progress and stop between stories: each
 * story is sent whole or not at all by the service, so Cancel never leaves half a story out.
 */
export function useSendBatch() {
  const [state, setState] = useState<BatchState>({ running: false, total: 0, outcomes: [], cancelled: false, notAttempted: [], error: null });
  const cancelRequested = useRef(false);

  /** Sends the stories in turn; resolves to how many went. */
  const run = useCallback(async (ids: readonly string[], destination: string, correctionNote: string): Promise<number> => {
    cancelRequested.current = false;
    let sent = 0;
    setState({ running: true, total: ids.length, outcomes: [], cancelled: false, notAttempted: [], error: null });
    for (const [i, id] of ids.entries()) {
      if (cancelRequested.current) {
        setState((s) => ({ ...s, running: false, cancelled: true, notAttempted: ids.slice(i) }));
        return sent;
      }
      try {
        const result = await call('sendStories', { ids: [id], destination, ...(correctionNote.trim() ? { correctionNote: correctionNote.trim() } : {}) });
        sent += result.outcomes.filter((o) => o.sent).length;
        setState((s) => ({ ...s, outcomes: [...s.outcomes, ...result.outcomes] }));
      } catch (failure) {
        setState((s) => ({ ...s, running: false, error: errorMessage(failure), notAttempted: ids.slice(i) }));
        return sent;
      }
    }
    setState((s) => ({ ...s, running: false }));
    return sent;
  }, []);

  const cancel = useCallback(() => {
    cancelRequested.current = true;
  }, []);

  return { state, run, cancel };
}
