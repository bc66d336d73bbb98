import { afterEach, beforeEach, expect, it } from 'vitest';
import { Store } from '../../main/store/store';
import { storyFields } from '../support/storyBuilders';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

let folder: TempFolder;
let store: Store;
beforeEach(() => ({ folder, store } = openTestLibrary()));
afterEach(() => closeTestLibrary(folder, store));

it('imports many stories in one transaction, each with its status, an import revision and a search entry', () => {
  const stories = store.importMany([
    { fields: storyFields({ slug: 'ONE', headline: 'Harbour reopens' }) },
    { fields: storyFields({ slug: 'TWO', headline: 'Harbour closes' }), status: 'sent' },
  ]);
  expect(stories.map((s) => [s.slug, s.status, s.version])).toEqual([['ONE', 'draft', 1], ['TWO', 'sent', 1]]);
  expect(store.listRevisions(stories[1].id).map((r) => [r.kind, r.status])).toEqual([['import', 'sent']]);
  expect(store.searchStories({ query: 'harbour', limit: 10 }).hits).toHaveLength(2);
});

it('writes none of the stories when one of them cannot be stored', () => {
  // urgency 0 breaks the table's CHECK constraint: the whole import rolls back.
  expect(() => store.importMany([{ fields: storyFields({ slug: 'GOOD' }) }, { fields: storyFields({ urgency: 0 }) }])).toThrow();
  expect(store.listStories({ limit: 10 }).total).toBe(0);
  expect(store.searchStories({ query: 'grain', limit: 10 }).hits).toEqual([]);
});
