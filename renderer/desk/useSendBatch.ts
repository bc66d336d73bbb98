import { useCallback, useRef, useState } from 'react';
import type { SendOutcome } from '../../src/desk/types';
import { call, errorMessage } from '../api';

export interface BatchState {
  running: boolean;
  total: number;
  outcomes: SendOutcome[];
  cancelled: boolean;
  error: string | null;
}

/**
 * Sends stories one call each, so the page can show progress and stop between stories: each
 * story is sent whole or not at all by the service, so Cancel never leaves half a story out.
 */
export function useSendBatch() {
  const [state, setState] = useState<BatchState>({ running: false, total: 0, outcomes: [], cancelled: false, error: null });
  const cancelRequested = useRef(false);

  const run = useCallback(async (ids: readonly string[], destination: string, correctionNote: string) => {
    cancelRequested.current = false;
    setState({ running: true, total: ids.length, outcomes: [], cancelled: false, error: null });
    for (const id of ids) {
      if (cancelRequested.current) {
        setState((s) => ({ ...s, running: false, cancelled: true }));
        return;
      }
      try {
        const result = await call('sendStories', { ids: [id], destination, ...(correctionNote.trim() ? { correctionNote: correctionNote.trim() } : {}) });
        setState((s) => ({ ...s, outcomes: [...s.outcomes, ...result.outcomes] }));
      } catch (failure) {
        setState((s) => ({ ...s, running: false, error: errorMessage(failure) }));
        return;
      }
    }
    setState((s) => ({ ...s, running: false }));
  }, []);

  const cancel = useCallback(() => {
    cancelRequested.current = true;
  }, []);

  return { state, run, cancel };
}
