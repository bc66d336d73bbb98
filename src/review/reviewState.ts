/**
 * The review's life cycle over story versions.
 *
 * A sign-off names the story version the reviewer read (`review.version`). Editing the story
 * afterwards leaves the sign-off in place but makes it stale: `state` stays `signed-off`, the
 * story's version moves past `review.version`, and readiness reports `sign-off-stale`, so the
 * desk sees who signed off what and that it changed since. Staleness is derived, never stored.
 *
 * Not every new version is an edit: a status change or a send bumps the version with the same
 * words. `carrySignOff` moves a current sign-off along with such versions, so marking a signed-off
 * story "ready" does not make its sign-off stale.
 */
import type { Story, StoryFields } from '../story/story';

/** True when the story changed after the reviewer signed it off. */
export function isSignOffStale(story: Pick<Story, 'review' | 'version'>): boolean {
  return story.review.state === 'signed-off' && story.review.version !== undefined && story.review.version !== story.version;
}

/** What the reviewer reads. A change to the slug, keywords, urgency or the note to the desk leaves a sign-off current. */
export const REVIEWED_FIELDS: readonly (keyof StoryFields)[] = ['headline', 'standfirst', 'byline', 'dateline', 'body', 'credit'];

function sameWords(a: Story, b: Story): boolean {
  return REVIEWED_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/** `after` with the sign-off of `before` moved to its version, when `before` was signed off and the words are unchanged. */
export function carrySignOff(before: Story, after: Story): Story {
  const current = before.review.state === 'signed-off' && before.review.version === before.version;
  if (!current || after.version === before.version || !sameWords(before, after)) return after;
  return { ...after, review: { ...after.review, version: after.version } };
}
