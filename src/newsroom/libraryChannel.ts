/**
 * The library channel: one reserved document every connected desktop keeps open beside its
 * stories. The server writes nothing into it and refuses a client that does; it carries two
 * things a desktop needs without asking:
 *   - a stateless notice after the server stores a story with a change (`story-stored`), so a
 *     desktop syncs that story at once instead of waiting for someone to press Sync now;
 *   - awareness: each desktop's open story, under the person's name as the server knows it
 *     from their token (presence.ts), so the library list shows who is in which story.
 * With several instances, both cross through the Redis extension like any document's messages.
 */
export const LIBRARY_CHANNEL = 'library';

/** The server stored `story` as its `revision` (how many times it has been stored with a change). */
export type StoryStoredNotice = Readonly<{ type: 'story-stored'; story: string; revision: number }>;

export function storyStoredNotice(story: string, revision: number): string {
  return JSON.stringify({ type: 'story-stored', story, revision } satisfies StoryStoredNotice);
}

export function parseStoryStoredNotice(payload: string): StoryStoredNotice | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const notice = value as Partial<StoryStoredNotice> | null;
  if (notice?.type !== 'story-stored' || typeof notice.story !== 'string' || !Number.isSafeInteger(notice.revision)) return null;
  return { type: 'story-stored', story: notice.story, revision: notice.revision! };
}
