// The newsroom methods of the contract (newsroomStatus, connectNewsroom, syncNewsroom,
// disconnectNewsroom, watchNewsroom, setOpenStory) over the same connection and sync agent as
// `galley connect` and `galley sync`. The shell says which library file the token goes beside,
// which keeper holds it, and whether the library syncs by itself while connected.
import { GalleyError } from '../../../src/api/result';
import type { NewsroomActivity, NewsroomStatus, NewsroomSyncResult } from '../../../src/newsroom/newsroomStatus';
import type { StorePort } from '../../store/storePort';
import { ActivityBoard } from './activityBoard';
import { BackgroundSync, type BackgroundSyncOptions } from './backgroundSync';
import { checkInvitationToken, connectNewsroom, connectedUrl, disconnectNewsroom, parseNewsroomUrl, readConnection, type NewsroomConnection } from './newsroomConnection';
import type { SecretStore } from './secretStore';
import type { LiveStories } from './liveStories';
import { serverStories, syncLibrary, type SyncReport } from './syncLibrary';

export type NewsroomOptions = Readonly<{
  library: string;
  secrets: SecretStore;
  /**
   * Sync by itself while connected (backgroundSync.ts): the app and the test host. The CLI stays
   * one-shot. Default: no background sync.
   */
  background?: Pick<BackgroundSyncOptions, 'timing'> | false;
}>;

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

function resultOf(report: SyncReport, status: NewsroomStatus): NewsroomSyncResult {
  return {
    status,
    stories: report.stories,
    received: report.received.length,
    changed: report.changed.length,
    sent: report.sent.length,
    conflicts: report.conflicts,
    failures: report.failures,
    warnings: report.warnings,
  };
}

/** `live` owns the stories open live: every sync leaves them to it, and Disconnect ends them. */
export function createNewsroomServices(store: StorePort, { library, secrets, background = false }: NewsroomOptions, live?: Pick<LiveStories, 'isLive' | 'closeAll'>) {
  const board = new ActivityBoard();
  let agent: BackgroundSync | null = null;
  let closed = false;
  /** The story open in this library's window, said again when the background sync (re)starts. */
  let openStory: string | null = null;

  async function status(): Promise<NewsroomStatus> {
    const url = await connectedUrl(store);
    if (!url) return { connected: false };
    const last = ((await store.getSetting(LAST_SYNC)) as LastSync | undefined) ?? { syncedAt: null, offlineReason: null };
    return { connected: true, url, host: new URL(url).host, lastSyncedAt: last.syncedAt, offlineReason: last.offlineReason, waiting: await store.waitingStoryCount() };
  }

  async function remember(last: LastSync): Promise<void> {
    await store.setSetting(LAST_SYNC, last);
  }

  /** One sync, of the library or of `stories`, with its outcome kept for the header. */
  async function sync(connection: NewsroomConnection, stories?: ReadonlyMap<string, number | undefined>): Promise<SyncReport> {
    const previous = ((await store.getSetting(LAST_SYNC)) as LastSync | undefined) ?? { syncedAt: null, offlineReason: null };
    let report;
    try {
      report = await syncLibrary(store, connection, { stories, skip: live?.isLive });
    } catch (error) {
      await remember({ syncedAt: previous.syncedAt, offlineReason: (error as Error).message });
      throw error;
    }
    await remember({ syncedAt: report.failures.length ? previous.syncedAt : new Date().toISOString(), offlineReason: null });
    return report;
  }

  /** Starts the background sync when the shell wants one and the library is connected. */
  async function startAgent(): Promise<void> {
    if (!background || agent || closed) return;
    let connection: NewsroomConnection | null;
    try {
      connection = await readConnection(store, secrets);
    } catch (error) {
      board.update({ problem: (error as Error).message });
      return;
    }
    if (!connection || agent || closed) return;
    const connected = connection;
    agent = new BackgroundSync({ ...background, store, connection: connected, board, isLive: live?.isLive, sync: (stories) => sync(connected, stories) });
    agent.setOpenStory(openStory);
  }

  async function stopAgent(): Promise<void> {
    const stopping = agent;
    agent = null;
    await stopping?.stop();
  }

  const handlers = {
    newsroomStatus: status,
    connectNewsroom: async ({ url, token }: { url: string; token: string }): Promise<NewsroomStatus> => {
      checkInvitationToken(token);
      // Refused, unreachable or another version: thrown here, before anything is kept.
      await serverStories({ url: parseNewsroomUrl(url), token });
      await stopAgent();
      await connectNewsroom(store, library, url, token, secrets);
      await remember({ syncedAt: null, offlineReason: null });
      await startAgent();
      return status();
    },
    syncNewsroom: async (): Promise<NewsroomSyncResult> => {
      if (agent) return resultOf(await agent.syncNow(), await status());
      const connection = await readConnection(store, secrets);
      if (!connection) return { status: await status(), stories: 0, received: 0, changed: 0, sent: 0, conflicts: [], failures: [], warnings: [] };
      return resultOf(await sync(connection), await status());
    },
    disconnectNewsroom: async (): Promise<NewsroomStatus> => {
      await stopAgent();
      await live?.closeAll();
      await disconnectNewsroom(store);
      await store.setSetting(LAST_SYNC, null);
      board.update({ problem: null });
      board.touch();
      return status();
    },
    watchNewsroom: async ({ after }: { after: number }): Promise<NewsroomActivity> => {
      const generation = await board.watch(after);
      return { generation, status: await status(), ...board.facts };
    },
    setOpenStory: async ({ id }: { id: string | null }): Promise<{ openStory: string | null }> => {
      openStory = id;
      agent?.setOpenStory(id);
      return { openStory };
    },
  };

  return {
    handlers,
    /** Starts syncing by itself when the shell asked for it and the library is connected. */
    start: startAgent,
    /** A call that may have saved something: local changes go once saves pause. */
    noteLocalChange(): void {
      agent?.localChange();
    },
    /** Stops the background sync and answers every waiting watch: nothing is left running. */
    async close(): Promise<void> {
      closed = true;
      board.close();
      await stopAgent();
    },
  };
}
