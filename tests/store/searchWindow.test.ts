import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFromParagraphs } from '../../src/story/body';
import { RANK_WINDOW } from '../../main/store/search';
import { Store } from '../../main/store/store';
import { storyFields } from '../support/storyBuilders';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

let folder: TempFolder;
let store: Store;
beforeEach(() => ({ folder, store } = openTestLibrary()));
afterEach(() => closeTestLibrary(folder, store));

/** `count` stories, oldest first, mentioning the harbour in the body; `inHeadline` indexes also in the headline. */
function harbourStories(count: number, inHeadline: readonly number[]) {
  return store.importMany(
    Array.from({ length: count }, (_, i) => ({
      fields: storyFields({
        slug: `S${i}`,
        headline: inHeadline.includes(i) ? `Harbour story ${i}` : `Story ${i}`,
        keywords: [],
        body: bodyFromParagraphs([`Boats left the harbour on day ${i}.`]),
      }),
    })),
  );
}

describe('search on a deep library', () => {
  it('shows headline matches among the newest first, then the newest, and says the count is capped', () => {
    const count = RANK_WINDOW + 30;
    // Story 5 is outside the window of the newest RANK_WINDOW matches: its headline does not lift it.
    harbourStories(count, [5, count - 40, count - 3]);
    const result = store.searchStories({ query: 'harbour', limit: 6 });
    expect(result.windowed).toBe(true);
    expect(result.total).toBe(RANK_WINDOW);
    expect(result.hits.map((hit) => hit.slug)).toEqual([`S${count - 3}`, `S${count - 40}`, `S${count - 1}`, `S${count - 2}`, `S${count - 4}`, `S${count - 5}`]);
    expect(result.hits[0].snippet).toBe(`Boats left the [[harbour]] on day ${count - 3}.`);
  });

  it('leads with headline matches of a phrase, and never shows a story that does not match it', () => {
    const count = RANK_WINDOW + 20;
    const stories = harbourStories(count, []);
    store.saveStory({ id: stories[count - 10].id, baseVersion: 1, changes: { headline: 'Boats left the harbour early' } });
    // The phrase's words in the headline but not as the phrase, nor anywhere else: not a match.
    store.createStory(storyFields({ slug: 'APART', headline: 'The harbour, then boats left', keywords: [], body: bodyFromParagraphs(['Nothing else.']) }));
    const result = store.searchStories({ query: '"left the harbour"', limit: 5 });
    expect(result.windowed).toBe(true);
    expect(result.hits.map((hit) => hit.slug)).toEqual([`S${count - 10}`, `S${count - 1}`, `S${count - 2}`, `S${count - 3}`, `S${count - 4}`]);
  });

  it('ranks every match and counts them exactly when they fit in the window', () => {
    harbourStories(30, [3]);
    const result = store.searchStories({ query: 'harbour', limit: 10 });
    expect(result.windowed).toBe(false);
    expect(result.total).toBe(30);
    expect(result.hits).toHaveLength(10);
    expect(result.hits[0].slug).toBe('S3');
  });

  it('keeps only stories with the chosen status, in the window too', () => {
    const stories = harbourStories(RANK_WINDOW + 10, []);
    store.setStatus({ id: stories[2].id, status: 'ready' });
    const result = store.searchStories({ query: 'harbour', status: 'ready', limit: 10 });
    expect(result.hits.map((hit) => hit.slug)).toEqual(['S2']);
    expect(result.total).toBe(1);
  });
});
