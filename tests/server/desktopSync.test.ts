// The desktop sync agent through its command line (`galley connect`, `sync`, `set`, `append`),
// as two or more people at their own libraries: real newsroom servers (PostgreSQL in-process,
// SQLite as a child process that is killed), real WebSockets, real SQLite libraries.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/galley';
import { credentialsFileOf } from '../../main/services/newsroom/newsroomConnection';
import { Store } from '../../main/store/store';
import { openPostgresStore } from '../../server/store/postgresStore';
import type { NewsroomStore } from '../../server/store/store';
import { isSignOffStale } from '../../src/review/reviewState';
import { bodyFromParagraphs } from '../../src/story/body';
import type { Story } from '../../src/story/story';
import { tempFolder, type TempFolder } from '../support/tempLibrary';
import { startNewsroom } from '../../server/newsroom';
import { DATABASE_UNREACHABLE } from '../../server/refusal';
import { openSqliteStore } from '../../server/store/sqliteStore';
import { StoryClient, bodyTextOf, invite, logLines, storedDoc, serverProcess, startTestNewsroom, waitUntil, type TestNewsroom } from './newsroomClient';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const RUN = `galley_sync_${randomBytes(6).toString('hex')}`;

async function onMaintenanceDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/test` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One person's desktop: a library of their own, driven through `galley` as they would. */
class Desktop {
  readonly library: string;

  constructor(folder: TempFolder, name: string) {
    this.library = folder.file(`${name}.galley`);
  }

  async galley(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await runCli(['--db', this.library, ...args], { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
    return { code, stdout, stderr };
  }

  /** Runs a command that must succeed, and returns what it printed. */
  async ok(...args: string[]): Promise<string> {
    const result = await this.galley(...args);
    expect(result, `galley ${args.join(' ')}`).toMatchObject({ code: 0 });
    return result.stdout;
  }

  async story(id: string): Promise<Story & { bodyText: string }> {
    return JSON.parse(await this.ok('show', id, '--json'));
  }

  /** Writes a story in this library, as a person does before sharing it. */
  write(headline: string, paragraphs: string[]): string {
    return this.withStore((store) => store.createStory({ headline, body: bodyFromParagraphs(paragraphs), dateline: { place: 'KYIV', date: '', source: 'AFP' } }).id);
  }

  withStore<T>(work: (store: Store) => T): T {
    const store = new Store(this.library);
    try {
      return work(store);
    } finally {
      store.close();
    }
  }
}

/** What two libraries must agree on: the story without this library's own bookkeeping. */
function shared(story: Story): Omit<Story, 'version' | 'updatedAt'> {
  const { version: _version, updatedAt: _updatedAt, ...rest } = story;
  return rest;
}

let databases = 0;

/** A newsroom server on a PostgreSQL database of its own, dropped after the test. */
async function newsroomOnPostgres(): Promise<{ newsroom: TestNewsroom; store: NewsroomStore; databaseUrl: string }> {
  const database = `${RUN}_${(databases += 1)}`;
  await onMaintenanceDatabase(`CREATE DATABASE ${database}`);
  cleanups.push(() => onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  const store = await openPostgresStore(`${SERVER}/${database}`);
  const newsroom = await startTestNewsroom(store);
  cleanups.push(() => newsroom.stop());
  return { newsroom, store, databaseUrl: `${SERVER}/${database}` };
}

function desktops(...names: string[]): Desktop[] {
  const folder = tempFolder('galley-sync-');
  cleanups.push(() => folder.cleanup());
  return names.map((name) => new Desktop(folder, name));
}

/** Editors at desktops of their own, each connected to a new newsroom on PostgreSQL. */
async function editorsConnected(...names: string[]): Promise<Desktop[]> {
  const { newsroom, store } = await newsroomOnPostgres();
  const people = desktops(...names);
  for (const [i, person] of people.entries()) await person.ok('connect', newsroom.url, '--token', await invite(store, { name: names[i], role: 'editor' }));
  return people;
}

describe('two libraries editing one story apart', () => {
  it('merges fields set on each side and paragraphs appended on each side, losing nothing', async () => {
    const [ana, lee] = await editorsConnected('ana', 'lee');
    const id = ana.write('Grain deal holds', ['Ships left Odesa on Monday.']);
    expect(await ana.ok('sync')).toContain('1 of 1 stories in step');
    expect(await lee.ok('sync')).toMatch(/1 new here/);
    expect((await lee.story(id)).bodyText).toBe('Ships left Odesa on Monday.');

    // Both offline: nothing below reaches the server until each syncs.
    await ana.ok('set', id, 'headline', 'Grain deal holds for a second week');
    await ana.ok('append', id, 'Ana: the ministry confirmed the figures.');
    await lee.ok('set', id, 'byline', 'By Lee Park');
    await lee.ok('set', id, 'dateline.place', 'ODESA');
    await lee.ok('append', id, 'Lee: insurers returned to the route.');

    await ana.ok('sync');
    expect(await lee.ok('sync')).not.toContain('Conflict');
    await ana.ok('sync');

    const [hers, his] = [await ana.story(id), await lee.story(id)];
    expect(shared(hers)).toEqual(shared(his));
    expect(hers).toMatchObject({ headline: 'Grain deal holds for a second week', byline: 'By Lee Park', dateline: { place: 'ODESA', source: 'AFP' } });
    expect(hers.bodyText.split('\n\n').sort()).toEqual(
      ['Ships left Odesa on Monday.', 'Ana: the ministry confirmed the figures.', 'Lee: insurers returned to the route.'].sort(),
    );
  });

  it('keeps both values of a field changed on both sides, and reports the conflict', async () => {
    const [ana, lee] = await editorsConnected('ana', 'lee');
    const id = ana.write('Port reopens', ['The port reopened at dawn.']);
    await ana.ok('sync');
    await lee.ok('sync');

    await ana.ok('set', id, 'headline', "Ana's headline");
    await lee.ok('set', id, 'headline', "Lee's headline");
    await lee.ok('set', id, 'standfirst', 'Only Lee changed this.');
    await ana.ok('sync');
    const report = await lee.ok('sync');

    expect(report).toContain(`Conflict in ${id} headline: yours "Lee's headline", theirs "Ana's headline"; both are kept.`);
    expect(report).not.toContain('standfirst');
    expect(await lee.ok('conflicts')).toContain(`${id} headline: yours "Lee's headline", theirs "Ana's headline"`);
    await ana.ok('sync');
    expect(shared(await ana.story(id))).toEqual(shared(await lee.story(id)));
    expect((await ana.story(id)).standfirst).toBe('Only Lee changed this.');

    // Choosing a value settles the conflict.
    await lee.ok('set', id, 'headline', "Lee's headline");
    expect(await lee.ok('conflicts')).toBe('No conflicts.\n');
  });
});

describe('syncing a library in step', () => {
  it('opens no story nobody changed, and still brings the one changed elsewhere', async () => {
    const [ana, lee] = await editorsConnected('ana', 'lee');
    const ids = ['One', 'Two', 'Three'].map((headline) => ana.write(headline, [`${headline} body.`]));
    await ana.ok('sync');
    await lee.ok('sync');
    expect(await ana.ok('sync')).toContain('3 unchanged');

    await lee.ok('append', ids[1], 'Added by Lee.');
    await lee.ok('sync');
    const report = await ana.ok('sync');
    expect(report).toContain('1 changed here');
    expect(report).toContain('2 unchanged');
    expect((await ana.story(ids[1])).bodyText).toBe('Two body.\n\nAdded by Lee.');
  });
});

describe('history the server does not have', () => {
  it('gives a server that lost its stories their history back from a desktop, never doubled', async () => {
    const folder = tempFolder('galley-lost-');
    cleanups.push(() => folder.cleanup());
    const firstStore = openSqliteStore(folder.file('first'));
    const first = await startTestNewsroom(firstStore);
    const [ana, lee] = desktops('ana', 'lee');
    await ana.ok('connect', first.url, '--token', await invite(firstStore, { name: 'ana', role: 'editor' }));
    await lee.ok('connect', first.url, '--token', await invite(firstStore, { name: 'lee', role: 'editor' }));
    const id = ana.write('Lost and found', ['Written by Ana.']);
    await ana.ok('sync');
    await lee.ok('sync');
    await lee.ok('append', id, 'Added by Lee.');
    await lee.ok('sync');
    await ana.ok('sync');
    await first.stop();

    // A new, empty server: both desktops still hold the story's whole history.
    const store = openSqliteStore(folder.file('second'));
    const second = await startTestNewsroom(store);
    cleanups.push(() => second.stop());
    await ana.ok('connect', second.url, '--token', await invite(store, { name: 'ana', role: 'editor' }));
    await lee.ok('connect', second.url, '--token', await invite(store, { name: 'lee', role: 'editor' }));
    await ana.ok('sync');
    await lee.ok('sync');
    await ana.ok('sync');

    const expected = 'Written by Ana.\n\nAdded by Lee.';
    expect((await ana.story(id)).bodyText).toBe(expected);
    expect((await lee.story(id)).bodyText).toBe(expected);
    expect(bodyTextOf(await storedDoc(store, id))).toBe('Written by Ana.\nAdded by Lee.');
  });

  it('keeps a story in the trash in step, out of search, and restores it with the newsroom\'s text', async () => {
    const [ana, lee] = await editorsConnected('ana', 'lee');
    const id = ana.write('Binned here, edited there', ['First paragraph.']);
    await ana.ok('sync');
    await lee.ok('sync');
    lee.withStore((library) => library.deleteStory(id));

    await ana.ok('append', id, 'Zanzibar paragraph written meanwhile.');
    await ana.ok('sync');
    await lee.ok('sync');

    expect(lee.withStore((library) => library.searchStories({ query: 'Zanzibar', limit: 10 }).hits)).toEqual([]);
    lee.withStore((library) => library.restoreFromTrash(id));
    expect((await lee.story(id)).bodyText).toBe('First paragraph.\n\nZanzibar paragraph written meanwhile.');
    await lee.ok('sync');
    await ana.ok('sync');
    expect((await ana.story(id)).bodyText).toBe('First paragraph.\n\nZanzibar paragraph written meanwhile.');
  });
});

describe('the review', () => {
  it("carries a reviewer's sign-off, made offline, to the editor's library", async () => {
    const { newsroom, store } = await newsroomOnPostgres();
    const [desk, reviewer] = desktops('desk', 'reviewer');
    await desk.ok('connect', newsroom.url, '--token', await invite(store, { name: 'desk', role: 'editor' }));
    await reviewer.ok('connect', newsroom.url, '--token', await invite(store, { name: 'rita', role: 'reviewer' }));
    const id = desk.write('Checked quotes', ['"It is done," the minister said.']);
    await desk.ok('sync');
    await reviewer.ok('sync');

    reviewer.withStore((library) => library.signOff({ id, baseVersion: library.getStory(id).version, by: 'Rita' }));
    await reviewer.ok('sync');
    await desk.ok('sync');
    const signed = await desk.story(id);
    expect(signed.review).toMatchObject({ state: 'signed-off', by: 'Rita' });
    // Versions count saves in each library; the sign-off is current for the words Rita read.
    expect(isSignOffStale(signed)).toBe(false);

    await desk.ok('append', id, 'A paragraph Rita has not read.');
    expect(isSignOffStale(await desk.story(id))).toBe(true);
    await desk.ok('sync');
    await reviewer.ok('sync');
    expect(isSignOffStale(await reviewer.story(id))).toBe(true);
  });
});

describe('what the server refuses', () => {
  it('stops at a revoked token with the reason, and keeps the edits made meanwhile', async () => {
    const { newsroom, store } = await newsroomOnPostgres();
    const [ana] = desktops('ana');
    const name = 'ana';
    await ana.ok('connect', newsroom.url, '--token', await invite(store, { name, role: 'editor' }));
    const id = ana.write('Talks resume', ['Delegates met in Istanbul.']);
    await ana.ok('sync');

    await store.removeMember(name);
    await ana.ok('set', id, 'headline', 'Talks resume after a week');
    await ana.ok('append', id, 'Written after the token was revoked.');
    const refused = await ana.galley('sync');

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("The newsroom refused this library's token: This invitation token is not valid (revoked, or never issued).");
    const kept = await ana.story(id);
    expect(kept.headline).toBe('Talks resume after a week');
    expect(kept.bodyText).toContain('Written after the token was revoked.');
    expect(ana.withStore((library) => library.sharedStoryState(id)!.pending.length)).toBeGreaterThan(0);
  });

  it("says the newsroom could not store a story while its database refuses, and sends the changes at the next sync", async () => {
    const { newsroom, store, databaseUrl } = await newsroomOnPostgres();
    const [ana] = desktops('ana');
    await ana.ok('connect', newsroom.url, '--token', await invite(store, { name: 'ana', role: 'editor' }));
    const id = ana.write('Talks resume', ['Delegates met in Istanbul.']);
    await ana.ok('sync');

    // The database answers but refuses every write of a story, as when its disk is full.
    const database = new pg.Client({ connectionString: databaseUrl });
    await database.connect();
    cleanups.push(() => database.end());
    await database.query(`CREATE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
      CREATE TRIGGER refuse_writes BEFORE INSERT OR UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION refuse_writes();`);
    await ana.ok('append', id, 'Written while the database refuses.');
    const refused = await ana.galley('sync');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The newsroom server could not store the story: ${DATABASE_UNREACHABLE}`);
    expect(ana.withStore((library) => library.sharedStoryState(id)!.pending.length)).toBeGreaterThan(0);

    await database.query('DROP TRIGGER refuse_writes ON documents');
    await ana.ok('sync');
    expect(ana.withStore((library) => library.sharedStoryState(id)!.pending)).toEqual([]);
    expect(bodyTextOf(await storedDoc(store, id))).toContain('Written while the database refuses.');
  });

  it('shares a story a reporter wrote, and the desk receives it', async () => {
    const { newsroom, store } = await newsroomOnPostgres();
    const [desk, reporter] = desktops('desk', 'reporter');
    await desk.ok('connect', newsroom.url, '--token', await invite(store, { name: 'desk', role: 'editor' }));
    await reporter.ok('connect', newsroom.url, '--token', await invite(store, { name: 'rep', role: 'reporter' }));
    const id = reporter.write('Ferry strike ends', ['Crews returned to work at dawn.']);

    expect(await reporter.ok('sync')).toContain('1 of 1 stories in step');
    await desk.ok('sync');
    expect((await desk.story(id)).headline).toBe('Ferry strike ends');
  });

  it("refuses a reporter's change to a story that is not theirs, says why, and keeps it locally only", async () => {
    const { newsroom, store } = await newsroomOnPostgres();
    const [desk, reporter] = desktops('desk', 'reporter');
    await desk.ok('connect', newsroom.url, '--token', await invite(store, { name: 'desk', role: 'editor' }));
    await reporter.ok('connect', newsroom.url, '--token', await invite(store, { name: 'rep', role: 'reporter' }));
    const id = desk.write('Desk story', ['Written by the desk.']);
    await desk.ok('sync');
    await reporter.ok('sync');

    await reporter.ok('set', id, 'headline', 'Reporter rewrites the desk');
    const refused = await reporter.galley('sync');

    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${id}: The newsroom refused the change: You can only change stories you created or are assigned to; ask an editor to assign you.`);
    expect((await reporter.story(id)).headline).toBe('Reporter rewrites the desk');
    await desk.ok('sync');
    expect((await desk.story(id)).headline).toBe('Desk story');

    // The reporter gives the change up: back to the newsroom's version, and in step again.
    expect(await reporter.ok('discard', id)).toContain("is back to the newsroom's version");
    expect((await reporter.story(id)).headline).toBe('Desk story');
    expect(await reporter.ok('sync')).toContain('1 of 1 stories in step');
  });
});

describe('connecting', () => {
  it('keeps the token out of the library and the output, in a file only its owner can read', async () => {
    const { newsroom, store } = await newsroomOnPostgres();
    const [ana] = desktops('ana');
    const token = await invite(store, { name: 'ana', role: 'editor' });
    const connected = await ana.galley('connect', newsroom.url, '--token', token);

    expect(connected.code).toBe(0);
    expect(connected.stdout + connected.stderr).not.toContain(token);
    const file = credentialsFileOf(ana.library);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(token);
    expect(readFileSync(ana.library).includes(Buffer.from(token))).toBe(false);

    expect(await ana.ok('disconnect')).toContain(`Disconnected from ${newsroom.url}`);
    expect(existsSync(file)).toBe(false);
    const notConnected = await ana.galley('sync');
    expect(notConnected).toMatchObject({ code: 1, stderr: expect.stringContaining('not connected to a newsroom') });
  });

  it('says when the server cannot be reached, or speaks another protocol version, and keeps local edits', async () => {
    const [ana] = desktops('ana');
    const other: Server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ status: 'ok', protocol: 99 }));
    });
    other.listen(0, '127.0.0.1');
    await once(other, 'listening');
    cleanups.push(() => other.close());
    const { port } = other.address() as AddressInfo;
    const id = ana.write('Offline story', ['Written on a train.']);

    await ana.ok('connect', `ws://127.0.0.1:${port}`, '--token', 'a'.repeat(43));
    const otherVersion = await ana.galley('sync');
    expect(otherVersion.code).toBe(1);
    expect(otherVersion.stderr).toContain(`speaks protocol 99 and this Galley speaks 1; update the older one.`);

    other.close();
    await once(other, 'close');
    await ana.ok('append', id, 'Still writing.');
    const down = await ana.galley('sync');
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(`Cannot reach the newsroom server at ws://127.0.0.1:${port} (ECONNREFUSED)`);
    expect((await ana.story(id)).bodyText).toBe('Written on a train.\n\nStill writing.');
  });
});

describe('a clock that is off', () => {
  it("says so when this computer's clock is an hour behind the server's, and syncs all the same", async () => {
    const folder = tempFolder('galley-clock-');
    cleanups.push(() => folder.cleanup());
    const store = openSqliteStore(folder.file('newsroom'));
    const newsroom = await startNewsroom({ store, log: () => {}, port: 0, host: '127.0.0.1', now: () => new Date(Date.now() + 3_600_000) });
    cleanups.push(() => newsroom.stop());
    const [ana] = desktops('ana');
    await ana.ok('connect', newsroom.url, '--token', await invite(store, { name: 'ana', role: 'editor' }));
    ana.write('Timed', ['Written at the wrong time.']);

    const report = await ana.ok('sync');
    expect(report).toContain(`This computer's clock is 60 minutes behind the newsroom server at ${newsroom.url}`);
    expect(report).toContain('1 of 1 stories in step');
  });
});

describe('a server that crashes', () => {
  /** `npm run server` on a SQLite data folder, storing only 60 s after the last change unless asked. */
  async function startServer(data: string, port: number): Promise<{ child: ChildProcess; url: string }> {
    const child = serverProcess(['--data', data, '--port', String(port), '--debounce', '60000']);
    const lines = logLines(child);
    const listening = await waitUntil(() => {
      const line = lines.find((entry) => entry.event === 'listening');
      if (!line) throw new Error('not listening yet');
      return line;
    });
    return { child, url: String(listening.url) };
  }

  async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }

  async function freePort(): Promise<number> {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    probe.close();
    await once(probe, 'close');
    return port;
  }

  it('loses nothing a desktop synced, killed while a colleague keeps the story open, and restarted', async () => {
    const folder = tempFolder('galley-crash-');
    cleanups.push(() => folder.cleanup());
    const data = folder.file('newsroom');
    const members = openSqliteStore(data);
    const [anaToken, leeToken, colleagueToken] = [
      await invite(members, { name: 'ana', role: 'editor' }),
      await invite(members, { name: 'lee', role: 'editor' }),
      await invite(members, { name: 'col', role: 'editor' }),
    ];
    await members.close();
    const port = await freePort();
    let server = await startServer(data, port);
    cleanups.push(() => kill(server.child));

    const [ana, lee] = desktops('ana', 'lee');
    await ana.ok('connect', server.url, '--token', anaToken);
    await lee.ok('connect', server.url, '--token', leeToken);
    const id = ana.write('Crash test', ['Before the crash.']);
    await ana.ok('sync');

    // A colleague has the story open, so the server keeps it in memory and stores it only
    // after its debounce: the sync must not count on a store at disconnect.
    const colleague = await StoryClient.connect(server.url, id, colleagueToken);
    await ana.ok('set', id, 'headline', 'Synced just before the crash');
    await ana.ok('append', id, 'Synced just before the crash.');
    await ana.ok('sync');
    colleague.destroy();
    await kill(server.child);

    await ana.ok('append', id, 'Written while the server was down.');
    expect((await ana.galley('sync')).code).toBe(1);

    server = await startServer(data, port);
    // Lee has never seen the story: what he gets is what the server stored before it died.
    await lee.ok('sync');
    expect(await lee.story(id)).toMatchObject({ headline: 'Synced just before the crash', bodyText: 'Before the crash.\n\nSynced just before the crash.' });

    await ana.ok('sync');
    await lee.ok('sync');
    expect((await lee.story(id)).bodyText).toBe('Before the crash.\n\nSynced just before the crash.\n\nWritten while the server was down.');
    expect(shared(await lee.story(id))).toEqual(shared(await ana.story(id)));
    // Two server processes start under tsx: slow on a loaded machine, never waited on by the clock.
  }, 120_000);
});
