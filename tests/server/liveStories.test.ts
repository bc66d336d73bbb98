// Editing one story live: two desktops' services (two library files) on one real newsroom
// server, each with a page's Y.Doc kept in step over the contract (openLiveStory,
// sendLiveUpdates, pollLiveStory), as the page does. Waits end on conditions, never the clock.
import { fromBase64, toBase64 } from 'lib0/buffer';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { assetFolderOf } from '../../main/services/assets';
import { dispatch } from '../../main/services/dispatch';
import { ownerOnlyFileSecrets } from '../../main/services/newsroom/secretStore';
import { createServices } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { startNewsroom, type RunningNewsroom } from '../../server/newsroom';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { ApiResult } from '../../src/api/result';
import type { LiveStoryNews } from '../../src/newsroom/liveStory';
import { STORY_PARTS } from '../../src/newsroom/storyDoc';
import { bodyText } from '../../src/story/body';
import type { Story } from '../../src/story/story';
import { tempFolder } from '../support/tempLibrary';
import { invite, waitUntil } from './newsroomClient';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as T;
}

/** One desktop: its library, its services, and a page's Y.Doc for the story it has open. */
async function desktop(folder: ReturnType<typeof tempFolder>, name: string) {
  const library = folder.file(`${name}.galley`);
  const store = new Store(library);
  cleanups.push(() => store.close());
  const services = createServices(inProcessStore(store), { folder: assetFolderOf(library), baseUrl: './asset/' }, {}, undefined, { library, secrets: ownerOnlyFileSecrets });
  const call = <T>(method: string, input: unknown = {}) => value<T>(dispatch(services, method, input));
  return { store, call };
}

type Desktop = Awaited<ReturnType<typeof desktop>>;

/** A page's side of a live story: its own Y.Doc from the services' bytes, its updates sent, others' polled. */
async function openPage(desk: Desktop, id: string) {
  const opened = await desk.call<{ live: true; session: string; state: string; cursor: number; user: { name: string } }>('openLiveStory', { id });
  expect(opened.live).toBe(true);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, fromBase64(opened.state), 'services');
  const awareness = new Awareness(new Y.Doc());
  let cursor = opened.cursor;
  let awarenessVersion = 0;
  let connectionVersion = 0;
  cleanups.push(() => {
    awareness.destroy();
    return desk.call('closeLiveStory', { id, session: opened.session });
  });
  return {
    doc,
    awareness,
    user: opened.user,
    /** Types a paragraph at the end, as the editor would, and sends the update. */
    async type(text: string): Promise<void> {
      const updates: Uint8Array[] = [];
      const keep = (update: Uint8Array, origin: unknown) => origin !== 'services' && updates.push(update);
      doc.on('update', keep);
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment(STORY_PARTS.body).push([paragraph]);
      doc.off('update', keep);
      await desk.call('sendLiveUpdates', { id, session: opened.session, updates: updates.map(toBase64) });
    },
    async sendCaret(state: Record<string, unknown>): Promise<void> {
      await desk.call('sendLiveUpdates', { id, session: opened.session, updates: [], awareness: state });
    },
    /** One poll: others' updates applied here. */
    async poll(): Promise<LiveStoryNews> {
      const news = await desk.call<LiveStoryNews>('pollLiveStory', { id, session: opened.session, cursor, awareness: awarenessVersion, connection: connectionVersion, waitMs: 2_000 });
      connectionVersion = news.connection.version;
      for (const update of news.updates) Y.applyUpdate(doc, fromBase64(update), 'services');
      if (news.awareness) {
        applyAwarenessUpdate(awareness, fromBase64(news.awareness.update), 'services');
        awarenessVersion = news.awareness.version;
      }
      cursor = news.cursor;
      return news;
    },
    text: () => doc.getXmlFragment(STORY_PARTS.body).toString(),
  };
}

type Page = Awaited<ReturnType<typeof openPage>>;

/** Polls the page until `check` passes, as the page's loop does. */
async function pollUntil(page: Page, check: () => void): Promise<void> {
  await waitUntil(async () => {
    await page.poll();
    check();
  });
}

async function setUp() {
  const folder = tempFolder('galley-live-');
  cleanups.push(() => folder.cleanup());
  const data = folder.file('server');
  const start = async (port = 0): Promise<RunningNewsroom> => {
    const serverStore = openSqliteStore(data);
    const running = await startNewsroom({ store: serverStore, log: () => {}, port, host: '127.0.0.1', revocationCheckMs: 100 });
    return running;
  };
  let newsroom = await start();
  cleanups.push(() => newsroom.stop());
  const setupStore = openSqliteStore(data);
  const ana = await desktop(folder, 'ana');
  const lee = await desktop(folder, 'lee');
  await ana.call('connectNewsroom', { url: newsroom.url, token: await invite(setupStore, { name: 'ana', role: 'editor' }) });
  await lee.call('connectNewsroom', { url: newsroom.url, token: await invite(setupStore, { name: 'lee', role: 'editor' }) });
  await setupStore.close();

  const story = ana.store.createStory({ headline: 'Grain deal signed' });
  await ana.call('syncNewsroom');
  await lee.call('syncNewsroom');
  return {
    ana,
    lee,
    story,
    /** Stops the server; `restart` brings it back on the same port and data. */
    stop: () => newsroom.stop(),
    restart: async () => {
      newsroom = await start(Number(new URL(newsroom.url).port));
    },
  };
}

const storyText = (story: Story) => bodyText(story.body);

describe('a story edited live on two desktops', () => {
  it('an update typed on one arrives in the other page and its library, with the typist named', async () => {
    const { ana, lee, story } = await setUp();
    const anaPage = await openPage(ana, story.id);
    const leePage = await openPage(lee, story.id);
    expect(anaPage.user.name).toBe('ana');
    expect(leePage.user.name).toBe('lee');

    await anaPage.type('Ships sail on Monday.');
    await pollUntil(leePage, () => expect(leePage.text()).toContain('Ships sail on Monday.'));
    // The row (list, search) is derived from the document on both desktops.
    await waitUntil(async () => expect(storyText(await lee.call<Story>('getStory', { id: story.id }))).toContain('Ships sail on Monday.'));
    expect(storyText(await ana.call<Story>('getStory', { id: story.id }))).toContain('Ships sail on Monday.');
    // The server stored it: nothing of Ana's is pending any more.
    await waitUntil(() => expect(ana.store.sharedStoryState(story.id)!.pending).toEqual([]));

    // A field saved the ordinary way goes into the same live document, and the body stays: a
    // body in the save (the page's copy from before the live typing) is not the live body's.
    const current = await ana.call<Story>('getStory', { id: story.id });
    await ana.call('saveStory', { id: story.id, baseVersion: current.version, changes: { standfirst: 'Ports reopen.', body: story.body } });
    await waitUntil(async () => expect(await lee.call<Story>('getStory', { id: story.id })).toMatchObject({ standfirst: 'Ports reopen.' }));
    expect(storyText(await lee.call<Story>('getStory', { id: story.id }))).toContain('Ships sail on Monday.');

    await anaPage.sendCaret({ user: { name: 'ana', color: '#1d5fa8' } });
    await pollUntil(leePage, () => expect([...leePage.awareness.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name)).toContain('ana'));
  });

  it('a server stop mid-typing keeps the pending updates, and they go out when it is back', async () => {
    const { ana, lee, story, stop, restart } = await setUp();
    const anaPage = await openPage(ana, story.id);
    const leePage = await openPage(lee, story.id);
    await anaPage.type('Before the outage.');
    await pollUntil(leePage, () => expect(leePage.text()).toContain('Before the outage.'));

    await stop();
    // The page hears that the connection is gone, even when it was not asking at that moment.
    await waitUntil(async () => expect((await anaPage.poll()).connection.state).toBe('connecting'));
    await anaPage.type('Typed by Ana offline.');
    await leePage.type('Typed by Lee offline.');
    // Kept in each library as pending until the server stores them.
    expect(ana.store.sharedStoryState(story.id)!.pending.length).toBeGreaterThan(0);
    expect(lee.store.sharedStoryState(story.id)!.pending.length).toBeGreaterThan(0);

    await restart();
    await pollUntil(leePage, () => expect(leePage.text()).toContain('Typed by Ana offline.'));
    await pollUntil(anaPage, () => expect(anaPage.text()).toContain('Typed by Lee offline.'));
    await waitUntil(() => expect(ana.store.sharedStoryState(story.id)!.pending).toEqual([]));
    await waitUntil(() => expect(lee.store.sharedStoryState(story.id)!.pending).toEqual([]));
    for (const desk of [ana, lee]) {
      await waitUntil(async () => {
        const text = storyText(await desk.call<Story>('getStory', { id: story.id }));
        expect(text).toContain('Typed by Ana offline.');
        expect(text).toContain('Typed by Lee offline.');
        // Each paragraph once: nothing doubled by the merge.
        expect(text.split('Before the outage.').length).toBe(2);
      });
    }
  });
});
