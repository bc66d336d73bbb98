// Review marks and sign-off in the library (issue 6), against a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createServices } from '../../main/services/services';
import { dispatch } from '../../main/services/dispatch';
import { MIGRATIONS } from '../../main/store/migrations';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { anchorOf } from '../../src/review/anchor';
import { isSignOffStale } from '../../src/review/reviewState';
import { bodyFromParagraphs, bodyText } from '../../src/story/body';
import { readinessProfileSchema, checkReadiness } from '../../src/story/readiness';
import type { Story } from '../../src/story/story';
import { storyFields } from '../support/storyBuilders';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

let folder: TempFolder;
let store: Store;

beforeEach(() => ({ folder, store } = openTestLibrary()));
afterEach(() => closeTestLibrary(folder, store));

const QUOTE = '“We will hold the line,”';
const PARAGRAPHS = [`${QUOTE} Zelensky said.`, 'The talks resume on Monday.'];

function quoteAnchor(story: Story) {
  const text = bodyText(story.body);
  const start = text.indexOf(QUOTE);
  return anchorOf(text, { start, end: start + QUOTE.length });
}

describe('review marks', () => {
  it('creates the review_marks table in migration 50, on top of a library from schema 40', () => {
    const file = folder.file('old.galley');
    const old = new Database(file);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 40)) migration.up(old);
    old.pragma('user_version = 40');
    old.close();
    const upgraded = new Store(file);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(upgraded.db.prepare("SELECT name FROM sqlite_master WHERE name = 'review_marks'").get()).toBeTruthy();
    upgraded.close();
  });

  it('stores a mark by its anchor, changes it in place, and keeps one row per anchor', () => {
    const story = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    const anchor = quoteAnchor(story);
    const first = store.setReviewMark({ id: story.id, anchor, verdict: 'needs-check', note: 'Check the tape', by: 'Lee' });
    const again = store.setReviewMark({ id: story.id, anchor, verdict: 'verified', note: '', by: 'Lee' });
    expect(again.id).toBe(first.id);
    expect(store.listReviewMarks(story.id)).toEqual([expect.objectContaining({ verdict: 'verified', anchor, by: 'Lee' })]);
  });

  it('re-anchors a mark to the quote’s new context when it is changed after an edit', () => {
    const story = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    const mark = store.setReviewMark({ id: story.id, anchor: quoteAnchor(story), verdict: 'verified', note: '', by: 'Lee' });
    const edited = store.saveStory({ id: story.id, baseVersion: story.version, changes: { body: bodyFromParagraphs(['KYIV —', ...PARAGRAPHS]) } });
    const moved = store.setReviewMark({ id: story.id, markId: mark.id, anchor: quoteAnchor(edited), verdict: 'verified', note: '', by: 'Ana' });
    expect(moved.id).toBe(mark.id);
    expect(moved.anchor.before).toBe('KYIV —\n\n');
    expect(store.listReviewMarks(story.id)).toHaveLength(1);
  });

  it('refuses a needs-check mark without a note, and a mark on a missing story', async () => {
    const services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: './' });
    const story = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    const noNote = await dispatch(services, 'setReviewMark', { id: story.id, anchor: quoteAnchor(story), verdict: 'needs-check', note: ' ', by: 'Lee' });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('needs a note') } });
    const missing = await dispatch(services, 'setReviewMark', { id: 'NOPE', anchor: quoteAnchor(story), verdict: 'verified', by: 'Lee' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('deletes one mark, returns it as it was, and refuses a mark that is already gone', async () => {
    const services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: './' });
    const story = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    const mark = store.setReviewMark({ id: story.id, anchor: quoteAnchor(story), verdict: 'needs-check', note: 'Check the tape', by: 'Lee' });
    const removed = await dispatch(services, 'deleteReviewMark', { id: story.id, markId: mark.id });
    expect(removed).toEqual({ ok: true, value: mark });
    expect(store.listReviewMarks(story.id)).toEqual([]);
    const again = await dispatch(services, 'deleteReviewMark', { id: story.id, markId: mark.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // Another story's mark is not this story's to delete.
    const other = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    const theirs = store.setReviewMark({ id: other.id, anchor: quoteAnchor(other), verdict: 'verified', note: '', by: 'Ana' });
    expect(() => store.deleteReviewMark({ id: story.id, markId: theirs.id })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(store.listReviewMarks(other.id)).toHaveLength(1);
  });

  it('deletes a story’s marks when the trash is emptied', () => {
    const story = store.createStory(storyFields({ body: bodyFromParagraphs(PARAGRAPHS) }));
    store.setReviewMark({ id: story.id, anchor: quoteAnchor(story), verdict: 'verified', note: '', by: 'Lee' });
    store.deleteStory(story.id);
    store.emptyTrash();
    expect(store.db.prepare('SELECT count(*) AS n FROM review_marks').get()).toEqual({ n: 0 });
  });
});

describe('sign-off', () => {
  const profile = readinessProfileSchema.parse({ requireSignOff: true });
  const codes = (story: Story) => checkReadiness(story, profile, new Date('2026-11-06T12:00:00Z')).filter((p) => p.field === 'review').map((p) => p.code);

  it('records the reviewer, the time and the version, without a new version', () => {
    const story = store.createStory(storyFields());
    const signed = store.signOff({ id: story.id, baseVersion: story.version, by: 'Lee Park' });
    expect(signed.version).toBe(story.version);
    expect(store.getStory(story.id).review).toEqual({ state: 'signed-off', by: 'Lee Park', at: expect.any(String), version: story.version });
    expect(codes(store.getStory(story.id))).toEqual([]);
  });

  it('goes stale when the words are edited, and the desk sees it', () => {
    const story = store.createStory(storyFields());
    store.signOff({ id: story.id, baseVersion: story.version, by: 'Lee' });
    const edited = store.saveStory({ id: story.id, baseVersion: story.version, changes: { headline: 'A new headline' } });
    expect(isSignOffStale(edited)).toBe(true);
    expect(edited.review).toMatchObject({ state: 'signed-off', by: 'Lee', version: story.version });
    expect(codes(edited)).toEqual(['sign-off-stale']);
  });

  it('stays current through a status change or an edit that changes no reviewed words', () => {
    const story = store.createStory(storyFields());
    store.signOff({ id: story.id, baseVersion: story.version, by: 'Lee' });
    const ready = store.setStatus({ id: story.id, status: 'ready' });
    expect(isSignOffStale(ready)).toBe(false);
    const noted = store.saveStory({ id: story.id, baseVersion: ready.version, changes: { ednote: 'Hold for the desk', urgency: 3 } });
    expect(isSignOffStale(noted)).toBe(false);
    expect(codes(noted)).toEqual([]);
  });

  it('refuses to sign off or return a version other than the stored one', () => {
    const story = store.createStory(storyFields());
    store.saveStory({ id: story.id, baseVersion: story.version, changes: { headline: 'Changed elsewhere' } });
    expect(() => store.signOff({ id: story.id, baseVersion: story.version, by: 'Lee' })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => store.returnToEditor({ id: story.id, baseVersion: story.version, by: 'Lee', note: 'Fix it' })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(store.getStory(story.id).review).toEqual({ state: 'none' });
  });

  it('returns a story to its editor with the note; that is not a sign-off', () => {
    const story = store.createStory(storyFields());
    const returned = store.returnToEditor({ id: story.id, baseVersion: story.version, by: 'Lee', note: 'Who is the official?' });
    expect(returned.review).toEqual({ state: 'returned', by: 'Lee', at: expect.any(String), note: 'Who is the official?', version: story.version });
    expect(codes(returned)).toEqual(['sign-off-missing']);
  });
});
