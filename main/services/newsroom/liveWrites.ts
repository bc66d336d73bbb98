// Every other contract method that names a story (`id`, `ids`) meets a live story's row as its
// document holds it: the live session settles first (others' updates kept, the row derived),
// and what the method wrote (a field, the status, a sign-off) joins the live document after.
// A live story's body changes only by its document: a body in a save is dropped.
import type { ServiceHandlers } from '../services';
import type { LiveStories } from './liveStories';

function storyIdsOf(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const { id, ids } = input as { id?: unknown; ids?: unknown };
  return [...(typeof id === 'string' ? [id] : []), ...(Array.isArray(ids) ? ids.filter((each): each is string => typeof each === 'string') : [])];
}

export function settlingLiveStories(handlers: ServiceHandlers, live: LiveStories): ServiceHandlers {
  const own = new Set(Object.keys(live.handlers));
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = own.has(name)
      ? handler
      : async (input) => {
          const liveIds = storyIdsOf(input).filter(live.isLive);
          if (liveIds.length === 0) return handler(input);
          await Promise.all(liveIds.map(live.settle));
          let effective = input;
          if (name === 'saveStory') {
            const { body: _body, ...changes } = (input as { changes: Record<string, unknown> }).changes;
            effective = { ...(input as object), changes };
          }
          try {
            return await handler(effective);
          } finally {
            await Promise.all(liveIds.map(live.pullLibraryChanges));
          }
        };
  }
  return wrapped as ServiceHandlers;
}
