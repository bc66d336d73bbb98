import type { Story, StoryStatus } from '../story/story';

/** A story as the library list shows it: no body. */
export interface StorySummary {
  id: string;
  slug: string;
  headline: string;
  byline: string;
  status: Story['status'];
  version: number;
  wordCount: number;
  updatedAt: string;
  deletedAt?: string;
}

export interface StoryPage {
  stories: StorySummary[];
  /** How many stories match the filter in all. */
  total: number;
  /** Pass as `after` for the next page; null on the last page. Opaque: made by the store. */
  next: string | null;
}

export interface SearchHit extends StorySummary {
  /** Text around the match, with matched terms wrapped in `[[` and `]]` (markers, never HTML). */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /**
   * How many stories match. When `windowed`, the matches were not all counted (that costs as
   * much as ranking them): at least this many match, and the UI says "500+".
   */
  total: number;
  /** True when the query had FTS syntax errors and was searched as a plain phrase instead. */
  fallback: boolean;
  /**
   * True when the query matched so many stories that they were not all ranked: the newest
   * matches are shown, those matching in the headline, slug, standfirst or keywords first.
   * Narrowing the query ranks everything again.
   */
  windowed: boolean;
}

/**
 * Why a revision was cut. A send, correction or kill cuts one of its own kind (issue 23);
 * `export` is how libraries before that recorded all three.
 */
export const REVISION_KINDS = ['created', 'save', 'idle', 'status', 'send', 'correction', 'kill', 'export', 'restore', 'import', 'sync'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  id: number;
  storyId: string;
  version: number;
  kind: RevisionKind;
  status: StoryStatus;
  createdAt: string;
  /** Bytes this revision added to the library. */
  bytes: number;
  /** Words inserted plus words deleted relative to the previous revision. */
  changedWords: number;
}

/** A story as it was at one revision. */
export interface RevisionSnapshot {
  revision: RevisionSummary;
  story: Story;
}

export interface TrashResult {
  id: string;
}

export interface EmptyTrashResult {
  deleted: number;
}

/** An image in the library's asset folder (the bytes are a file named by `id`). */
export interface AssetInfo {
  /** SHA-256 of the bytes, lowercase hex: what a figure's `src` holds. */
  id: string;
  mediaType: string;
  bytes: number;
  /** The file name it was added from, for the user's reference. */
  name: string;
  createdAt: string;
}
