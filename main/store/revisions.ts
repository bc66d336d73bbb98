import type { RevisionKind, RevisionSummary } from '../../src/api/types';
import type { Story, StoryStatus } from '../../src/story/story';
import type { Db } from './database';
import {
  applyDelta,
  diffRevisions,
  isEmptyDelta,
  PAYLOAD_FORMAT,
  type RevisionContent,
  type RevisionDelta,
} from './revisionDelta';

/** Every this-many revisions the chain restarts with a full snapshot, bounding the cost of a read. */
export const SNAPSHOT_EVERY = 32;

interface RevisionRow {
  id: number;
  story_id: string;
  parent_id: number | null;
  version: number;
  kind: string;
  status: string;
  created_at: string;
  format: number;
  payload: string;
  changed_words: number;
}

export function contentOf(story: Story): RevisionContent {
  const { id: _id, review: _review, version: _version, createdAt: _created, updatedAt: _updated, ...content } = story;
  return content;
}

function rowToSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    storyId: row.story_id,
    version: row.version,
    kind: row.kind as RevisionKind,
    status: row.status as StoryStatus,
    createdAt: row.created_at,
    bytes: Buffer.byteLength(row.payload),
    changedWords: row.changed_words,
  };
}

/** The rows needed to rebuild `revisionId`: its nearest snapshot ancestor and every delta after it. */
function chainTo(db: Db, storyId: string, revisionId: number): RevisionRow[] {
  return db
    .prepare(
      `SELECT * FROM revisions
        WHERE story_id = :storyId AND id <= :revisionId
          AND id >= (SELECT max(id) FROM revisions WHERE story_id = :storyId AND id <= :revisionId AND parent_id IS NULL)
        ORDER BY id`,
    )
    .all({ storyId, revisionId }) as RevisionRow[];
}

function rebuild(chain: RevisionRow[]): RevisionContent {
  let content = JSON.parse(chain[0].payload) as RevisionContent;
  for (const row of chain.slice(1)) content = applyDelta(content, JSON.parse(row.payload) as RevisionDelta);
  return content;
}

export function latestRevision(db: Db, storyId: string): { row: RevisionRow; content: RevisionContent; depth: number } | null {
  const last = db.prepare('SELECT id FROM revisions WHERE story_id = ? ORDER BY id DESC LIMIT 1').get(storyId) as
    | { id: number }
    | undefined;
  if (!last) return null;
  const chain = chainTo(db, storyId, last.id);
  return { row: chain[chain.length - 1], content: rebuild(chain), depth: chain.length };
}

/**
 * Records the story as it is now. Stores a delta against the previous revision (a full snapshot
 * every SNAPSHOT_EVERY revisions); returns null when nothing changed since the last revision,
 * unless `force` (a status change or export is worth a row even without an edit).
 */
export function cutRevision(db: Db, story: Story, kind: RevisionKind, force = false): RevisionSummary | null {
  const content = contentOf(story);
  const previous = latestRevision(db, story.id);
  let parentId: number | null = null;
  let payload: string;
  let changedWords = 0;
  if (previous && previous.depth < SNAPSHOT_EVERY) {
    const { delta, changedWords: words } = diffRevisions(previous.content, content);
    if (isEmptyDelta(delta) && !force) return null;
    parentId = previous.row.id;
    payload = JSON.stringify(delta);
    changedWords = words;
  } else {
    if (previous) {
      const { delta, changedWords: words } = diffRevisions(previous.content, content);
      if (isEmptyDelta(delta) && !force) return null;
      changedWords = words;
    }
    payload = JSON.stringify(content);
  }
  const result = db
    .prepare(
      `INSERT INTO revisions (story_id, parent_id, version, kind, status, created_at, format, payload, changed_words)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      story.id,
      parentId,
      story.version,
      kind,
      story.status,
      story.updatedAt,
      parentId === null ? PAYLOAD_FORMAT.snapshot : PAYLOAD_FORMAT.delta,
      payload,
      changedWords,
    );
  const row = db.prepare('SELECT * FROM revisions WHERE id = ?').get(result.lastInsertRowid) as RevisionRow;
  return rowToSummary(row);
}

export function listRevisions(db: Db, storyId: string): RevisionSummary[] {
  const rows = db.prepare('SELECT * FROM revisions WHERE story_id = ? ORDER BY id DESC').all(storyId) as RevisionRow[];
  return rows.map(rowToSummary);
}

export function readRevision(db: Db, storyId: string, revisionId: number): { summary: RevisionSummary; content: RevisionContent } | null {
  const chain = chainTo(db, storyId, revisionId);
  const target = chain[chain.length - 1];
  if (!target || target.id !== revisionId) return null;
  return { summary: rowToSummary(target), content: rebuild(chain) };
}
