// The newsroom server on its embedded SQLite store: editing through the server, invitations,
// revocation, each role check, each sent as a real Yjs message by a real client, and the
// library channel.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { hashToken, type NewsroomStore } from '../../server/store/store';
import { LIBRARY_CHANNEL, parseStoryStoredNotice, type StoryStoredNotice } from '../../src/newsroom/libraryChannel';
import { presenceOf, type PresenceState } from '../../src/newsroom/presence';
import { parseStoredReply, storeRequest } from '../../src/newsroom/syncMessages';
import { openSqliteStore } from '../../server/store/sqliteStore';
import {
  StoryClient,
  bodyTextOf,
  invite,
  logLines,
  newStoryId,
  runServerCommand,
  serverProcess,
  startTestNewsroom,
  storedDoc,
  waitUntil,
  type TestNewsroom,
} from './newsroomClient';

let dataDir: string;
let store: NewsroomStore;
let newsroom: TestNewsroom;
const clients: StoryClient[] = [];

async function connect(storyId: string, token: string): Promise<StoryClient> {
  const client = await StoryClient.connect(newsroom.url, storyId, token);
  clients.push(client);
  return client;
}

/** A story an editor has written one paragraph in, so it is in the library with an owner. */
async function storyByEditor(text = 'Grain ships left Odesa on Monday.'): Promise<{ storyId: string; editor: StoryClient }> {
  const storyId = newStoryId();
  const editor = await connect(storyId, await invite(store, { name: `editor-${storyId}`, role: 'editor' }));
  editor.appendParagraph(text);
  await editor.settled();
  return { storyId, editor };
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-newsroom-'));
  store = openSqliteStore(dataDir);
  newsroom = await startTestNewsroom(store);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await newsroom.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('editing through the server', () => {
  it("shows one person's edits to another in the same story, both ways", async () => {
    const { storyId, editor } = await storyByEditor('First paragraph.');
    const reporter = await connect(storyId, await invite(store, { name: 'ana', role: 'editor' }));
    expect(reporter.bodyText()).toBe('First paragraph.');

    reporter.appendParagraph('Second paragraph.');
    await waitUntil(() => expect(editor.bodyText()).toBe('First paragraph.\nSecond paragraph.'));
  });

  it('answers its health endpoint with JSON', async () => {
    const response = await fetch(newsroom.healthUrl);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', documents: 0, connections: 0 });
  });

  it('stores every document on a clean stop, and serves it again after a restart', async () => {
    const { storyId } = await storyByEditor('Kept across a restart.');
    await newsroom.stop();
    expect(newsroom.log.map((entry) => entry.event)).toContain('stored');

    store = openSqliteStore(dataDir);
    newsroom = await startTestNewsroom(store);
    const reader = await connect(storyId, await invite(store, { name: 'lee', role: 'reviewer' }));
    expect(reader.bodyText()).toBe('Kept across a restart.');
  });

  it('refuses a document name that is not a story id, saying so', async () => {
    const token = await invite(store, { name: 'ana', role: 'editor' });
    const client = new StoryClient(newsroom.url, 'not-a-story', token);
    clients.push(client);
    await waitUntil(() => expect(client.authenticationFailed).toBe('"not-a-story" is not a story id.'));
  });
});

describe('invitations', () => {
  it('refuses a desktop of another protocol version, saying which each speaks', async () => {
    const token = await invite(store, { name: 'ana', role: 'editor' });
    const client = new StoryClient(`${newsroom.url}?protocol=2`, newStoryId(), token);
    clients.push(client);
    await waitUntil(() => expect(client.authenticationFailed).toBe('This newsroom server speaks protocol 1 and this Galley speaks 2; update the older one.'));
  });

  it('refuses a token that was never issued', async () => {
    const client = new StoryClient(newsroom.url, newStoryId(), 'made-up-token');
    clients.push(client);
    await waitUntil(() => expect(client.authenticationFailed).toMatch(/not valid/));
  });

  it('closes an open connection when the person is removed, and refuses their token after', async () => {
    const { storyId, editor } = await storyByEditor();
    const token = await invite(store, { name: 'bob', role: 'editor' });
    const bob = await connect(storyId, token);

    await store.removeMember('bob');
    expect(await bob.refusal()).toMatch(/invitation was revoked/);
    expect(newsroom.log).toContainEqual(expect.objectContaining({ event: 'revoked', member: 'bob', story: storyId }));

    const again = new StoryClient(newsroom.url, storyId, token);
    clients.push(again);
    await waitUntil(() => expect(again.authenticationFailed).toMatch(/not valid/));
    expect(editor.closedBecause).toBeNull();
  });
});

describe('roles, checked by the server on every message', () => {
  it("refuses a reviewer's change to a story body, and does not store it", async () => {
    const { storyId, editor } = await storyByEditor('The minister said the deal was done.');
    const reviewer = await connect(storyId, await invite(store, { name: 'rita', role: 'reviewer' }));

    reviewer.appendParagraph('Inserted by the reviewer.');
    expect(await reviewer.refusal()).toBe("A reviewer cannot change a story's body; mark quotes and sign off in the review instead.");
    expect(newsroom.log).toContainEqual(expect.objectContaining({ event: 'refused', member: 'rita', story: storyId }));

    editor.appendParagraph('The desk carries on.');
    await editor.settled();
    await newsroom.stop();
    const stored = bodyTextOf(await storedDoc(openSqliteStore(dataDir), storyId));
    expect(stored).toBe('The minister said the deal was done.\nThe desk carries on.');
    expect(editor.bodyText()).not.toContain('reviewer');
  });

  it("refuses a reviewer's change to a story's fields", async () => {
    const { storyId } = await storyByEditor();
    const reviewer = await connect(storyId, await invite(store, { name: 'rita', role: 'reviewer' }));
    reviewer.fields.set('headline', 'Reviewer headline');
    expect(await reviewer.refusal()).toBe("A reviewer cannot change the story's headline.");
  });

  it('lets a reviewer sign off, and the editor sees it', async () => {
    const { storyId, editor } = await storyByEditor();
    const reviewer = await connect(storyId, await invite(store, { name: 'rita', role: 'reviewer' }));
    reviewer.review.set('state', 'signed-off');
    await waitUntil(() => expect(editor.review.get('state')).toBe('signed-off'));
    expect(reviewer.closedBecause).toBeNull();
  });

  it("refuses a reporter's change to a story they neither created nor are assigned to, until assigned", async () => {
    const { storyId, editor } = await storyByEditor();
    const token = await invite(store, { name: 'bob', role: 'reporter' });
    const bob = await connect(storyId, token);
    bob.appendParagraph('Not my story.');
    expect(await bob.refusal()).toBe('You can only change stories you created or are assigned to; ask an editor to assign you.');
    bob.destroy();

    expect(await store.assign(storyId, 'bob')).toBe(true);
    const assigned = await connect(storyId, token);
    assigned.appendParagraph('Now assigned.');
    await waitUntil(() => expect(editor.bodyText()).toContain('Now assigned.'));
  });

  it('lets a reporter create a story and keep writing it; it is theirs in the library', async () => {
    const storyId = newStoryId();
    const ana = await connect(storyId, await invite(store, { name: 'ana', role: 'reporter' }));
    ana.fields.set('headline', 'Port reopens');
    ana.appendParagraph('The port reopened on Monday.');
    await ana.settled();
    expect(ana.closedBecause).toBeNull();
    expect(await store.storyRecord(storyId)).toEqual({ owner: 'ana', assignees: [] });
  });

  it('refuses a reporter moving their own story to ready', async () => {
    const storyId = newStoryId();
    const ana = await connect(storyId, await invite(store, { name: 'ana', role: 'reporter' }));
    ana.appendParagraph('Draft.');
    await ana.settled();
    ana.fields.set('status', 'ready');
    expect(await ana.refusal()).toBe('Only an editor can move a story to ready.');
  });

  it('refuses a reporter changing the review', async () => {
    const storyId = newStoryId();
    const ana = await connect(storyId, await invite(store, { name: 'ana', role: 'reporter' }));
    ana.review.set('state', 'signed-off');
    expect(await ana.refusal()).toBe('Only a reviewer or an editor can change the review.');
  });

  it("refuses a reporter resetting the review of a story that exists (only a new story's 'not reviewed yet' is theirs to write)", async () => {
    const storyId = newStoryId();
    const ana = await connect(storyId, await invite(store, { name: 'ana', role: 'reporter' }));
    ana.appendParagraph('Draft.');
    await ana.settled();
    ana.review.set('state', 'none');
    expect(await ana.refusal()).toBe('Only a reviewer or an editor can change the review.');
  });

  it('refuses a change to a part a story does not have', async () => {
    const ana = await connect(newStoryId(), await invite(store, { name: 'ana', role: 'reporter' }));
    ana.doc.getMap('payload').set('x', 1);
    expect(await ana.refusal()).toBe('"payload" is not part of a story; the change was not stored.');
  });
});

// Each command is a process started through tsx, several seconds on a loaded machine.
describe('the command line', { timeout: 120_000 }, () => {
  it('prints a new token once, stores only its hash, and `user remove` revokes it', async () => {
    const added = await runServerCommand(['user', 'add', 'ana', '--role', 'reporter', '--data', dataDir]);
    expect(added.code).toBe(0);
    const token = added.stdout.trim();
    // Never starting with "-", which a command line would read as an option.
    expect(token).toMatch(/^galley_[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toMatch(/not shown again/);

    const rows = new Database(join(dataDir, 'newsroom.db'), { readonly: true }).prepare('SELECT name, role, token_hash FROM members').all();
    expect(rows).toEqual([{ name: 'ana', role: 'reporter', token_hash: hashToken(token) }]);
    expect(readFileSync(join(dataDir, 'newsroom.db')).includes(token)).toBe(false);

    const ana = await connect(newStoryId(), token);
    const removed = await runServerCommand(['user', 'remove', 'ana', '--data', dataDir]);
    expect(removed.code).toBe(0);
    expect(await ana.refusal()).toMatch(/invitation was revoked/);
  });

  it('explains a bad role, a taken name and an unknown person', async () => {
    const badRole = await runServerCommand(['user', 'add', 'ana', '--role', 'boss', '--data', dataDir]);
    expect([badRole.code, badRole.stderr]).toEqual([1, expect.stringMatching(/--role must be one of reporter, editor, reviewer, admin \(got "boss"\)/)]);
    await runServerCommand(['user', 'add', 'ana', '--role', 'editor', '--data', dataDir]);
    const taken = await runServerCommand(['user', 'add', 'ana', '--role', 'editor', '--data', dataDir]);
    expect([taken.code, taken.stderr]).toEqual([1, expect.stringMatching(/"ana" is already a member/)]);
    const unknown = await runServerCommand(['user', 'remove', 'zed', '--data', dataDir]);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringMatching(/no member called "zed"/)]);
  });

  it('starts, prints its address as a JSON log line, and on SIGTERM stores every document before exit', async () => {
    const token = await invite(store, { name: 'ana', role: 'editor' });
    await newsroom.stop();
    const child = serverProcess(['--port', '0', '--data', dataDir]);
    // A failed assertion must not leave the server running.
    onTestFinished(() => void child.kill('SIGKILL'));
    const lines = logLines(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const listening = await waitUntil(() => {
      const line = lines.find((entry) => entry.event === 'listening');
      if (!line) throw new Error('not listening yet');
      return line as unknown as { url: string };
    });
    const storyId = newStoryId();
    const ana = new StoryClient(listening.url, storyId, token);
    await waitUntil(() => expect(ana.provider.synced).toBe(true));
    ana.appendParagraph('Sent just before the stop.');
    await ana.settled();

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    ana.destroy();
    expect(lines.map((entry) => entry.event)).toEqual(expect.arrayContaining(['stopping', 'stored', 'stopped']));
    store = openSqliteStore(dataDir);
    expect(bodyTextOf(await storedDoc(store, storyId))).toBe('Sent just before the stop.');
    newsroom = await startTestNewsroom(store);
  });
});

// The library channel (src/newsroom/libraryChannel.ts): a notice to every desktop when a story is
// stored, presence under the server's names, and no writes from clients.
/** Asks the server to store the client's story now, as a desktop's sync does, and waits for its answer. */
async function storeNow(client: StoryClient, id: number): Promise<void> {
  let answered = false;
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    if (parseStoredReply(payload)?.id === id) answered = true;
  });
  client.provider.sendStateless(storeRequest(id));
  await waitUntil(() => expect(answered).toBe(true));
}

/** A desktop's ear on the library channel: every notice it hears. */
async function listen(token: string): Promise<{ client: StoryClient; notices: StoryStoredNotice[] }> {
  const client = await connect(LIBRARY_CHANNEL, token);
  const notices: StoryStoredNotice[] = [];
  client.provider.on('stateless', ({ payload }: { payload: string }) => {
    const notice = parseStoryStoredNotice(payload);
    if (notice) notices.push(notice);
  });
  return { client, notices };
}

describe('the library channel', () => {
  it('tells every desktop on it which story was stored, at which revision, once per change', async () => {
    const lee = await listen(await invite(store, { name: 'lee', role: 'reviewer' }));
    const storyId = newStoryId();
    const ana = await connect(storyId, await invite(store, { name: 'ana', role: 'editor' }));
    ana.appendParagraph('Grain ships left Odesa.');
    await ana.settled();

    // The server stores after its debounce, or at once when asked, as a desktop's sync asks.
    await waitUntil(() => expect(lee.notices).toEqual([{ type: 'story-stored', story: storyId, revision: 1 }]));
    ana.appendParagraph('A second paragraph.');
    await storeNow(ana, 1);
    // Stored again unchanged: no news.
    await storeNow(ana, 2);
    ana.appendParagraph('A third paragraph.');
    await storeNow(ana, 3);
    await waitUntil(() => expect(lee.notices.at(-1)).toMatchObject({ revision: 3 }));
    expect(lee.notices.map((notice) => notice.revision)).toEqual([1, 2, 3]);
  });

  it('refuses a client that writes into the channel, and stores nothing for it', async () => {
    const mallory = await connect(LIBRARY_CHANNEL, await invite(store, { name: 'mallory', role: 'admin' }));
    mallory.doc.getMap('fields').set('headline', 'Written into the channel');
    expect(await mallory.refusal()).toMatch(/library channel is the newsroom server's own/);
    expect(await store.loadDocument(LIBRARY_CHANNEL)).toBeNull();
    expect(await store.stories()).toEqual([]);
  });

  it("shows each desktop's open story under the name the server knows, whatever the client claims", async () => {
    const storyId = newStoryId();
    const ana = await connect(LIBRARY_CHANNEL, await invite(store, { name: 'ana', role: 'reporter' }));
    const lee = await connect(LIBRARY_CHANNEL, await invite(store, { name: 'lee', role: 'editor' }));
    ana.provider.awareness!.setLocalState({ story: storyId, user: { name: 'The Editor in Chief' } });

    const seenByLee = () => presenceOf(lee.provider.awareness!.getStates() as Map<number, PresenceState>, lee.doc.clientID);
    await waitUntil(() => expect(seenByLee()).toEqual([{ storyId, name: 'ana' }]));
    ana.provider.awareness!.setLocalState({ story: null });
    await waitUntil(() => expect(seenByLee()).toEqual([]));

    ana.provider.awareness!.setLocalState({ story: storyId });
    await waitUntil(() => expect(seenByLee()).toEqual([{ storyId, name: 'ana' }]));
    ana.destroy();
    await waitUntil(() => expect(seenByLee()).toEqual([]));
  });

  it('is not counted among the documents and connections /health reports', async () => {
    await listen(await invite(store, { name: 'lee', role: 'reviewer' }));
    expect(await (await fetch(newsroom.healthUrl)).json()).toMatchObject({ documents: 0, connections: 1 });
  });
});
