import type { MethodName, MethodResult, ParsedInput } from '../../src/api/contract';
import { GalleyError } from '../../src/api/result';
import { sanitizeBody } from '../../src/editor/sanitizeBody';
import { LIMITS, type StoryChanges } from '../../src/story/story';
import type { StorePort } from '../store/storePort';
import { addAsset, type AssetOptions } from './assets';
import { createDeskServices } from './desk/deskServices';

/** The implementation of every contract method: parsed input in, result out, GalleyError on failure. */
export type ServiceHandlers = {
  [K in MethodName]: (input: ParsedInput<K>) => Promise<MethodResult<K>>;
};

/** Bodies enter the library only through here: checked for size, cleaned of what the editor would never produce. */
function cleanChanges(changes: StoryChanges): StoryChanges {
  if (!changes.body) return changes;
  const size = JSON.stringify(changes.body).length;
  if (size > LIMITS.bodyBytes) {
    throw new GalleyError(
      'invalid-input',
      `The story body is too large to save (${(size / 1e6).toFixed(1)} MB; the limit is ${LIMITS.bodyBytes / 1e6} MB). Split it into several stories.`,
    );
  }
  return { ...changes, body: sanitizeBody(changes.body) };
}

/** The services over a store and its asset folder. The same object serves IPC, the test host, the CLI and tests. */
export function createServices(store: StorePort, assets: AssetOptions): ServiceHandlers {
  return {
    listStories: (input) => store.listStories(input),
    searchStories: (input) => store.searchStories(input),
    getStory: ({ id }) => store.getStory(id),
    createStory: ({ fields }) => store.createStory(cleanChanges(fields)),
    saveStory: (input) => store.saveStory({ ...input, changes: cleanChanges(input.changes) }),
    setStatus: (input) => store.setStatus(input),
    deleteStory: ({ id }) => store.deleteStory(id),
    listTrash: () => store.listTrash(),
    restoreFromTrash: ({ id }) => store.restoreFromTrash(id),
    emptyTrash: () => store.emptyTrash(),
    listRevisions: ({ id }) => store.listRevisions(id),
    getRevision: ({ id, revisionId }) => store.getRevision(id, revisionId),
    restoreRevision: (input) => store.restoreRevision(input),
    listPlaces: ({ prefix }) => store.listPlaces(prefix),
    addAsset: ({ name, dataBase64 }) => addAsset(store, assets.folder, { name, bytes: Buffer.from(dataBase64, 'base64') }),
    getAssetBase: async () => assets.baseUrl,
    getHouseDictionary: () => store.getHouseDictionary(),
    addToHouseDictionary: ({ word }) => store.addToHouseDictionary(word),
    ...createDeskServices(store),
  };
}
