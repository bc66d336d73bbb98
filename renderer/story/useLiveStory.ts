import { useEffect, useState } from 'react';
import { openLiveStory, type LiveStatus, type LiveStoryBridge } from './liveStoryBridge';

export type LiveStory = { opening: true } | { opening: false; bridge: LiveStoryBridge | null; status: LiveStatus | null };

/**
 * The story's live session while it is open, when the services offer one (a shared story in a
 * connected library); `bridge: null` when it is edited and saved as before. The editor is built
 * only once this is known: it binds to the shared document or takes the Story JSON, never both.
 */
export function useLiveStory(id: string): LiveStory {
  const [live, setLive] = useState<LiveStory>({ opening: true });
  useEffect(() => {
    let bridge: LiveStoryBridge | null = null;
    let cancelled = false;
    let unsubscribe = () => {};
    setLive({ opening: true });
    openLiveStory(id)
      .then((opened) => {
        if (cancelled) return void opened?.close();
        bridge = opened;
        setLive({ opening: false, bridge: opened, status: opened?.status ?? null });
        if (opened) unsubscribe = opened.subscribe((status) => setLive({ opening: false, bridge: opened, status }));
      })
      // Not live (the services could not open it): the story is still edited and saved as before.
      .catch(() => !cancelled && setLive({ opening: false, bridge: null, status: null }));
    return () => {
      cancelled = true;
      unsubscribe();
      void bridge?.close();
    };
  }, [id]);
  return live;
}
