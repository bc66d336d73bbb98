import type { MethodName, MethodResult, ParsedInput } from '../../src/api/contract';
import type { StorePort } from '../store/storePort';
import { addAsset, type AssetOptions } from './assets';
import { sweepStaleTempFiles } from '../../node/atomicWrite';
import { cleanChanges } from './cleanChanges';
import { createDeskServices, type DeskOptions } from './desk/deskServices';
import { NO_DIALOGS, type Dialogs } from './dialogs';
import { inProcessOutboxFiles } from './desk/outboxFiles';
import { inProcessRenderer } from './desk/wirePool';
import { exportStoryFile, exportStoryToFolder } from './exportStoryFile';
import { createImportServices } from './importFiles';
import { createReviewServices } from './reviewServices';
import { createNewsroomServices, NO_NEWSROOM, type NewsroomOptions } from './newsroom/newsroomServices';
import { createNewsroomDesk } from './newsroom/newsroomDesk';
import { createLiveStories } from './newsroom/liveStories';
import { settlingLiveStories } from './newsroom/liveWrites';
import { readConnection } from './newsroom/newsroomConnection';

/** The implementation of every contract method: parsed input in, result out, GalleyError on failure. */
export type ServiceHandlers = {
  [K in MethodName]: (input: ParsedInput<K>) => Promise<MethodResult<K>>;
};

/** The handlers, and what the shell stops with them: the newsroom's background sync and live stories. */
export type Services = ServiceHandlers & { close(): Promise<void> };

/**
 * After any call but the newsroom's own, the newsroom looks for local changes to send once
 * calls pause: no list of which methods save to keep in step with the contract, and a look
 * when nothing waits is one query.
 */
function noticingLocalChanges(handlers: ServiceHandlers, newsroomMethods: readonly string[], noteLocalChange: () => void): ServiceHandlers {
  const noticing: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (input: never) => Promise<unknown>][]) {
    noticing[name] = newsroomMethods.includes(name)
      ? handler
      : async (input) => {
          const result = await handler(input);
          noteLocalChange();
          return result;
        };
  }
  return noticing as unknown as ServiceHandlers;
}

/**
 * The services over a store and its asset folder. The same object serves IPC, the test host, the
 * CLI and tests; `dialogs` are the app's windows (or the test host's double); `newsroom` names the
 * library file the newsroom token goes beside and the keeper that holds it.
 */
export function createServices(
  store: StorePort,
  assets: AssetOptions,
  desk: DeskOptions = {},
  dialogs: Dialogs = NO_DIALOGS,
  newsroom: NewsroomOptions = NO_NEWSROOM,
): Services {
  // Every shell opens its library through here: photos half-written before a crash go now.
  sweepStaleTempFiles(assets.folder);
  // The wire workers render the desk's files and read imported ones.
  const renderer = desk.renderer ?? inProcessRenderer(desk.schemasFolder);
  const files = desk.files ?? inProcessOutboxFiles();
  const live = createLiveStories(store, () => readConnection(store, newsroom.secrets));
  const newsroomServices = createNewsroomServices(store, newsroom, live);
  const newsroomDesk = createNewsroomDesk(store, () => readConnection(store, newsroom.secrets), newsroomServices.handlers.syncNewsroom);
  const handlers: ServiceHandlers = settlingLiveStories({
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
    chooseFolder: async ({ title }) => ({ folder: await dialogs.chooseFolder(title) }),
    getHouseDictionary: () => store.getHouseDictionary(),
    addToHouseDictionary: ({ word }) => store.addToHouseDictionary(word),
    ...createDeskServices(store, { assetFolder: assets.folder, ...desk, renderer, newsroom: newsroomDesk }),
    ...createImportServices(store, assets.folder, renderer),
    ...createReviewServices(store),
    ...newsroomServices.handlers,
    ...live.handlers,
    exportStory: (input) => exportStoryFile(store, assets.folder, input),
    exportToFolder: (input) => exportStoryToFolder(store, files, assets.folder, input),
  }, live);
  void newsroomServices.start();
  // A live story's own calls keep it in step through its live session: nothing for the background sync.
  const keptInStepElsewhere = [...Object.keys(newsroomServices.handlers), ...Object.keys(live.handlers)];
  const close = async () => {
    await newsroomServices.close();
    await live.closeAll();
  };
  return { ...noticingLocalChanges(handlers, keptInStepElsewhere, newsroomServices.noteLocalChange), close };
}
