// Review marks and the review state of a story (issue 6): queries over a write handle, called by
// the Store inside its transactions.
import { GalleyError } from '../../src/api/result';
import type { DeleteReviewMarkInput, ReturnToEditorInput, ReviewMark, SetReviewMarkInput, SignOffInput } from '../../src/review/reviewMarks';
import type { Story } from '../../src/story/story';
import type { Db } from './database';

interface ReviewMarkRow {
  id: number;
  story_id: string;
  quote: string;
  before_text: string;
  after_text: string;
  verdict: ReviewMark['verdict'];
  note: string;
  reviewer: string;
  updated_at: string;
}

function rowToReviewMark(row: ReviewMarkRow): ReviewMark {
  return {
    id: row.id,
    storyId: row.story_id,
    anchor: { quote: row.quote, before: row.before_text, after: row.after_text },
    verdict: row.verdict,
    note: row.note,
    by: row.reviewer,
    updatedAt: row.updated_at,
  };
}

export function listReviewMarks(db: Db, storyId: string): ReviewMark[] {
  return (db.prepare('SELECT * FROM review_marks WHERE story_id = ? ORDER BY id').all(storyId) as ReviewMarkRow[]).map(rowToReviewMark);
}

/**
 * Sets a mark. With `markId` the mark is changed and re-anchored to the quote's current context,
 * so it keeps up with edits; another mark already on that exact anchor gives way to it.
 */
export function setReviewMark(db: Db, input: SetReviewMarkInput, at: string): ReviewMark {
  const params = { story_id: input.id, quote: input.anchor.quote, before_text: input.anchor.before, after_text: input.anchor.after, verdict: input.verdict, note: input.note.trim(), reviewer: input.by.trim(), updated_at: at };
  if (input.markId !== undefined) {
    const found = db.prepare('SELECT id FROM review_marks WHERE id = ? AND story_id = ?').get(input.markId, input.id);
    if (!found) throw new GalleyError('not-found', `Story ${input.id} has no review mark ${input.markId}; reload the review pane.`);
    db.prepare('DELETE FROM review_marks WHERE story_id = :story_id AND quote = :quote AND before_text = :before_text AND after_text = :after_text AND id <> :id').run({ ...params, id: input.markId });
    db.prepare('UPDATE review_marks SET quote = :quote, before_text = :before_text, after_text = :after_text, verdict = :verdict, note = :note, reviewer = :reviewer, updated_at = :updated_at WHERE id = :id').run({ ...params, id: input.markId });
    return rowToReviewMark(db.prepare('SELECT * FROM review_marks WHERE id = ?').get(input.markId) as ReviewMarkRow);
  }
  return rowToReviewMark(
    db
      .prepare(
        `INSERT INTO review_marks (story_id, quote, before_text, after_text, verdict, note, reviewer, updated_at)
         VALUES (:story_id, :quote, :before_text, :after_text, :verdict, :note, :reviewer, :updated_at)
         ON CONFLICT (story_id, quote, before_text, after_text) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, reviewer = excluded.reviewer, updated_at = excluded.updated_at
         RETURNING *`,
      )
      .get(params) as ReviewMarkRow,
  );
}

/** Deletes a mark and returns it as it was. A mark already gone is `not-found`: another window removed it. */
export function deleteReviewMark(db: Db, input: DeleteReviewMarkInput): ReviewMark {
  const row = db.prepare('DELETE FROM review_marks WHERE id = ? AND story_id = ? RETURNING *').get(input.markId, input.id) as ReviewMarkRow | undefined;
  if (!row) throw new GalleyError('not-found', `Story ${input.id} has no review mark ${input.markId}; reload the review pane.`);
  return rowToReviewMark(row);
}

/** Refuses a review decision about a version other than the stored one: the reviewer read something else. */
function assertReviewedVersion(current: Story, baseVersion: number): void {
  if (current.version !== baseVersion) {
    throw new GalleyError('conflict', `The story changed (version ${current.version}) after you started reviewing version ${baseVersion}; read the new version first.`, { current });
  }
}

/**
 * The story with the reviewer's sign-off of this version. The version number does not move: a
 * sign-off is about the words, and bumping it would make the editor's next autosave a conflict.
 */
export function signedOff(current: Story, input: SignOffInput, at: string): Story {
  assertReviewedVersion(current, input.baseVersion);
  return { ...current, review: { state: 'signed-off', by: input.by.trim(), at, version: current.version } };
}

/** The story sent back to its editor with the reviewer's note. */
export function returnedToEditor(current: Story, input: ReturnToEditorInput, at: string): Story {
  assertReviewedVersion(current, input.baseVersion);
  return { ...current, review: { state: 'returned', by: input.by.trim(), at, note: input.note.trim(), version: current.version } };
}
