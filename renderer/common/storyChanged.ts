import { useEffect, useState } from 'react';

/**
 * News that a story changed in the library without a new version: a sign-off or a return to the
 * editor writes only the review (main/store/reviews.ts), so views that re-read the story when its
 * version moves (the readiness panel) would miss it. The review pane and the readiness panel sit
 * in different branches of the tree, so the news goes through this page-wide channel.
 */
const channel = new EventTarget();

/** Tells every view of story `id` to read it again. */
export function announceStoryChanged(id: string): void {
  channel.dispatchEvent(new CustomEvent('changed', { detail: id }));
}

/** Counts the announcements for story `id`: put it in an effect's dependencies to re-read on each. */
export function useStoryChanges(id: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const onChanged = (event: Event) => (event as CustomEvent<string>).detail === id && setCount((n) => n + 1);
    channel.addEventListener('changed', onChanged);
    return () => channel.removeEventListener('changed', onChanged);
  }, [id]);
  return count;
}
