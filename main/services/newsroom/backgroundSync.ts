// The library syncing by itself while it is connected (the app and the test host; the CLI's
// `galley sync` stays one-shot): at start, shortly after local saves, when the library channel
// announces a story stored by someone else, and after a failure with a growing delay. One sync
// at a time (syncScheduler.ts); what it shows goes on the activity board for the page.
import type { Presence } from '../../../src/newsroom/presence';
import type { StorePort } from '../../store/storePort';
import type { ActivityBoard } from './activityBoard';
import { LibraryChannelClient } from './libraryChannelClient';
import type { NewsroomConnection } from './newsroomConnection';
import { SyncScheduler, type SchedulerOptions, type SyncWork } from './syncScheduler';
import type { SyncReport } from './syncLibrary';

export type BackgroundSyncOptions = Readonly<{
  store: StorePort;
  connection: NewsroomConnection;
  board: ActivityBoard;
  /** One sync, of the whole library or of `stories` (with the server's revisions), its outcome recorded. */
  sync(stories?: ReadonlyMap<string, number | undefined>): Promise<SyncReport>;
  /** Stories open live (liveStories.ts), kept in step by their own session: left to it. Default: none. */
  isLive?: (storyId: string) => boolean;
  timing?: Omit<SchedulerOptions<SyncReport>, 'run' | 'onDeferred'>;
}>;

/** Why a sync did not bring everything in step, in a line; null when it did. */
function problemOf(report: SyncReport): string | null {
  if (report.failures.length === 0) return null;
  return `Not in step: ${report.failures.map((failure) => `${failure.storyId}: ${failure.reason}`).join('; ')}`;
}

export class BackgroundSync {
  private readonly scheduler: SyncScheduler<SyncReport>;
  private readonly channel: LibraryChannelClient;

  private readonly isLive: (storyId: string) => boolean;

  constructor(private readonly options: BackgroundSyncOptions) {
    const { board, connection } = options;
    const isLive = (this.isLive = options.isLive ?? (() => false));
    this.scheduler = new SyncScheduler({ ...options.timing, run: (work) => this.run(work), onDeferred: () => board.touch() });
    this.channel = new LibraryChannelClient(connection, {
      onStored: ({ story, revision }) => {
        if (!isLive(story)) this.scheduler.want({ stories: new Map([[story, revision]]) });
      },
      onPresence: (presence: Presence[]) => board.update({ presence }),
      // Notices sent while the channel was away were missed: the whole library, then.
      onConnected: () => this.scheduler.want({ library: true }),
      onRefused: (reason) => board.update({ problem: `The newsroom refused this library's token: ${reason}` }),
    });
    this.scheduler.want({ library: true });
  }

  /** Sync now, as a person asks: the whole library, at once even while waiting to retry. */
  syncNow(): Promise<SyncReport> {
    return this.scheduler.request({ library: true });
  }

  /** Something was saved here: its changes go once saves pause. */
  localChange(): void {
    this.scheduler.localChange();
  }

  setOpenStory(storyId: string | null): void {
    this.channel.setOpenStory(storyId);
  }

  /** Closes the channel and waits for a sync under way; no timer or socket is left. */
  async stop(): Promise<void> {
    this.channel.destroy();
    await this.scheduler.stop();
    this.options.board.update({ syncing: false, presence: [] });
  }

  private async run(work: SyncWork): Promise<SyncReport> {
    const { board, store } = this.options;
    let stories: Map<string, number | undefined> | undefined;
    if (!work.library) {
      stories = new Map(work.stories);
      if (work.local) for (const id of [...(await store.shareLocalStories()), ...(await store.pendingStoryIds())]) if (!stories.has(id)) stories.set(id, undefined);
      for (const id of stories.keys()) if (this.isLive(id)) stories.delete(id);
      // A save that changed no shared story (or a read): nothing to send, no need to reach the server.
      if (stories.size === 0) return { url: this.options.connection.url, stories: 0, unchanged: 0, received: [], changed: [], sent: [], conflicts: [], failures: [], warnings: [] };
    }
    board.update({ syncing: true });
    try {
      const report = await this.options.sync(stories);
      const moved = report.received.length + report.changed.length > 0;
      board.update({ problem: problemOf(report), storiesChanged: board.facts.storiesChanged + (moved ? 1 : 0) });
      return report;
    } catch (error) {
      board.update({ problem: (error as Error).message });
      throw error;
    } finally {
      board.update({ syncing: false });
      // What is waiting and when the library was last in step changed with the sync.
      board.touch();
    }
  }
}
