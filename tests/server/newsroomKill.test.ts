// Newsroom server processes (`npm run server`) on a PostgreSQL and a Redis of their own, killed
// and stopped in the middle of edits: kill -9 one of two instances, and SIGTERM with stores
// pending. Clients go round both instances' addresses, as behind a round-robin load balancer.
// `npm run test:newsroom-faults` runs the long form (more edits around each fault).
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../server/log';
import { openPostgresStore } from '../../server/store/postgresStore';
import type { NewsroomStore } from '../../server/store/store';
import { StoryClient, bodyTextOf, invite, logLines, newStoryId, serverProcess, storedDoc, waitUntil } from './newsroomClient';
import { startPrivatePostgres, startPrivateRedis, type PrivatePostgres, type PrivateRedis } from './privateEngines';

const LONG = process.env.GALLEY_NEWSROOM_FAULTS === 'long';
/** Paragraphs each person writes in each phase. */
const EDITS = LONG ? 40 : 4;
/** People in the story, half starting on each instance. */
const PEOPLE = LONG ? 8 : 4;

let postgres: PrivatePostgres;
let redis: PrivateRedis;
let databaseUrl: string;
let store: NewsroomStore;

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
  const name = `kill_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgres.url('test') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databaseUrl = postgres.url(name);
  store = await openPostgresStore(databaseUrl);
}, 60_000);

afterAll(async () => {
  await store?.close();
  await redis?.stop();
  await postgres?.remove();
});

type Instance = { child: ChildProcess; log: LogEntry[]; url: string; exited: Promise<number | null> };
const instances: Instance[] = [];
const clients: StoryClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const { child, exited } of instances.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  }
});

async function startInstance(debounceMs: number): Promise<Instance> {
  const child = serverProcess(['--port', '0', '--postgres', databaseUrl, '--redis', redis.url, '--redis-prefix', 'kill', '--debounce', String(debounceMs)]);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const log = logLines(child);
  const url = await waitUntil(() => {
    const listening = log.find((entry) => entry.event === 'listening');
    if (!listening) throw new Error('not listening yet');
    return listening.url as string;
  });
  const instance = { child, log, url, exited };
  instances.push(instance);
  return instance;
}

/** Paragraphs `${who}-${phase}-${n}`, appended one by one. */
function write(client: StoryClient, who: string, phase: string, count = EDITS): string[] {
  const written: string[] = [];
  for (let n = 0; n < count; n += 1) {
    client.appendParagraph(`${who}-${phase}-${n}`);
    written.push(`${who}-${phase}-${n}`);
  }
  return written;
}

const paragraphs = (text: string) => text.split('\n').filter(Boolean).sort();

describe('an instance killed in the middle of edits', () => {
  it("moves its people to the other instance, loses nothing the server said it stored, and every copy converges", { timeout: 180_000 }, async () => {
    const [one, two] = [await startInstance(200), await startInstance(200)];
    const storyId = newStoryId();
    const people: { name: string; client: StoryClient }[] = [];
    for (let n = 0; n < PEOPLE; n += 1) {
      const name = `p${n}`;
      // Each starts on one instance and, when it goes, reconnects to the next address.
      const addresses = n % 2 === 0 ? [one.url, two.url] : [two.url, one.url];
      const client = await StoryClient.connect(addresses, storyId, await invite(store, { name, role: 'editor' }));
      clients.push(client);
      people.push({ name, client });
    }

    const written: string[] = [];
    for (const { name, client } of people) written.push(...write(client, name, 'before'));
    // What the server says it stored: a desktop drops its own copy of these.
    const acknowledged: string[] = [];
    for (const { client } of people) {
      const answer = await client.store();
      expect(answer).toHaveProperty('stored');
    }
    acknowledged.push(...written);

    // Mid-edit: half of this phase is typed before the kill, half after.
    for (const { name, client } of people) written.push(...write(client, name, 'during', Math.ceil(EDITS / 2)));
    one.child.kill('SIGKILL');
    const killedAt = performance.now();
    await one.exited;
    for (const { name, client } of people) written.push(...write(client, name, 'after-kill', EDITS - Math.ceil(EDITS / 2)));

    // Stored before the kill means stored: the database has it whatever happens next.
    const inDatabase = paragraphs(bodyTextOf(await storedDoc(store, storyId)));
    expect(inDatabase).toEqual(expect.arrayContaining(acknowledged));

    for (const { client } of people) {
      const answer = await client.store();
      expect(answer).toHaveProperty('stored');
    }
    // Measured and shown, not asserted: the target is 5 s (issue 22).
    console.log(`Every client of the killed instance stored again on the other ${((performance.now() - killedAt) / 1000).toFixed(2)} s after the kill.`);

    for (const { name, client } of people) written.push(...write(client, name, 'after'));
    for (const { client } of people) expect(await client.store()).toHaveProperty('stored');
    for (const { client } of people) await waitUntil(() => expect(paragraphs(client.bodyText())).toEqual([...written].sort()));
    expect(paragraphs(bodyTextOf(await storedDoc(store, storyId)))).toEqual([...written].sort());
  });
});

describe('SIGTERM', () => {
  it('stores every story with changes and exits, with stores still waiting on a long debounce and clients that would wait for ever', { timeout: 120_000 }, async () => {
    const instance = await startInstance(600_000);
    const token = await invite(store, { name: 'sigterm', role: 'editor' });
    const stories = [newStoryId(), newStoryId(), newStoryId()];
    const written = new Map<string, string[]>();
    for (const storyId of stories) {
      // Never giving up on a silent server themselves: only the server closing their sockets lets it exit.
      const client = await StoryClient.connect(instance.url, storyId, token, { messageReconnectTimeout: 3_600_000 });
      clients.push(client);
      written.set(storyId, write(client, storyId.slice(-4), 'kept'));
      await client.settled();
    }
    expect(instance.log.filter((entry) => entry.event === 'stored')).toEqual([]);

    instance.child.kill('SIGTERM');
    expect(await instance.exited).toBe(0);
    for (const storyId of stories) expect(paragraphs(bodyTextOf(await storedDoc(store, storyId)))).toEqual(written.get(storyId)!.sort());
  });
});
