// The newsroom's desk on the server (issue 21): destinations kept by the server, sends asked
// for over HTTP with a member's token, sequence numbers taken in the database. Real servers on
// real PostgreSQL (a database of this run's own) and Redis, real WebSocket clients, real files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_FILE_NAME_PATTERN, type SendableFormat } from '../../src/desk/destination';
import { DESK_PATHS, type NewsroomSendReply } from '../../src/newsroom/deskMessages';
import { STORY_PARTS } from '../../src/newsroom/storyDoc';
import { storyToUpdate } from '../../src/newsroom/storyYjs';
import { parseStoredReply, storeRequest } from '../../src/newsroom/syncMessages';
import { blankStoryFields, type Story } from '../../src/story/story';
import { sha256 } from '../../node/sha256';
import { openPostgresStore } from '../../server/store/postgresStore';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { NewsroomStore } from '../../server/store/store';
import { storyFields } from '../support/storyBuilders';
import { StoryClient, invite, runServerCommand, startTestNewsroom, storedDoc, waitUntil, type TestNewsroom } from './newsroomClient';
import { REDIS_URL, useTestDatabase } from './testDatabase';

const { databaseUrl, redisPrefix } = useTestDatabase('desk');

const running: TestNewsroom[] = [];
const clients: StoryClient[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const newsroom of running.splice(0)) await newsroom.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'galley-newsroom-desk-'));
  folders.push(folder);
  return folder;
}

async function instance(store: NewsroomStore, redis?: { url: string; prefix: string }): Promise<TestNewsroom> {
  const newsroom = await startTestNewsroom(store, redis);
  running.push(newsroom);
  return newsroom;
}

/** One instance on SQLite with a destination "Wire" taking `formats`, and an editor. */
async function sqliteNewsroom(formats: SendableFormat[] = ['nitf']) {
  const dataDir = tempFolder();
  const store = openSqliteStore(join(dataDir, 'data'));
  const newsroom = await instance(store);
  const outbox = join(dataDir, 'outbox');
  await store.addDestination({ name: 'Wire', folder: outbox, formats, fileNamePattern: DEFAULT_FILE_NAME_PATTERN });
  const editor = await invite(store, { name: 'ed', role: 'editor' });
  return { store, newsroom, outbox, editor };
}

/** A story the desk's readiness rules pass. */
function readyStory(slug: string): Story {
  const now = new Date().toISOString();
  return { ...blankStoryFields(), ...storyFields({ slug }), id: ulid(), status: 'ready', review: { state: 'none' }, version: 1, createdAt: now, updatedAt: now };
}

let nextRequest = 1;

/** Puts `story` on the server as a desktop's sync does (converted once, then stored at once); returns the revision stored. */
async function shareStory(newsroom: TestNewsroom, token: string, story: Story): Promise<number> {
  const client = await StoryClient.connect(newsroom.url, story.id, token);
  clients.push(client);
  Y.applyUpdate(client.doc, storyToUpdate(story));
  await client.settled();
  const id = nextRequest++;
  let revision: number | undefined;
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const reply = parseStoredReply(payload);
    if (reply?.id === id) revision = reply.revision;
  });
  client.provider.sendStateless(storeRequest(id));
  return waitUntil(() => {
    if (revision === undefined) throw new Error('not stored yet');
    return revision;
  });
}

function httpOf(newsroom: TestNewsroom, path: string): string {
  return newsroom.url.replace(/^ws:/, 'http:') + path;
}

/** Asks the server to send, straight over HTTP as any client could. */
async function askToSend(newsroom: TestNewsroom, token: string, body: unknown): Promise<{ status: number; body: NewsroomSendReply & { error?: string } }> {
  const response = await fetch(httpOf(newsroom, DESK_PATHS.send), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as NewsroomSendReply & { error?: string } };
}

const visibleFiles = (folder: string) => readdirSync(folder).filter((name) => !name.startsWith('.')).sort();

describe('two editors sending at once, through two instances on one PostgreSQL', () => {
  it('numbers every file once, without gaps, logs each send once and marks each story sent', async () => {
    const store = await openPostgresStore(databaseUrl);
    const otherStore = await openPostgresStore(databaseUrl);
    const one = await instance(store, { url: REDIS_URL, prefix: redisPrefix });
    const two = await instance(otherStore, { url: REDIS_URL, prefix: redisPrefix });
    const outbox = tempFolder();
    await store.addDestination({ name: 'Wire', folder: outbox, formats: ['nitf', 'ninjs'], fileNamePattern: DEFAULT_FILE_NAME_PATTERN });
    const ana = await invite(store, { name: 'ana-desk', role: 'editor' });
    const lee = await invite(store, { name: 'lee-desk', role: 'editor' });

    const stories = Array.from({ length: 12 }, (_, i) => readyStory(`GRAIN-${i + 1}`));
    const revisions = await Promise.all(stories.map((story, i) => shareStory(i % 2 ? two : one, i % 2 ? lee : ana, story)));
    // Every send at once: Ana's through instance one, Lee's through instance two; the first story twice, by both.
    const sends = await Promise.all([
      ...stories.map((story, i) => askToSend(i % 2 ? two : one, i % 2 ? lee : ana, { story: story.id, destination: 'Wire', revision: revisions[i] })),
      askToSend(two, lee, { story: stories[0].id, destination: 'Wire', revision: revisions[0] }),
    ]);

    const sent = sends.filter((reply) => reply.status === 200 && reply.body.sent);
    expect(sent).toHaveLength(12);
    // The second send of the first story found it sent already: refused, or told the story moved on.
    const twice = sends.filter((reply) => !(reply.status === 200 && reply.body.sent));
    expect(twice).toHaveLength(1);
    expect(twice[0].status === 409 || (twice[0].status === 200 && !twice[0].body.sent)).toBe(true);

    const log = await store.sentLog({ limit: 1000 });
    expect(log.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    // Each story once, in both formats, with two consecutive numbers.
    for (const story of stories) {
      const own = log.filter((entry) => entry.storyId === story.id).sort((a, b) => a.sequence - b.sequence);
      expect(own.map((entry) => entry.format)).toEqual(['nitf', 'ninjs']);
      expect(own[1].sequence).toBe(own[0].sequence + 1);
    }
    // The folder holds exactly the logged files, each with the bytes the log's hash names, and no temp file.
    expect(readdirSync(outbox).sort()).toEqual(log.map((entry) => entry.fileName).sort());
    for (const entry of log) expect(sha256(readFileSync(join(outbox, entry.fileName)))).toBe(entry.sha256);
    expect(log.find((entry) => entry.sequence === 1)!.fileName).toMatch(/^GRAIN-\d+-1\.nitf\.xml$/);
    expect((await store.destination('Wire'))!.nextSequence).toBe(25);

    for (const story of stories) {
      await waitUntil(async () => expect((await storedDoc(store, story.id)).getMap(STORY_PARTS.fields).get('status')).toBe('sent'));
    }
  });
});

describe('who may send', () => {
  it("refuses a reporter's and a reviewer's send requests with the reason, writing nothing and taking no number", async () => {
    const { store, newsroom, outbox, editor } = await sqliteNewsroom();
    const story = readyStory('GRAIN-DEAL');
    const revision = await shareStory(newsroom, editor, story);

    for (const [name, role] of [
      ['rosa', 'reporter'],
      ['rita', 'reviewer'],
    ] as const) {
      const token = await invite(store, { name, role });
      const reply = await askToSend(newsroom, token, { story: story.id, destination: 'Wire', revision });
      expect(reply.status).toBe(403);
      expect(reply.body.error).toBe(`Only an editor can send a story to the wire, and you are a ${role} in this newsroom; ask the desk to send it. Nothing was sent.`);
      expect(newsroom.log).toContainEqual(expect.objectContaining({ event: 'send-refused', member: name, role }));
    }
    expect(await store.sentLog({ limit: 10 })).toEqual([]);
    expect((await store.destination('Wire'))!.nextSequence).toBe(1);
    expect((await storedDoc(store, story.id)).getMap(STORY_PARTS.fields).get('status')).toBe('ready');

    const sent = await askToSend(newsroom, editor, { story: story.id, destination: 'Wire', revision });
    expect(sent.body).toMatchObject({ sent: true, kind: 'send', files: [{ sequence: 1, fileName: 'GRAIN-DEAL-1.nitf.xml', format: 'nitf' }] });
    expect(visibleFiles(outbox)).toEqual(['GRAIN-DEAL-1.nitf.xml']);
  });

  it('answers a token that is not valid, input that is not a send and an unknown destination with the reason', async () => {
    const { store, newsroom, editor } = await sqliteNewsroom();
    await store.removeDestination('Wire');
    const story = readyStory('GRAIN-DEAL');
    const revision = await shareStory(newsroom, editor, story);

    expect(await askToSend(newsroom, 'galley_made-up-token', { story: story.id, destination: 'Wire', revision })).toMatchObject({ status: 401, body: { error: expect.stringMatching(/not valid/) } });
    expect(await askToSend(newsroom, editor, { story: 'nope', destination: 'Wire', revision })).toMatchObject({ status: 400, body: { error: "The request's story must be a story id." } });
    expect(await askToSend(newsroom, editor, { story: story.id, destination: 'Wire', revision })).toMatchObject({ status: 404, body: { error: 'The newsroom has no destination named "Wire".' } });
  });

  it('refuses a send of a revision the newsroom has moved past, and the revision that went already', async () => {
    const { store, newsroom, outbox, editor } = await sqliteNewsroom();
    const story = readyStory('GRAIN-DEAL');
    const revision = await shareStory(newsroom, editor, story);

    const first = await askToSend(newsroom, editor, { story: story.id, destination: 'Wire', revision });
    expect(first.body).toMatchObject({ sent: true, kind: 'send' });
    const stale = await askToSend(newsroom, editor, { story: story.id, destination: 'Wire', revision });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/changed in the newsroom after you synced it/);

    const now = first.body.sent ? first.body.revision : -1;
    expect(await askToSend(newsroom, editor, { story: story.id, destination: 'Wire', revision: now })).toMatchObject({
      status: 200,
      body: { sent: false, reasons: [expect.stringMatching(/already went to Wire/)] },
    });
    expect(visibleFiles(outbox)).toEqual(['GRAIN-DEAL-1.nitf.xml']);
    expect(await store.sentLog({ story: story.id, limit: 10 })).toHaveLength(1);
  });
});

describe('destinations from the command line', () => {
  it('adds, lists and removes a newsroom destination, each command a process of its own as an admin runs it', async () => {
    const dataDir = tempFolder();
    const data = join(dataDir, 'data');
    const added = await runServerCommand(['destination', 'add', 'Wire', '--folder', join(dataDir, 'out'), '--formats', 'nitf,ninjs', '--data', data]);
    expect(added.stderr).toContain('Added the newsroom destination Wire: nitf, ninjs');
    expect(added.code).toBe(0);
    const listed = await runServerCommand(['destination', 'list', '--data', data]);
    expect(listed.stdout).toBe(`Wire\tnitf,ninjs\t${join(dataDir, 'out')}\t{slug}-{seq}.{ext}\tnext 1\n`);
    const removed = await runServerCommand(['destination', 'remove', 'Wire', '--data', data]);
    expect(removed.code).toBe(0);
    const store = openSqliteStore(data);
    expect(await store.destinations()).toEqual([]);
    await store.close();
    // Each command starts a process of its own (tsx compiling the server): slow on a loaded machine.
  }, 120_000);
});
