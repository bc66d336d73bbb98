// The newsroom as several instances: one PostgreSQL (a database of its own per test run) and
// Redis (a key prefix of its own per test run) joining them. Both engines run for real on
// loopback; .ci/run starts them when they are not running.
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/store/postgresStore';
import type { NewsroomStore } from '../../server/store/store';
import { LIBRARY_CHANNEL, parseStoryStoredNotice } from '../../src/newsroom/libraryChannel';
import { presenceOf, type PresenceState } from '../../src/newsroom/presence';
import { StoryClient, bodyTextOf, invite, newStoryId, runServerCommand, startTestNewsroom, storedDoc, waitUntil, type TestNewsroom } from './newsroomClient';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = 'redis://127.0.0.1:6379';
const RUN = `galley_test_${randomBytes(6).toString('hex')}`;
const DATABASE_URL = `${SERVER}/${RUN}`;

async function onMaintenanceDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/test` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await onMaintenanceDatabase(`CREATE DATABASE ${RUN}`);
});

afterAll(async () => {
  await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${RUN} WITH (FORCE)`);
  const redis = new IORedis(REDIS_URL);
  const keys = await redis.keys(`${RUN}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const running: { newsroom: TestNewsroom; store: NewsroomStore }[] = [];
const clients: StoryClient[] = [];

async function instance(): Promise<{ newsroom: TestNewsroom; store: NewsroomStore }> {
  const store = await openPostgresStore(DATABASE_URL);
  const started = { newsroom: await startTestNewsroom(store, { url: REDIS_URL, prefix: RUN }), store };
  running.push(started);
  return started;
}

async function connect(newsroom: TestNewsroom, storyId: string, token: string): Promise<StoryClient> {
  const client = await StoryClient.connect(newsroom.url, storyId, token);
  clients.push(client);
  return client;
}

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const { newsroom } of running.splice(0)) await newsroom.stop();
});

describe('several instances on PostgreSQL, joined by Redis', () => {
  it("shows each person's edits to the other when they are connected to different instances", async () => {
    const one = await instance();
    const two = await instance();
    const storyId = newStoryId();
    const ana = await connect(one.newsroom, storyId, await invite(one.store, { name: 'ana-shared', role: 'editor' }));
    const lee = await connect(two.newsroom, storyId, await invite(two.store, { name: 'lee-shared', role: 'editor' }));

    ana.appendParagraph('Typed on instance one.');
    await waitUntil(() => expect(lee.bodyText()).toBe('Typed on instance one.'));
    lee.appendParagraph('Typed on instance two.');
    await waitUntil(() => expect(ana.bodyText()).toBe('Typed on instance one.\nTyped on instance two.'));
  });

  it('tells desktops on one instance of a story stored on another, with who is in which story', async () => {
    const one = await instance();
    const two = await instance();
    const storyId = newStoryId();
    const listener = await connect(one.newsroom, LIBRARY_CHANNEL, await invite(one.store, { name: 'lee-channel', role: 'reviewer' }));
    const heard: string[] = [];
    listener.provider.on('stateless', ({ payload }: { payload: string }) => {
      const notice = parseStoryStoredNotice(payload);
      if (notice) heard.push(`${notice.story}@${notice.revision}`);
    });
    const ana = await connect(two.newsroom, LIBRARY_CHANNEL, await invite(two.store, { name: 'ana-channel', role: 'editor' }));
    ana.provider.awareness!.setLocalState({ story: storyId, user: { name: 'somebody else' } });

    const writer = await connect(two.newsroom, storyId, await invite(two.store, { name: 'ed-channel', role: 'editor' }));
    writer.appendParagraph('Stored on instance two.');
    await writer.settled();
    await waitUntil(() => expect(heard).toEqual([`${storyId}@1`]));
    await waitUntil(() =>
      expect(presenceOf(listener.provider.awareness!.getStates() as Map<number, PresenceState>, listener.doc.clientID)).toEqual([{ storyId, name: 'ana-channel' }]),
    );
  });

  it('checks roles on every instance: a reviewer on the second cannot change the body', async () => {
    const one = await instance();
    const two = await instance();
    const storyId = newStoryId();
    const editor = await connect(one.newsroom, storyId, await invite(one.store, { name: 'ed-shared', role: 'editor' }));
    editor.appendParagraph('Filed by the desk.');
    await editor.settled();
    const reviewer = await connect(two.newsroom, storyId, await invite(two.store, { name: 'rita-shared', role: 'reviewer' }));
    reviewer.appendParagraph('Reviewer text.');
    expect(await reviewer.refusal()).toMatch(/A reviewer cannot change a story's body/);
    expect(editor.bodyText()).toBe('Filed by the desk.');
  });

  it('keeps stories in PostgreSQL across a clean stop of every instance', async () => {
    const { newsroom, store } = await instance();
    const storyId = newStoryId();
    const token = await invite(store, { name: 'kept-shared', role: 'reporter' });
    const ana = await connect(newsroom, storyId, token);
    ana.appendParagraph('Stored in PostgreSQL.');
    await ana.settled();
    for (const { newsroom: each } of running.splice(0)) await each.stop();

    const reopened = await openPostgresStore(DATABASE_URL);
    try {
      expect(bodyTextOf(await storedDoc(reopened, storyId))).toBe('Stored in PostgreSQL.');
      expect(await reopened.storyRecord(storyId)).toEqual({ owner: 'kept-shared', assignees: [] });
    } finally {
      await reopened.close();
    }
  });

  it('issues and revokes invitations with --postgres, closing open connections on any instance', { timeout: 120_000 }, async () => {
    const added = await runServerCommand(['user', 'add', 'cli-shared', '--role', 'reporter', '--postgres', DATABASE_URL]);
    expect(added.code).toBe(0);
    const { newsroom } = await instance();
    const client = await connect(newsroom, newStoryId(), added.stdout.trim());

    const removed = await runServerCommand(['user', 'remove', 'cli-shared', '--postgres', DATABASE_URL]);
    expect(removed.code).toBe(0);
    expect(await client.refusal()).toMatch(/invitation was revoked/);
  });
});
