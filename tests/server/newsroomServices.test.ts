// The app's newsroom methods (newsroomStatus, connectNewsroom, syncNewsroom, disconnectNewsroom)
// through dispatch, as the page calls them, against a real newsroom server on SQLite: the same
// sync agent as `galley sync`, and the token kept by the shell's keeper, never shown.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/galley';
import { assetFolderOf } from '../../main/services/assets';
import { dispatch } from '../../main/services/dispatch';
import { credentialsFileOf } from '../../main/services/newsroom/newsroomConnection';
import type { SecretStore } from '../../main/services/newsroom/secretStore';
import { ownerOnlyFileSecrets } from '../../main/services/newsroom/secretStore';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { ApiResult } from '../../src/api/result';
import { DEFAULT_FILE_NAME_PATTERN } from '../../src/desk/destination';
import { readyStory } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';
import { invite, startTestNewsroom } from './newsroomClient';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(secrets: SecretStore = ownerOnlyFileSecrets) {
  const folder = tempFolder('galley-newsroom-services-');
  cleanups.push(() => folder.cleanup());
  const serverStore = openSqliteStore(folder.file('server'));
  const newsroom = await startTestNewsroom(serverStore);
  cleanups.push(() => newsroom.stop());
  const library = folder.file('desk.galley');
  const store = new Store(library);
  cleanups.push(() => store.close());
  const port = inProcessStore(store);
  const services: ServiceHandlers = createServices(port, { folder: assetFolderOf(library), baseUrl: './asset/' }, {}, undefined, { library, secrets });
  const call = (name: string, input: unknown = {}): Promise<ApiResult<unknown>> => dispatch(services, name, input);
  return { folder, newsroom, serverStore, library, store, call };
}

async function cli(library: string, ...args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await runCli(['--db', library, ...args], { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  expect({ code, err }, `galley ${args.join(' ')}`).toMatchObject({ code: 0 });
  return out;
}

describe('the newsroom methods of the app', () => {
  it('connects, shows the server and what is waiting, and a Sync now puts a new story on the server', async () => {
    const { folder, newsroom, serverStore, library, store, call } = await setUp();
    expect(await call('newsroomStatus')).toEqual({ ok: true, value: { connected: false } });

    const token = await invite(serverStore, { name: 'ana', role: 'editor' });
    const connected = await call('connectNewsroom', { url: newsroom.url, token });
    const host = new URL(newsroom.url).host;
    expect(connected).toEqual({ ok: true, value: { connected: true, url: newsroom.url, host, lastSyncedAt: null, offlineReason: null, waiting: 0 } });
    // The token is kept beside the library for its owner only, and never comes back to the page.
    expect(statSync(credentialsFileOf(library)).mode & 0o777).toBe(0o600);
    expect(JSON.stringify(connected)).not.toContain(token);

    const story = store.createStory({ headline: 'Grain deal signed' });
    expect(await call('newsroomStatus')).toMatchObject({ ok: true, value: { waiting: 1 } });
    const synced = await call('syncNewsroom');
    expect(synced).toMatchObject({ ok: true, value: { sent: 1, failures: [], status: { connected: true, waiting: 0, offlineReason: null } } });
    expect(JSON.stringify(synced)).not.toContain(token);
    expect((synced as { value: { status: { lastSyncedAt: string } } }).value.status.lastSyncedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    // An edit to the shared story waits until the next Sync now.
    store.saveStory({ id: story.id, baseVersion: store.getStory(story.id).version, changes: { standfirst: 'Ships sail on Monday.' } });
    expect(await call('newsroomStatus')).toMatchObject({ ok: true, value: { waiting: 1 } });
    expect(await call('syncNewsroom')).toMatchObject({ ok: true, value: { sent: 1, status: { waiting: 0 } } });

    // Another desktop, through the command line, gets the story from the server.
    const other = folder.file('lee.galley');
    await cli(other, 'connect', newsroom.url, '--token', await invite(serverStore, { name: 'lee', role: 'editor' }));
    await cli(other, 'sync');
    expect(JSON.parse(await cli(other, 'show', story.id, '--json'))).toMatchObject({ headline: 'Grain deal signed', standfirst: 'Ships sail on Monday.' });

    expect(await call('disconnectNewsroom')).toEqual({ ok: true, value: { connected: false } });
    expect(() => readFileSync(credentialsFileOf(library))).toThrow();
    expect(store.getStory(story.id).headline).toBe('Grain deal signed');
  });

  it('refuses a wrong token and keeps nothing: the library stays not connected', async () => {
    const { newsroom, library, call } = await setUp();
    const refused = await call('connectNewsroom', { url: newsroom.url, token: 'not-the-token-0123456789abcdef' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('refused') } });
    expect(await call('newsroomStatus')).toEqual({ ok: true, value: { connected: false } });
    expect(() => readFileSync(credentialsFileOf(library))).toThrow();
  });

  it('says a server that is not there cannot be reached, and Offline after a failed Sync now', async () => {
    const { newsroom, serverStore, store, call } = await setUp();
    const nowhere = await call('connectNewsroom', { url: 'ws://127.0.0.1:9', token: 'abcdefghijklmnop0123' });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('Cannot reach the newsroom server at ws://127.0.0.1:9') } });

    await call('connectNewsroom', { url: newsroom.url, token: await invite(serverStore, { name: 'ana', role: 'reporter' }) });
    await newsroom.stop();
    store.createStory({ headline: 'Written offline' });
    expect(await call('syncNewsroom')).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('Cannot reach') } });
    expect(await call('newsroomStatus')).toMatchObject({ ok: true, value: { connected: true, waiting: 1, offlineReason: expect.stringContaining('Cannot reach') } });
  });

  it('names a server of another version, and keeps nothing', async () => {
    const { call } = await setUp();
    const future = createServer((_request, response) => response.end(JSON.stringify({ status: 'ok', protocol: 999, time: new Date().toISOString() })));
    future.listen(0, '127.0.0.1');
    await once(future, 'listening');
    cleanups.push(() => new Promise((resolve) => future.close(resolve)));
    const url = `ws://127.0.0.1:${(future.address() as AddressInfo).port}`;
    expect(await call('connectNewsroom', { url, token: 'abcdefghijklmnop0123' })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/speaks protocol 999 and this Galley speaks \d+; update the older one/) },
    });
    expect(await call('newsroomStatus')).toEqual({ ok: true, value: { connected: false } });
  });

  it('keeps the token with the keeper the shell gives, and reads it back from there to sync', async () => {
    const kept = new Map<string, string>();
    const keychain: SecretStore = { kind: 'keychain', save: (file, token) => kept.set(file, token), load: (file) => kept.get(file)! };
    const { newsroom, serverStore, library, call } = await setUp(keychain);
    const token = await invite(serverStore, { name: 'ana', role: 'reporter' });
    expect(await call('connectNewsroom', { url: newsroom.url, token })).toMatchObject({ ok: true });
    expect(kept.get(credentialsFileOf(library))).toBe(token);
    expect(await call('syncNewsroom')).toMatchObject({ ok: true, value: { failures: [] } });
    // The command line has no keychain: it says where the token is rather than failing obscurely.
    let err = '';
    await runCli(['--db', library, 'sync'], { out: () => {}, err: (text) => (err += text) });
    expect(err).toContain("kept in the app's keychain");
  });
});

describe("the newsroom's destinations on the desktop", () => {
  it('sends through the server while it answers; offline the destination stays listed, marked offline, and a send to it is refused with the reason, nothing written', async () => {
    const { folder, newsroom, serverStore, store, call } = await setUp();
    const outbox = folder.file('newsroom-outbox');
    await serverStore.addDestination({ name: 'Newsroom Wire', folder: outbox, formats: ['nitf'], fileNamePattern: DEFAULT_FILE_NAME_PATTERN });
    await call('connectNewsroom', { url: newsroom.url, token: await invite(serverStore, { name: 'ed', role: 'editor' }) });
    const first = readyStory(store, { slug: 'GRAIN-ONE' }).id;

    expect(await call('sendStories', { ids: [first], destination: 'Newsroom Wire' })).toMatchObject({
      ok: true,
      value: { outcomes: [{ sent: true, files: [{ sequence: 1, fileName: 'GRAIN-ONE-1.nitf.xml', newsroom: true }] }] },
    });
    // The server marked it sent in its document; the sync after the send brought that here.
    expect(await call('getStory', { id: first })).toMatchObject({ ok: true, value: { status: 'sent' } });
    expect(await call('getSentLog', { id: first })).toMatchObject({ ok: true, value: [{ destination: 'Newsroom Wire', sequence: 1, newsroom: true }] });

    const second = readyStory(store, { slug: 'GRAIN-TWO' }).id;
    await newsroom.stop();
    expect(await call('listDestinations')).toMatchObject({ ok: true, value: [{ name: 'Newsroom Wire', newsroom: { offlineReason: expect.stringMatching(/^Cannot reach the newsroom server/) } }] });
    expect(await call('sendStories', { ids: [second], destination: 'Newsroom Wire' })).toMatchObject({
      ok: true,
      value: { outcomes: [{ id: second, sent: false, reasons: [expect.stringMatching(/^Newsroom Wire is a newsroom destination: sending needs the newsroom server\. Cannot reach .* Nothing was sent\.$/)] }] },
    });
    expect(readdirSync(outbox)).toEqual(['GRAIN-ONE-1.nitf.xml']);
    expect(await call('getStory', { id: second })).toMatchObject({ ok: true, value: { status: 'ready' } });
  });
});
