import { useEffect, useState } from 'react';
import type { SentLogEntry } from '../../src/desk/types';
import { wireState, type WireState } from '../../src/desk/wireState';
import type { Story } from '../../src/story/story';
import { call } from '../api';

export interface StoryOnWire {
  wire: WireState;
  /** The story's sent log, newest first. */
  log: SentLogEntry[];
}

/**
 * The open story's place on the wire, read from its sent log whenever the saved version moves
 * (a send or kill moves it too). Null until the log is read.
 */
export function useWireState({ id, status, version }: Pick<Story, 'id' | 'status' | 'version'>): StoryOnWire | null {
  const [log, setLog] = useState<SentLogEntry[] | null>(null);
  useEffect(() => {
    let stale = false;
    call('getSentLog', { id })
      .then((entries) => !stale && setLog(entries))
      // Without the log the desk still works: the service refuses what cannot go, with its reason.
      .catch(() => !stale && setLog([]));
    return () => {
      stale = true;
    };
  }, [id, version]);
  return log ? { wire: wireState({ status, version }, log), log } : null;
}
