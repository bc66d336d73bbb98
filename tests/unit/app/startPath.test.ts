// The Electron start path as built (out/main/main.cjs, `node scripts/build.mjs` first), run
// under Node with a recording stand-in for `electron` (tests/support/recordingElectron.ts):
// what a real start depends on, in the order Electron requires it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, MENU_CHANNEL, METHOD_NAMES } from '../../../src/api/contract';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security';
import { loadWithElectron, recordingElectron, type FakeWindow, type RecordingElectron } from '../../support/recordingElectron';
import { tempFolder, type TempFolder } from '../../support/tempLibrary';

const REPO = join(__dirname, '..', '..', '..');
const MAIN = join(REPO, 'out', 'main', 'main.cjs');

let folder: TempFolder;
let electron: RecordingElectron;
let window: FakeWindow;
const previousDb = process.env.GALLEY_DB;

beforeAll(async () => {
  folder = tempFolder('galley-start-');
  process.env.GALLEY_DB = folder.file('library.galley');
  electron = recordingElectron(REPO, folder.dir);
  loadWithElectron(MAIN, electron);
  electron.becomeReady();
  window = await Promise.race([electron.windowLoaded, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(electron.errors.join('\n') || 'no window')), 20_000))]);
}, 30_000);

afterAll(async () => {
  let prevented = false;
  electron?.app.emit('will-quit', { preventDefault: () => (prevented = true) });
  process.env.GALLEY_DB = previousDb;
  // Galley holds the quit until the background sync has stopped and the store worker has closed, then exits.
  expect(prevented).toBe(true);
  await vi.waitFor(() => expect(electron.calls.map((call) => call.name)).toContain('app.exit'), { timeout: 10_000 });
  folder.cleanup();
});

const names = () => electron.calls.map((call) => call.name);
const request = (url: string) => electron.protocolHandlers.get(new URL(url).protocol.slice(0, -1))!(new Request(url));

describe('the Electron start path', () => {
  it('registers both schemes as privileged before ready, and takes the single-instance lock before waiting for ready', () => {
    const registered = electron.calls.find((call) => call.name === 'protocol.registerSchemesAsPrivileged');
    expect(registered?.args[0]).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
      { scheme: 'galley-asset', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    const order = names();
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(order.indexOf('ready'));
    expect(order.indexOf('app.requestSingleInstanceLock')).toBeLessThan(order.indexOf('app.whenReady'));
    expect(electron.errors).toEqual([]);
  });

  it('opens one hardened window on app://galley/index.html with the preload, shown when ready to show', () => {
    expect(electron.windows).toHaveLength(1);
    const preferences = window.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(readFileSync(preferences.preload as string, 'utf8')).toContain('contextBridge');
    expect(window.loaded).toEqual(['app://galley/index.html']);
    expect(window.shown).toBe(false);
    window.events.emit('ready-to-show');
    expect(window.shown).toBe(true);
    const order = names();
    expect(order.indexOf('ready')).toBeLessThan(order.indexOf('new BrowserWindow'));
    expect(order.indexOf('session.setPermissionRequestHandler')).toBeLessThan(order.indexOf('window.loadURL'));
  });

  it('serves index.html over app:// with the CSP header, and nothing outside the renderer', async () => {
    const page = await request('app://galley/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe(readFileSync(join(REPO, 'out', 'renderer', 'index.html'), 'utf8'));
    for (const outside of ['app://galley/..%2fmain%2fmain.cjs', 'app://galley/main/main.cjs', 'app://galley/%2e%2e/%2e%2e/package.json', 'app://other/index.html', 'app://galley/..%5c..%5cpackage.json']) {
      expect((await request(outside)).status, outside).toBe(404);
    }
  });

  it('serves the library’s photos over galley-asset:// by content hash, and nothing else', async () => {
    const photo = readFileSync(join(REPO, 'assets', 'samples', 'images', 'sample-keepers.png'));
    const id = createHash('sha256').update(photo).digest('hex');
    const served = await request(`galley-asset://asset/${id}`);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(photo)).toBe(true);
    for (const other of [`galley-asset://asset/${'0'.repeat(64)}`, 'galley-asset://asset/..%2f..%2flibrary.galley', `galley-asset://elsewhere/${id}`]) {
      expect((await request(other)).status, other).not.toBe(200);
    }
  });

  it('answers every contract method over IPC for its own page only, from the real library', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const list = electron.ipcHandlers.get(channelOf('listStories'))!;
    const own = (await list({ senderFrame: { url: 'app://galley/index.html', parent: null } }, {})) as { ok: boolean; value: { total: number } };
    expect(own).toMatchObject({ ok: true, value: { total: 3 } });
    const foreign = (await list({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})) as { ok: boolean };
    expect(foreign.ok).toBe(false);
  });

  it('sets the menu, whose commands reach the page', () => {
    type Item = { label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
    const items = (electron.menu as Item[]).flatMap((item) => [item, ...(item.submenu ?? [])]);
    expect(items.map((item) => item.label)).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));
    items.find((item) => item.accelerator === 'CmdOrCtrl+N')!.click!();
    expect(window.contents.sent).toContainEqual([MENU_CHANNEL, 'new-story']);
  });

  it('keeps the page from navigating away or opening windows; web links go to the browser', () => {
    let prevented = false;
    window.contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
    expect(window.contents.openHandler!({ url: 'https://example.com/story' })).toEqual({ action: 'deny' });
    expect(window.contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    const opened = electron.calls.filter((call) => call.name === 'shell.openExternal').map((call) => call.args[0]);
    expect(opened).toEqual(['https://example.com/story']);
  });

  it('a second start, refused the single-instance lock, quits without waiting for ready or opening a window', () => {
    const second = recordingElectron(REPO, folder.dir);
    second.lockGranted = false;
    loadWithElectron(MAIN, second);
    expect(second.calls.map((call) => call.name)).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock', 'app.quit']);
    expect(second.windows).toEqual([]);
  });
});
