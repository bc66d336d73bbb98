/**
 * The layout of a shared story: one Yjs document per story, named by the story's id, with
 * three top-level parts. The server checks each change by the part it touches, and the
 * desktop's sync agent reads and writes the same parts, so the names live here only.
 */
export const STORY_PARTS = {
  /** The body, a Y.XmlFragment bound by TipTap's Collaboration extension (its `field`). */
  body: 'body',
  /** The story's fields (headline, byline, status...), a Y.Map keyed by field name. */
  fields: 'fields',
  /** Review state and sign-offs, a Y.Map. */
  review: 'review',
} as const;

export type StoryPart = keyof typeof STORY_PARTS;

/** One thing a change to a shared story does: a part it touches, and for a map the key and new value. */
export type StoryChange =
  | { part: 'body' }
  | { part: 'fields' | 'review'; key: string; value: unknown }
  | { part: 'unknown'; name: string };

/** A story's id is its document name: a ULID, as everywhere in Galley. */
export const STORY_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * The version of what a desktop and the newsroom server say to each other beyond Hocuspocus
 * itself (the story layout above, the messages in syncMessages.ts, the HTTP endpoints). The
 * server reports it on /health; a desktop refuses to sync with a server of another version.
 */
export const NEWSROOM_PROTOCOL = 1;
