// Issue 19 item 8: a send's writes and fsyncs run on the outbox worker, never on the calling
// thread (in the app, the Electron main process). The fs functions that write are counted on
// this thread; the in-process writer is the control that shows the count sees them.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createDeskServices } from '../../main/services/desk/deskServices';
import { inProcessOutboxFiles, openOutboxWorker, type OutboxFiles } from '../../main/services/desk/outboxFiles';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { dispatch } from '../../main/services/dispatch';
import { createServices } from '../../main/services/services';
import { bodyWithPhoto, DESK_NOW, readyStory, storeSamplePhoto } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

const WORKER = join(__dirname, '../../out/main/outboxWorker.cjs');
const WRITING = ['openSync', 'writeSync', 'fsyncSync', 'linkSync', 'unlinkSync', 'rmSync'] as const;

let folder: ReturnType<typeof tempFolder>;
let store: Store;

beforeAll(() => {
  if (!fs.existsSync(WORKER)) throw new Error('out/main/outboxWorker.cjs is missing: run `node scripts/build.mjs` first.');
});
beforeEach(() => {
  folder = tempFolder();
  store = new Store(folder.file('library.galley'));
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

/** Runs `work` counting this thread's calls of the fs functions that write. */
async function countWrites(work: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  // The CommonJS object is the one to patch; syncBuiltinESMExports carries the change to every `import { x } from 'node:fs'`.
  const mutable = createRequire(import.meta.url)('node:fs') as Record<string, (...args: unknown[]) => unknown>;
  const originals = WRITING.map((name) => [name, mutable[name]] as const);
  for (const [name, original] of originals) mutable[name] = (...args) => (calls.push(name), original(...args));
  syncBuiltinESMExports();
  try {
    await work();
  } finally {
    for (const [name, original] of originals) mutable[name] = original;
    syncBuiltinESMExports();
  }
  return calls;
}

it.each([
  ['the outbox worker', () => openOutboxWorker(WORKER), false],
  ['the in-process writer (control)', () => inProcessOutboxFiles(), true],
])('a send through %s writes its files whole, on this thread only when in-process', async (_name, open: () => OutboxFiles, onThisThread: boolean) => {
  const outbox = folder.file('outbox');
  const files = open();
  const desk = createDeskServices(inProcessStore(store), { now: () => DESK_NOW, files });
  await desk.saveDestination({ destination: { name: 'Wire', folder: outbox, formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}' } });
  const story = readyStory(store, { slug: 'OFF-THREAD' });
  // Render first, outside the count: the in-process renderer reads its schemas with fs.
  await desk.previewExport({ id: story.id, format: 'nitf' });
  const calls = await countWrites(async () => {
    const [outcome] = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes;
    expect(outcome.sent).toBe(true);
  });
  await files.close();
  expect(calls.length > 0).toBe(onThisThread);
  const log = store.listSentLog({ storyId: story.id });
  expect(fs.readdirSync(outbox).sort()).toEqual(log.map((entry) => entry.fileName).sort());
  for (const entry of log) expect(createHash('sha256').update(fs.readFileSync(join(outbox, entry.fileName))).digest('hex')).toBe(entry.sha256);
});

it('the library’s Export to a folder runs on the outbox worker: the story and its photo are written off this thread, and a refusal keeps its message', async () => {
  const assets = folder.file('library.galley.assets');
  const out = folder.file('export');
  fs.mkdirSync(out);
  const photo = storeSamplePhoto(assets);
  const files = openOutboxWorker(WORKER);
  const services = createServices(inProcessStore(store), { folder: assets, baseUrl: './asset/' }, { files });
  const story = readyStory(store, { slug: 'QUAY', body: bodyWithPhoto('AFP/Ana Ruiz', photo.id) });
  const missing = readyStory(store, { slug: 'PIER', body: bodyWithPhoto('AFP/Ana Ruiz') });
  // Exported once outside the count: the first call loads the exporters.
  await services.exportToFolder({ id: story.id, format: 'text', folder: out });
  let exported: Awaited<ReturnType<typeof services.exportToFolder>> | undefined;
  const calls = await countWrites(async () => {
    exported = await services.exportToFolder({ id: story.id, format: 'nitf', folder: out });
  });
  const refused = await dispatch(services, 'exportToFolder', { id: missing.id, format: 'nitf', folder: out });
  await files.close();
  expect(calls).toEqual([]);
  expect(exported).toMatchObject({ fileName: 'QUAY.nitf.xml', photos: ['QUAY-photo-1.png'] });
  expect(fs.readFileSync(join(out, 'QUAY-photo-1.png'))).toEqual(photo.bytes);
  expect(fs.readFileSync(join(out, 'QUAY.nitf.xml'), 'utf8')).toContain('QUAY-photo-1.png');
  // The worker's GalleyError arrives as one: the user reads which photo, not "an unexpected error".
  expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/^Photo 1 .*cannot be sent: its file is not in the library's photo folder/) } });
  expect(fs.readdirSync(out).sort()).toEqual(['QUAY-photo-1.png', 'QUAY.nitf.xml', 'QUAY.txt']);
});
