// Shared stories in the local library (migration 0090): each one's Yjs state as the server
// acknowledged it, the local updates it has not acknowledged yet, and the field conflicts
// found while syncing. The document is the story's truth once shared; the stories row is
// derived from it for the list, search, export and readiness.
import * as Y from 'yjs';
import type { FieldConflict } from '../../src/newsroom/fieldConflicts';
import { applyStoryToDoc, docOf, fieldValues, storyToUpdate } from '../../src/newsroom/storyYjs';
import type { Story } from '../../src/story/story';
import type { Db } from './database';
import { statement } from './statements';

/** A shared story's document as stored: the acknowledged state and the pending updates after it. */
export type SharedStoryState = Readonly<{
  state: Uint8Array;
  /** The server's revision of the story when it was last in step (0 before the first sync). */
  serverRevision: number;
  pending: readonly { seq: number; update: Uint8Array }[];
}>;

/** An open conflict, as `galley sync` and the app report it. */
export type StoredConflict = FieldConflict & Readonly<{ storyId: string; foundAt: string }>;

export function isShared(db: Db, storyId: string): boolean {
  return statement(db, 'SELECT 1 FROM shared_stories WHERE story_id = ?').get(storyId) !== undefined;
}

export function sharedState(db: Db, storyId: string): SharedStoryState | null {
  const row = statement(db, 'SELECT state, server_revision FROM shared_stories WHERE story_id = ?').get(storyId) as
    | { state: Buffer; server_revision: number }
    | undefined;
  if (!row) return null;
  const pending = (statement(db, 'SELECT seq, update_ FROM pending_updates WHERE story_id = ? ORDER BY seq').all(storyId) as { seq: number; update_: Buffer }[]).map(
    (p) => ({ seq: p.seq, update: new Uint8Array(p.update_) }),
  );
  return { state: new Uint8Array(row.state), serverRevision: row.server_revision, pending };
}

/** The story's document as this library has it: the acknowledged state with every pending update. */
export function localDoc(shared: Pick<SharedStoryState, 'state' | 'pending'>): Y.Doc {
  return docOf([shared.state, ...shared.pending.map((p) => p.update)]);
}

const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Makes a story created here a shared document: its one conversion from JSON, stored as a
 * pending update since no server has it yet. A story that came from the server never passes
 * here: it arrives as its document.
 */
export function shareStory(db: Db, story: Story): void {
  statement(db, 'INSERT INTO shared_stories (story_id, state) VALUES (?, ?)').run(story.id, Buffer.from(EMPTY_STATE));
  addPending(db, story.id, storyToUpdate(story));
}

/** A story this library has never had: its document as the server sent it, acknowledged. */
export function receiveStory(db: Db, storyId: string, state: Uint8Array, serverRevision: number): void {
  statement(db, 'INSERT INTO shared_stories (story_id, state, server_revision) VALUES (?, ?, ?)').run(storyId, Buffer.from(state), serverRevision);
}

function addPending(db: Db, storyId: string, update: Uint8Array): void {
  statement(db, 'INSERT INTO pending_updates (story_id, update_) VALUES (?, ?)').run(storyId, Buffer.from(update));
}

/**
 * Updates typed in a live session (main/services/newsroom/liveStories.ts), kept at once as
 * pending so that a process that dies loses none of them; returns the last one's seq.
 */
export function addLiveUpdates(db: Db, storyId: string, updates: readonly Uint8Array[]): number {
  let seq = 0;
  for (const update of updates) seq = Number(statement(db, 'INSERT INTO pending_updates (story_id, update_) VALUES (?, ?)').run(storyId, Buffer.from(update)).lastInsertRowid);
  return seq;
}

/**
 * Others' updates received live: merged into the story's state, beside what the server
 * acknowledged, so that the document here (and the row derived from it) holds them. They are
 * the newsroom's, never pending here: the person who typed them keeps their own copy until
 * the server stores them.
 */
export function addReceivedUpdates(db: Db, storyId: string, updates: readonly Uint8Array[]): void {
  const row = statement(db, 'SELECT state FROM shared_stories WHERE story_id = ?').get(storyId) as { state: Buffer } | undefined;
  if (!row || updates.length === 0) return;
  statement(db, 'UPDATE shared_stories SET state = ? WHERE story_id = ?').run(Buffer.from(Y.mergeUpdates([new Uint8Array(row.state), ...updates])), storyId);
}

/**
 * The server stored (as `serverRevision`) everything up to pending seq `ackedThrough` of a live
 * session: those updates join the acknowledged state and leave the pending queue.
 */
export function acknowledgeLive(db: Db, input: { storyId: string; serverRevision: number; ackedThrough: number }): void {
  const shared = sharedState(db, input.storyId);
  if (!shared) return;
  const acked = shared.pending.filter((p) => p.seq <= input.ackedThrough).map((p) => p.update);
  statement(db, 'UPDATE shared_stories SET state = ?, server_revision = ? WHERE story_id = ?').run(
    Buffer.from(Y.mergeUpdates([shared.state, ...acked])),
    input.serverRevision,
    input.storyId,
  );
  statement(db, 'DELETE FROM pending_updates WHERE story_id = ? AND seq <= ?').run(input.storyId, input.ackedThrough);
}

/**
 * Records a local save of a shared story as the Yjs update it makes (nothing when it changes
 * nothing in the document). A field the person sets again is their choice in an open conflict.
 */
export function recordLocalEdit(db: Db, story: Story): void {
  const shared = sharedState(db, story.id);
  if (!shared) return;
  const doc = localDoc(shared);
  const before = fieldValues(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  applyStoryToDoc(doc, story);
  if (updates.length === 0) return;
  addPending(db, story.id, Y.mergeUpdates(updates));
  for (const [field, value] of fieldValues(doc)) {
    if (JSON.stringify(value) !== JSON.stringify(before.get(field))) settleConflict(db, story.id, field);
  }
}

/** The person chose a value for the field (perhaps the one already shown): the conflict is over. */
export function settleConflict(db: Db, storyId: string, field: string): void {
  statement(db, 'DELETE FROM field_conflicts WHERE story_id = ? AND field = ?').run(storyId, field);
}

/**
 * After the server acknowledged storing `state` (as its `serverRevision`): it becomes the story's acknowledged state,
 * the pending updates it includes (up to `ackedThrough`) go, and conflicts found are kept.
 */
export function acknowledge(
  db: Db,
  input: { storyId: string; state: Uint8Array; serverRevision: number; ackedThrough: number; conflicts: readonly FieldConflict[]; at: string },
): void {
  statement(db, 'UPDATE shared_stories SET state = ?, server_revision = ? WHERE story_id = ?').run(Buffer.from(input.state), input.serverRevision, input.storyId);
  statement(db, 'DELETE FROM pending_updates WHERE story_id = ? AND seq <= ?').run(input.storyId, input.ackedThrough);
  for (const conflict of input.conflicts) {
    statement(
      db,
      `INSERT INTO field_conflicts (story_id, field, mine, theirs, found_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (story_id, field) DO UPDATE SET mine = excluded.mine, theirs = excluded.theirs, found_at = excluded.found_at`,
    ).run(input.storyId, conflict.field, JSON.stringify(conflict.mine ?? null), JSON.stringify(conflict.theirs ?? null), input.at);
  }
}

/** Forgets the story's unacknowledged updates and open conflicts: the person chose the newsroom's version. */
export function discardPending(db: Db, storyId: string): void {
  statement(db, 'DELETE FROM pending_updates WHERE story_id = ?').run(storyId);
  statement(db, 'DELETE FROM field_conflicts WHERE story_id = ?').run(storyId);
}

export function listConflicts(db: Db): StoredConflict[] {
  return (
    statement(db, 'SELECT story_id, field, mine, theirs, found_at FROM field_conflicts ORDER BY story_id, field').all() as {
      story_id: string;
      field: string;
      mine: string;
      theirs: string;
      found_at: string;
    }[]
  ).map((row) => ({ storyId: row.story_id, field: row.field, mine: JSON.parse(row.mine), theirs: JSON.parse(row.theirs), foundAt: row.found_at }));
}

export function sharedStoryIds(db: Db): string[] {
  return (statement(db, 'SELECT story_id FROM shared_stories ORDER BY story_id').all() as { story_id: string }[]).map((row) => row.story_id);
}

/** Live stories created here and not yet shared. */
export function unsharedStoryIds(db: Db): string[] {
  return (
    statement(db, 'SELECT id FROM stories WHERE deleted_at IS NULL AND id NOT IN (SELECT story_id FROM shared_stories) ORDER BY id').all() as { id: string }[]
  ).map((row) => row.id);
}

/** Shared stories with changes here the newsroom has not stored yet. */
export function pendingStoryIds(db: Db): string[] {
  return (statement(db, 'SELECT DISTINCT story_id FROM pending_updates ORDER BY story_id').all() as { story_id: string }[]).map((row) => row.story_id);
}

/** Stories with changes the newsroom has not stored: pending updates, or created here and never shared. */
export function waitingStoryCount(db: Db): number {
  const row = statement(
    db,
    'SELECT (SELECT COUNT(DISTINCT story_id) FROM pending_updates) + (SELECT COUNT(*) FROM stories WHERE deleted_at IS NULL AND id NOT IN (SELECT story_id FROM shared_stories)) AS n',
  ).get() as { n: number };
  return row.n;
}
