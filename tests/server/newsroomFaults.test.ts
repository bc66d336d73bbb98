// The newsroom server against its engines' known failures (issue 21's pitfalls, issue 22's
// faults): Redis going away under two instances, PostgreSQL failing while documents load and
// store, documents unloaded or the server stopped with stores pending. Each test runs on a
// PostgreSQL and a Redis of its own (tests/server/privateEngines.ts), which it stops and starts
// at will; the machine's shared engines are never touched. `npm run test:newsroom-faults` runs
// the long form (GALLEY_NEWSROOM_FAULTS=long: more edits through each fault).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_UNREACHABLE, RELAY_UNREACHABLE } from '../../server/refusal';
import { openPostgresStore } from '../../server/store/postgresStore';
import type { NewsroomOptions } from '../../server/newsroom';
import type { NewsroomStore } from '../../server/store/store';
import { StoryClient, bodyTextOf, invite, newStoryId, startTestNewsroom, storedDoc, waitUntil, type TestNewsroom } from './newsroomClient';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from './privateEngines';

const LONG = process.env.GALLEY_NEWSROOM_FAULTS === 'long';
/** Paragraphs each person writes through each fault. */
const EDITS = LONG ? 60 : 6;

let postgres: PrivatePostgres;
beforeAll(async () => {
  postgres = await startPrivatePostgres();
}, 60_000);
afterAll(async () => {
  await postgres?.remove();
});

const newsrooms: TestNewsroom[] = [];
const clients: StoryClient[] = [];
const redises: PrivateRedis[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  // Every engine is up again, so that each server can store and stop.
  await postgres.start();
  for (const newsroom of newsrooms.splice(0)) await newsroom.stop();
  for (const redis of redises.splice(0)) await redis.stop();
});

/** A fresh database on the private PostgreSQL. */
async function database(): Promise<string> {
  const name = `faults_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres.url('test') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return postgres.url(name);
}

async function redisServer(): Promise<PrivateRedis> {
  const redis = await startPrivateRedis();
  redises.push(redis);
  return redis;
}

async function instance(databaseUrl: string, redis?: PrivateRedis, more: Partial<NewsroomOptions> = {}): Promise<{ newsroom: TestNewsroom; store: NewsroomStore }> {
  const store = await openPostgresStore(databaseUrl);
  const newsroom = await startTestNewsroom(store, redis && { url: redis.url, prefix: 'faults' }, more);
  newsrooms.push(newsroom);
  return { newsroom, store };
}

async function connect(url: string, storyId: string, token: string): Promise<StoryClient> {
  const client = await StoryClient.connect(url, storyId, token);
  clients.push(client);
  return client;
}

const events = (newsroom: TestNewsroom) => newsroom.log.map((entry) => entry.event);

async function documentsOpen(newsroom: TestNewsroom): Promise<number> {
  const health = (await (await fetch(newsroom.healthUrl)).json()) as { documents: number };
  return health.documents;
}

/** Paragraphs named `${who}-${n}`, n from `from`, appended one by one and acknowledged by the server. */
async function write(client: StoryClient, who: string, from = 0, count = EDITS): Promise<string[]> {
  const written: string[] = [];
  for (let n = from; n < from + count; n += 1) {
    client.appendParagraph(`${who}-${n}`);
    written.push(`${who}-${n}`);
  }
  await client.settled();
  return written;
}

/** The paragraphs of a body text, sorted: who wrote first differs between copies that merged. */
const paragraphs = (text: string) => text.split('\n').filter(Boolean).sort();

describe('Redis going away under two instances', () => {
  it('crashes nobody: edits are taken and stored, new stories are refused saying why, and both sides converge once Redis is back', { timeout: 120_000 }, async () => {
    const url = await database();
    const redis = await redisServer();
    const one = await instance(url, redis);
    const two = await instance(url, redis);
    const storyId = newStoryId();
    const ana = await connect(one.newsroom.url, storyId, await invite(one.store, { name: 'ana', role: 'editor' }));
    const lee = await connect(two.newsroom.url, storyId, await invite(one.store, { name: 'lee', role: 'editor' }));
    ana.appendParagraph('before');
    await waitUntil(() => expect(lee.bodyText()).toBe('before'));

    await redis.stop();
    await waitUntil(() => expect(events(one.newsroom)).toContain('redis-unavailable'));
    await waitUntil(() => expect(events(two.newsroom)).toContain('redis-unavailable'));
    const written = ['before', ...(await write(ana, 'ana')), ...(await write(lee, 'lee'))];
    // Stored while Redis is away: no lock stands in the way (hocuspocus PR #983).
    expect(await ana.store()).toHaveProperty('stored');
    expect(await lee.store()).toHaveProperty('stored');
    // A story nobody has open here cannot be joined to the other instance: refused, saying why.
    const newcomer = new StoryClient(two.newsroom.url, newStoryId(), await invite(one.store, { name: 'kim', role: 'editor' }));
    clients.push(newcomer);
    await waitUntil(() => expect(newcomer.authenticationFailed).toBe(RELAY_UNREACHABLE));
    for (const newsroom of [one.newsroom, two.newsroom]) expect((await fetch(newsroom.healthUrl)).status).toBe(200);

    await redis.start();
    await waitUntil(() => expect(events(one.newsroom)).toContain('redis-back'));
    await waitUntil(() => expect(events(two.newsroom)).toContain('redis-back'));
    await waitUntil(() => expect(paragraphs(ana.bodyText())).toEqual(written.sort()));
    await waitUntil(() => expect(paragraphs(lee.bodyText())).toEqual(written.sort()));
    expect(await ana.store()).toHaveProperty('stored');
    expect(paragraphs(bodyTextOf(await storedDoc(one.store, storyId)))).toEqual(written.sort());
  });

  it('stores and unloads a story whose last person leaves while no lock can be taken (hocuspocus #846, #954, #1156)', { timeout: 60_000 }, async () => {
    const url = await database();
    const redis = await redisServer();
    const { newsroom, store } = await instance(url, redis, { storeDebounceMs: 200 });
    const storyId = newStoryId();
    const ana = await connect(newsroom.url, storyId, await invite(store, { name: 'ana', role: 'editor' }));
    await redis.stop();
    await waitUntil(() => expect(events(newsroom)).toContain('redis-unavailable'));
    const written = await write(ana, 'ana');
    ana.destroy();

    await waitUntil(async () => expect(await documentsOpen(newsroom)).toBe(0));
    expect(paragraphs(bodyTextOf(await storedDoc(store, storyId)))).toEqual(written.sort());
  });
});

describe('PostgreSQL failing', () => {
  it('keeps a story whose store fails in memory, tells its people, and stores it once PostgreSQL is back, before unloading it (hocuspocus #995)', { timeout: 60_000 }, async () => {
    const url = await database();
    const { newsroom, store } = await instance(url, undefined, { storeDebounceMs: 200 });
    const storyId = newStoryId();
    const ana = await connect(newsroom.url, storyId, await invite(store, { name: 'ana', role: 'editor' }));
    const lee = await connect(newsroom.url, storyId, await invite(store, { name: 'lee', role: 'editor' }));
    const before = await write(ana, 'ana', 0, 1);
    expect(await ana.store()).toHaveProperty('stored');

    await postgres.stop();
    const written = [...before, ...(await write(ana, 'ana', 1))];
    // The server's own store fails: everyone in the story hears why; a desktop's request is answered with it.
    await waitUntil(() => expect(lee.notStored.map((notice) => notice.reason)).toContain(DATABASE_UNREACHABLE));
    expect(await ana.store()).toEqual({ notStored: DATABASE_UNREACHABLE });
    ana.destroy();
    lee.destroy();
    await waitUntil(() => expect(events(newsroom).filter((event) => event === 'store-failed').length).toBeGreaterThan(2));
    expect(await documentsOpen(newsroom)).toBe(1);

    await postgres.start();
    await waitUntil(() => expect(events(newsroom)).toContain('store-recovered'));
    await waitUntil(async () => expect(await documentsOpen(newsroom)).toBe(0));
    expect(paragraphs(bodyTextOf(await storedDoc(store, storyId)))).toEqual(written.sort());
  });

  it('refuses a story PostgreSQL fails to load, saying why, and the stored story is intact after (hocuspocus #382)', { timeout: 60_000 }, async () => {
    const url = await database();
    const { newsroom, store } = await instance(url);
    const storyId = newStoryId();
    const token = await invite(store, { name: 'ana', role: 'editor' });
    const ana = await connect(newsroom.url, storyId, token);
    const written = await write(ana, 'ana');
    expect(await ana.store()).toHaveProperty('stored');
    ana.destroy();
    await waitUntil(async () => expect(await documentsOpen(newsroom)).toBe(0));

    // PostgreSQL answers, but reading the story fails.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('ALTER TABLE documents RENAME TO documents_away');
      const refused = new StoryClient(newsroom.url, storyId, token);
      clients.push(refused);
      await waitUntil(() => expect(refused.authenticationFailed).toBe(DATABASE_UNREACHABLE));
      refused.destroy();
      expect(events(newsroom)).toContain('load-failed');
      await waitUntil(async () => expect(await documentsOpen(newsroom)).toBe(0));
    } finally {
      await admin.query('ALTER TABLE documents_away RENAME TO documents');
      await admin.end();
    }
    expect(paragraphs(bodyTextOf(await storedDoc(store, storyId)))).toEqual(written.sort());
    const back = await connect(newsroom.url, storyId, token);
    expect(paragraphs(back.bodyText())).toEqual(written.sort());
  });

  it('never lets a state without the stored edits replace them: a store merges into what is stored', async () => {
    const url = await database();
    const store = await openPostgresStore(url);
    try {
      const storyId = newStoryId();
      const full = new Y.Doc();
      full.getXmlFragment('body').push([new Y.XmlText('kept')]);
      const first = await store.storeDocument(storyId, Y.encodeStateAsUpdate(full));
      expect(await store.storeDocument(storyId, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(first);
      expect(bodyTextOf(await storedDoc(store, storyId))).toBe('kept');
    } finally {
      await store.close();
    }
  });

  it('keeps taking edits from people already in a story while PostgreSQL restarts, and stores them after', { timeout: 120_000 }, async () => {
    const url = await database();
    const redis = await redisServer();
    const one = await instance(url, redis, { storeDebounceMs: 200 });
    const two = await instance(url, redis, { storeDebounceMs: 200 });
    const storyId = newStoryId();
    const ana = await connect(one.newsroom.url, storyId, await invite(one.store, { name: 'ana', role: 'editor' }));
    const written = [...(await write(ana, 'ana', 0, 1))];
    // A reporter may write only a story they own or are assigned to: the check needs the story's
    // record, which the server reads when they join and keeps for when PostgreSQL cannot answer.
    await one.store.assign(storyId, 'rex');
    const rex = await connect(two.newsroom.url, storyId, await invite(one.store, { name: 'rex', role: 'reporter' }));
    expect(rex.bodyText()).toBe('ana-0');

    await postgres.stop();
    written.push(...(await write(ana, 'ana', 1)), ...(await write(rex, 'rex')));
    await waitUntil(() => expect(rex.notStored.map((notice) => notice.reason)).toContain(DATABASE_UNREACHABLE));
    await postgres.start();
    written.push(...(await write(ana, 'ana', 1 + EDITS)), ...(await write(rex, 'rex', EDITS)));

    await redis.stop();
    await waitUntil(() => expect(events(two.newsroom)).toContain('redis-unavailable'));
    written.push(...(await write(ana, 'ana', 1 + 2 * EDITS)), ...(await write(rex, 'rex', 2 * EDITS)));
    await redis.start();
    await waitUntil(() => expect(events(two.newsroom)).toContain('redis-back'));

    expect(rex.closedBecause).toBeNull();
    await waitUntil(() => expect(paragraphs(ana.bodyText())).toEqual(written.sort()));
    await waitUntil(() => expect(paragraphs(rex.bodyText())).toEqual(written.sort()));
    expect(await rex.store()).toHaveProperty('stored');
    expect(paragraphs(bodyTextOf(await storedDoc(one.store, storyId)))).toEqual(written.sort());
  });
});

describe('stopping', () => {
  it('stores every story with changes, however long the store debounce', { timeout: 60_000 }, async () => {
    const url = await database();
    const { newsroom, store } = await instance(url, undefined, { storeDebounceMs: 600_000 });
    const token = await invite(store, { name: 'ana', role: 'editor' });
    const stories = [newStoryId(), newStoryId(), newStoryId()];
    const written = new Map<string, string[]>();
    for (const storyId of stories) written.set(storyId, await write(await connect(newsroom.url, storyId, token), storyId.slice(-4)));
    await newsroom.stop();
    const reopened = await openPostgresStore(url);
    try {
      for (const storyId of stories) expect(paragraphs(bodyTextOf(await storedDoc(reopened, storyId)))).toEqual(written.get(storyId)!.sort());
    } finally {
      await reopened.close();
    }
  });

  it('gives up on a story PostgreSQL refuses after its patience, saying which, instead of hanging', { timeout: 60_000 }, async () => {
    const url = await database();
    const { newsroom, store } = await instance(url, undefined, { storeDebounceMs: 600_000, stopPatienceMs: 1_000 });
    const storyId = newStoryId();
    await write(await connect(newsroom.url, storyId, await invite(store, { name: 'ana', role: 'editor' })), 'ana');
    await postgres.stop();
    await newsroom.stop();
    expect(newsroom.log.find((entry) => entry.event === 'stopped-unstored')).toMatchObject({ stories: [storyId] });
  });
});
