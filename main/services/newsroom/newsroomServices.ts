// The newsroom methods of the contract (newsroomStatus, connectNewsroom, syncNewsroom,
// disconnectNewsroom) over the same connection and sync agent as `galley connect` and `galley sync`.
// The shell says which library file the token goes beside and which keeper holds it.
import { GalleyError } from '../../../src/api/result';
import type { NewsroomStatus, NewsroomSyncResult } from '../../../src/newsroom/newsroomStatus';
import type { StorePort } from '../../store/storePort';
import { checkInvitationToken, connectNewsroom, connectedUrl, disconnectNewsroom, parseNewsroomUrl, readConnection } from './newsroomConnection';
import type { SecretStore } from './secretStore';
import type { LiveStories } from './liveStories';
import { serverStories, syncLibrary } from './syncLibrary';

export type NewsroomOptions = Readonly<{ library: string; secrets: SecretStore }>;

/** Services with no library file of their own (tests of other services): connecting says so. */
export const NO_NEWSROOM: NewsroomOptions = {
  library: '',
  secrets: {
    kind: 'file',
    save: () => {
      throw new GalleyError('io', 'There is no library file here to keep a newsroom token beside.');
    },
    load: () => {
      throw new GalleyError('io', 'There is no library file here to read a newsroom token beside.');
    },
  },
};

/** The last sync's outcome, kept in the library so the header can say Offline after a restart. */
const LAST_SYNC = 'newsroom.lastSync';
type LastSync = { syncedAt: string | null; offlineReason: string | null };

/** `live` owns the stories open live: Sync now leaves them to it, and Disconnect ends them. */
export function createNewsroomServices(store: StorePort, { library, secrets }: NewsroomOptions, live?: Pick<LiveStories, 'isLive' | 'closeAll'>) {
  async function status(): Promise<NewsroomStatus> {
    const url = await connectedUrl(store);
    if (!url) return { connected: false };
    const last = ((await store.getSetting(LAST_SYNC)) as LastSync | undefined) ?? { syncedAt: null, offlineReason: null };
    return { connected: true, url, host: new URL(url).host, lastSyncedAt: last.syncedAt, offlineReason: last.offlineReason, waiting: await store.waitingStoryCount() };
  }

  async function remember(last: LastSync): Promise<void> {
    await store.setSetting(LAST_SYNC, last);
  }

  return {
    newsroomStatus: status,
    connectNewsroom: async ({ url, token }: { url: string; token: string }): Promise<NewsroomStatus> => {
      checkInvitationToken(token);
      // Refused, unreachable or another version: thrown here, before anything is kept.
      await serverStories({ url: parseNewsroomUrl(url), token });
      await connectNewsroom(store, library, url, token, secrets);
      await remember({ syncedAt: null, offlineReason: null });
      return status();
    },
    syncNewsroom: async (): Promise<NewsroomSyncResult> => {
      const connection = await readConnection(store, secrets);
      if (!connection) return { status: await status(), stories: 0, received: 0, changed: 0, sent: 0, conflicts: [], failures: [], warnings: [] };
      const previous = ((await store.getSetting(LAST_SYNC)) as LastSync | undefined) ?? { syncedAt: null, offlineReason: null };
      let report;
      try {
        report = await syncLibrary(store, connection, { skip: live?.isLive });
      } catch (error) {
        await remember({ syncedAt: previous.syncedAt, offlineReason: (error as Error).message });
        throw error;
      }
      await remember({ syncedAt: report.failures.length ? previous.syncedAt : new Date().toISOString(), offlineReason: null });
      return {
        status: await status(),
        stories: report.stories,
        received: report.received.length,
        changed: report.changed.length,
        sent: report.sent.length,
        conflicts: report.conflicts,
        failures: report.failures,
        warnings: report.warnings,
      };
    },
    disconnectNewsroom: async (): Promise<NewsroomStatus> => {
      await live?.closeAll();
      await disconnectNewsroom(store);
      await store.setSetting(LAST_SYNC, null);
      return status();
    },
  };
}
