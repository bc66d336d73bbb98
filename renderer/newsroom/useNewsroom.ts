import { useEffect, useState } from 'react';
import type { NewsroomActivity, NewsroomStatus } from '../../src/newsroom/newsroomStatus';
import { call } from '../api';

/** After a failed watch (Galley closing, a host restarting), wait this long before watching again. */
const RETRY_MS = 2_000;

export type NewsroomView = Readonly<{
  status: NewsroomStatus | null;
  activity: NewsroomActivity | null;
  /** What Connect, Disconnect or Sync now answered, shown before the next watch brings it too. */
  setStatus(status: NewsroomStatus): void;
}>;

/**
 * The newsroom as the page follows it: a long poll on `watchNewsroom` (it answers when
 * anything moved), so the header and the list update as the library syncs by itself.
 */
export function useNewsroom(): NewsroomView {
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  const [activity, setActivity] = useState<NewsroomActivity | null>(null);

  useEffect(() => {
    let stopped = false;
    let retry: number | undefined;
    const follow = async (after: number) => {
      try {
        const next = await call('watchNewsroom', { after });
        if (stopped) return;
        setActivity(next);
        setStatus(next.status);
        void follow(next.generation);
      } catch {
        if (!stopped) retry = window.setTimeout(() => void follow(after), RETRY_MS);
      }
    };
    void follow(0);
    return () => {
      stopped = true;
      window.clearTimeout(retry);
    };
  }, []);

  return { status, activity, setStatus };
}
