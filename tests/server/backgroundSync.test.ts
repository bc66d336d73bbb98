// Libraries that sync by themselves while connected (main/services/newsroom/backgroundSync.ts),
// through dispatch as the page calls them: a real newsroom server on SQLite, real WebSockets,
// real SQLite libraries; nobody presses Sync now. Waits end on conditions, never on the clock.
import { afterEach, describe, expect, it } from 'vitest';
import { assetFolderOf } from '../../main/services/assets';
import { dispatch } from '../../main/services/dispatch';
import { ownerOnlyFileSecrets } from '../../main/services/newsroom/secretStore';
import { createServices, type Services } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { NewsroomStore } from '../../server/store/store';
import type { ApiResult } from '../../src/api/result';
import type { NewsroomActivity } from '../../src/newsroom/newsroomStatus';
import type { Story } from '../../src/story/story';
import { tempFolder, type TempFolder } from '../support/tempLibrary';
import { invite, startTestNewsroom, waitUntil, type TestNewsroom } from './newsroomClient';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One person's desktop as the app runs it: its own library, services syncing in the background. */
class Desktop {
  readonly store: Store;
  readonly services: Services;
  private seen = 0;

  constructor(folder: TempFolder, name: string) {
    const library = folder.file(`${name}.galley`);
    this.store = new Store(library);
    this.services = createServices(inProcessStore(this.store), { folder: assetFolderOf(library), baseUrl: './asset/' }, {}, undefined, {
      library,
      secrets: ownerOnlyFileSecrets,
      background: {},
    });
    cleanups.push(() => this.store.close());
    cleanups.push(() => this.services.close());
  }

  async call<T>(name: string, input: unknown = {}): Promise<T> {
    const result = (await dispatch(this.services, name, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }

  /** Follows the newsroom activity as the page does (watchNewsroom) until `check` passes on it. */
  async activityUntil(check: (activity: NewsroomActivity) => void): Promise<NewsroomActivity> {
    return waitUntil(async () => {
      const activity = await this.call<NewsroomActivity>('watchNewsroom', { after: this.seen });
      this.seen = activity.generation;
      check(activity);
      return activity;
    });
  }

  story(id: string): Story | null {
    try {
      return this.store.getStory(id);
    } catch {
      return null;
    }
  }
}

async function newsroomOn(folder: TempFolder, port = 0): Promise<{ newsroom: TestNewsroom; store: NewsroomStore }> {
  const store = openSqliteStore(folder.file('server'));
  const newsroom = await startTestNewsroom(store, undefined, { port });
  cleanups.push(() => newsroom.stop());
  return { newsroom, store };
}

async function setUp(...names: string[]) {
  const folder = tempFolder('galley-background-');
  cleanups.push(() => folder.cleanup());
  const server = await newsroomOn(folder);
  const desktops = [];
  for (const name of names) {
    const desktop = new Desktop(folder, name);
    await desktop.call('connectNewsroom', { url: server.newsroom.url, token: await invite(server.store, { name, role: 'editor' }) });
    desktops.push(desktop);
  }
  return { folder, ...server, desktops };
}

describe('a library connected to a newsroom syncs by itself', () => {
  it("brings a change saved at one desktop into the other's library, neither pressing Sync now", async () => {
    const {
      desktops: [ana, lee],
    } = await setUp('ana', 'lee');
    const story = await ana.call<Story>('createStory', { fields: { headline: 'Grain deal signed' } });
    // Ana's save goes out after a pause; the server tells Lee's library, which fetches it.
    await waitUntil(() => expect(lee.story(story.id)?.headline).toBe('Grain deal signed'));

    await ana.call('setStatus', { id: story.id, status: 'edited' });
    await waitUntil(() => expect(lee.story(story.id)?.status).toBe('edited'));
    const mine = ana.store.getStory(story.id);
    await ana.call('saveStory', { id: story.id, baseVersion: mine.version, changes: { standfirst: 'Ships sail on Monday.' } });
    await waitUntil(() => expect(lee.story(story.id)?.standfirst).toBe('Ships sail on Monday.'));

    // Lee's library said so: the list reloads when a sync brought stories in or changed them.
    const activity = await lee.activityUntil((seen) => expect(seen).toMatchObject({ syncing: false, problem: null, status: { waiting: 0 } }));
    expect(activity.storiesChanged).toBeGreaterThanOrEqual(3);
    expect(activity.status).toMatchObject({ connected: true, offlineReason: null, lastSyncedAt: expect.stringMatching(/^\d{4}-/) });
  });

  it('keeps changes made while the server is down and sends them when it is back, retrying by itself', async () => {
    const { folder, newsroom, desktops } = await setUp('ana');
    const [ana] = desktops;
    await ana.activityUntil((activity) => expect(activity.status).toMatchObject({ lastSyncedAt: expect.any(String) }));
    const port = Number(new URL(newsroom.url).port);
    await newsroom.stop();

    const story = await ana.call<Story>('createStory', { fields: { headline: 'Written while the server was down' } });
    const offline = await ana.activityUntil((activity) =>
      expect(activity).toMatchObject({ syncing: false, status: { waiting: 1, offlineReason: expect.stringContaining('Cannot reach') } }),
    );
    expect(offline.problem).toContain('Cannot reach the newsroom server');

    const back = await newsroomOn(folder, port);
    await waitUntil(async () => expect((await back.store.stories()).map((each) => each.id)).toContain(story.id));
    await ana.activityUntil((activity) => expect(activity).toMatchObject({ problem: null, status: { waiting: 0, offlineReason: null } }));
  });

  it("shows who is in which story under the server's name, gone when they leave it or close the app", async () => {
    const {
      desktops: [ana, lee],
    } = await setUp('ana', 'lee');
    const story = await ana.call<Story>('createStory', { fields: { headline: 'Port reopens' } });
    await ana.call('setOpenStory', { id: story.id });
    await lee.activityUntil((activity) => expect(activity.presence).toEqual([{ storyId: story.id, name: 'ana' }]));
    // Ana's own library does not list her.
    expect((await ana.call<NewsroomActivity>('watchNewsroom', { after: 0 })).presence).toEqual([]);

    await ana.call('setOpenStory', { id: null });
    await lee.activityUntil((activity) => expect(activity.presence).toEqual([]));

    await ana.call('setOpenStory', { id: story.id });
    await lee.activityUntil((activity) => expect(activity.presence).toEqual([{ storyId: story.id, name: 'ana' }]));
    await ana.services.close();
    await lee.activityUntil((activity) => expect(activity.presence).toEqual([]));
  });

  it('stops with the services: a waiting watch is answered and nothing runs after', async () => {
    const {
      desktops: [ana],
    } = await setUp('ana');
    const current = await ana.activityUntil((activity) => expect(activity).toMatchObject({ syncing: false, status: { lastSyncedAt: expect.any(String) } }));
    let answer: unknown = null;
    void dispatch(ana.services, 'watchNewsroom', { after: current.generation + 1000 }).then((result) => (answer = result));
    await ana.services.close();
    // Answered by the close itself (in the same turn of the event loop), not by the watch's own end.
    await new Promise((resolve) => setImmediate(resolve));
    expect(answer).toMatchObject({ ok: true });
    expect(await dispatch(ana.services, 'watchNewsroom', { after: 0 })).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});
