// Shared stories in the local library (migration 90): each story's Yjs document, converted once,
// and every later save kept as the small update it makes until a server acknowledges it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LATEST_SCHEMA_VERSION } from '../../main/store/migrations';
import { localDoc } from '../../main/store/sharedStories';
import { Store } from '../../main/store/store';
import { storyFromDoc } from '../../src/newsroom/storyYjs';
import { bodyFromParagraphs } from '../../src/story/body';
import { withParagraph } from '../../src/story/fieldEdits';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

let folder: TempFolder;
let store: Store;

beforeEach(() => {
  ({ folder, store } = openTestLibrary());
});
afterEach(() => closeTestLibrary(folder, store));

const longBody = () => bodyFromParagraphs(Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of a long story about the grain corridor and its ships.`));

describe('a shared story in the library', () => {
  it('is converted once: sharing again converts nothing, and its document holds the story', () => {
    const story = store.createStory({ headline: 'Grain', body: bodyFromParagraphs(['One.', 'Two.']), dateline: { place: 'KYIV', date: '2026-12-07', source: 'AFP' } });
    expect(store.shareLocalStories()).toEqual([story.id]);
    expect(store.shareLocalStories()).toEqual([]);
    const shared = store.sharedStoryState(story.id)!;
    expect(shared.pending).toHaveLength(1);
    const { version: _v, updatedAt: _u, ...fromDoc } = storyFromDoc(localDoc(shared), story);
    const { version: _v2, updatedAt: _u2, ...original } = story;
    expect(fromDoc).toEqual(original);
  });

  it('keeps a one-paragraph edit of a long story as an update the size of the edit, and nothing for a save that changes nothing', () => {
    const story = store.createStory({ headline: 'Long', body: longBody() });
    store.shareLocalStories();
    const conversion = store.sharedStoryState(story.id)!.pending[0].update.byteLength;

    const saved = store.saveStory({ id: story.id, baseVersion: 1, changes: { body: withParagraph(story.body, 'A new last paragraph.') } });
    const pending = store.sharedStoryState(story.id)!.pending;
    expect(pending).toHaveLength(2);
    expect(conversion).toBeGreaterThan(20_000);
    expect(pending[1].update.byteLength).toBeLessThan(200);

    store.saveStory({ id: story.id, baseVersion: saved.version, changes: { headline: 'Long' } });
    expect(store.sharedStoryState(story.id)!.pending).toHaveLength(2);
  });

  it('drops pending updates only once acknowledged, and derives the story from the document it was sent', () => {
    const story = store.createStory({ headline: 'Before', body: bodyFromParagraphs(['Kept.']) });
    store.shareLocalStories();
    const [{ seq }] = store.sharedStoryState(story.id)!.pending;
    const edited = store.saveStory({ id: story.id, baseVersion: 1, changes: { headline: 'After' } });

    // The server stored the conversion only: the edit stays pending and the headline stays.
    const stored = Y.encodeStateAsUpdate(localDoc({ state: store.sharedStoryState(story.id)!.state, pending: store.sharedStoryState(story.id)!.pending.slice(0, 1) }));
    store.acknowledgeSync({ id: story.id, state: stored, serverRevision: 1, ackedThrough: seq, conflicts: [] });
    expect(store.sharedStoryState(story.id)!.pending).toHaveLength(1);
    expect(store.getStory(story.id)).toMatchObject({ headline: 'After', version: edited.version });
  });
});

describe('migrations 90 and 100', () => {
  it('upgrades a library of schema 80, keeping its stories and sharing none of them yet', () => {
    const story = store.createStory({ headline: 'Written before the newsroom' });
    store.db.exec('DROP TABLE field_conflicts; DROP TABLE pending_updates; DROP TABLE shared_stories');
    store.db.pragma('user_version = 80');
    store.close();
    store = new Store(folder.file('library.galley'));
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.getStory(story.id).headline).toBe('Written before the newsroom');
    expect(store.sharedStoryIds()).toEqual([]);
    expect(store.shareLocalStories()).toEqual([story.id]);
    expect(store.sharedStoryState(story.id)).toMatchObject({ serverRevision: 0, pending: [expect.anything()] });
  });
});
