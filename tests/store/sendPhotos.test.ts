// A send writes each of the story's photos beside its files: named from the destination's
// pattern, never over anything, logged with its SHA-256, and part of the one unit a send is.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeskServices } from '../../main/services/desk/deskServices';
import { recoverOutbox } from '../../node/outbox';
import { inProcessOutboxFiles } from '../../main/services/desk/outboxFiles';
import { Store } from '../../main/store/store';
import { inProcessStore, type StorePort } from '../../main/store/storePort';
import type { SendOutcome } from '../../src/desk/types';
import { bodyWithPhoto, DESK_NOW, readyStory, SAMPLE_PHOTO, storeSamplePhoto } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let port: StorePort;
let desk: ReturnType<typeof createDeskServices>;
let outbox: string;
let assets: string;
let photo: { id: string; bytes: Buffer };

beforeEach(async () => {
  folder = tempFolder();
  outbox = folder.file('outbox');
  assets = folder.file('library.galley.assets');
  store = new Store(folder.file('library.galley'));
  port = inProcessStore(store);
  desk = createDeskServices(port, { now: () => DESK_NOW, assetFolder: assets });
  photo = storeSamplePhoto(assets);
  await desk.saveDestination({ destination: { name: 'Wire', folder: outbox, formats: ['nitf', 'newsml', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}' } });
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const files = () => (existsSync(outbox) ? readdirSync(outbox).sort() : []);
const sent = (o: SendOutcome) => (o.sent ? o : expect.fail(`${o.id} was skipped: ${o.reasons.join('; ')}`));
const photoStory = (slug = 'GRAIN') => readyStory(store, { slug, body: bodyWithPhoto('AFP/Ana Ruiz', photo.id) });

describe('a send with a photo', () => {
  it('writes the photo beside the story under the next name of the pattern, logs its SHA-256, and the story files name it', async () => {
    const story = photoStory();
    const outcome = sent((await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0]);

    expect(files()).toEqual(['GRAIN-1.nitf.xml', 'GRAIN-2.g2.xml', 'GRAIN-3.ninjs.json', 'GRAIN-4.png']);
    expect(sha(readFileSync(join(outbox, 'GRAIN-4.png')))).toBe(photo.id);
    expect(outcome.files.map((f) => [f.sequence, f.format, f.fileName])).toEqual([
      [1, 'nitf', 'GRAIN-1.nitf.xml'],
      [2, 'newsml', 'GRAIN-2.g2.xml'],
      [3, 'ninjs', 'GRAIN-3.ninjs.json'],
      [4, 'photo', 'GRAIN-4.png'],
    ]);
    const log = await desk.getSentLog({ id: story.id, limit: 100 });
    expect(log.find((entry) => entry.format === 'photo')).toMatchObject({ fileName: 'GRAIN-4.png', sha256: photo.id, kind: 'send', version: story.version + 1 });
    for (const entry of log) expect(sha(readFileSync(join(outbox, entry.fileName)))).toBe(entry.sha256);

    expect(readFileSync(join(outbox, 'GRAIN-1.nitf.xml'), 'utf8')).toMatch(/<media-reference source="GRAIN-4.png" mime-type="image\/png" height="\d+" width="\d+"/);
    expect(readFileSync(join(outbox, 'GRAIN-2.g2.xml'), 'utf8')).toContain(`<remoteContent href="GRAIN-4.png" contenttype="image/png" size="${photo.bytes.length}"`);
    const ninjs = JSON.parse(readFileSync(join(outbox, 'GRAIN-3.ninjs.json'), 'utf8'));
    expect(ninjs.associations[0].renditions[0]).toMatchObject({ href: 'file:GRAIN-4.png', contentType: 'image/png', sizeInBytes: photo.bytes.length });
    expect((await port.getDestination('Wire')).nextSequence).toBe(5);
  });

  it('refuses to overwrite a file that holds the photo\'s name, and sends nothing of the story', async () => {
    const story = photoStory();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(outbox, { recursive: true });
    writeFileSync(join(outbox, 'GRAIN-4.png'), 'a picture someone else put here');

    const outcome = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/GRAIN-4\.png already exists in .*never overwrites/)] });
    expect(files()).toEqual(['GRAIN-4.png']);
    expect(readFileSync(join(outbox, 'GRAIN-4.png'), 'utf8')).toBe('a picture someone else put here');
    expect(await desk.getSentLog({ id: story.id, limit: 100 })).toEqual([]);
    expect((await port.getDestination('Wire')).nextSequence).toBe(1);
  });

  it('a story whose photo file is missing from the library is not ready, and a send refuses it, naming the photo, sending nothing', async () => {
    const story = photoStory();
    expect((await desk.checkStory({ id: story.id })).ready).toBe(true);
    rmSync(join(assets, photo.id));
    // The readiness panel says so before a send is tried.
    const check = await desk.checkStory({ id: story.id });
    expect(check.ready).toBe(false);
    expect(check.problems).toContainEqual(expect.objectContaining({ severity: 'error', message: "Photo 1: its file is not in the library's photo folder: insert the photo again, or remove the figure." }));
    const outcome = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/^Photo 1 \(“The Razoni leaves Odesa\.”\) cannot be sent: its file is not in the library's photo folder/)] });
    expect(files()).toEqual([]);
    expect(await desk.getSentLog({ id: story.id, limit: 100 })).toEqual([]);
  });

  it('refuses a photo whose library file no longer has the bytes its id names, leaving no file and no temp file behind', async () => {
    const story = photoStory();
    // Another picture under this photo's name: a damaged or tampered library file.
    writeFileSync(join(assets, photo.id), readFileSync(SAMPLE_PHOTO.replace('lighthouse', 'keepers')));
    const outcome = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/^Photo 1 \(“The Razoni leaves Odesa\.”\) cannot be sent: its file in the library's photo folder is damaged/)] });
    expect(readdirSync(outbox)).toEqual([]);
    expect(await desk.getSentLog({ id: story.id, limit: 100 })).toEqual([]);
    expect((await port.getDestination('Wire')).nextSequence).toBe(1);
  });

  it('a photo whose publish failed after the commit is put in place by recovery, with the bytes the log names', async () => {
    const story = photoStory();
    const inProcess = inProcessOutboxFiles();
    // The disk gives out as the photo (the send's last file) gets its name.
    const failing = { ...inProcess, placeTemp: async (dir: string, temp: string, name: string) => (name.endsWith('.png') ? Promise.reject(new Error('EIO: disk gone')) : inProcess.placeTemp(dir, temp, name)) };
    const failingDesk = createDeskServices(port, { now: () => DESK_NOW, assetFolder: assets, files: failing });
    const outcome = (await failingDesk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/Logged as sent, but the files could not be put in place \(EIO: disk gone\)/)] });
    expect(files().filter((name) => !name.startsWith('.'))).toEqual(['GRAIN-1.nitf.xml', 'GRAIN-2.g2.xml', 'GRAIN-3.ninjs.json']);

    const report = await recoverOutbox(outbox, port, inProcessOutboxFiles());
    expect(report.completed).toEqual(['GRAIN-4.png']);
    expect(files()).toEqual(['GRAIN-1.nitf.xml', 'GRAIN-2.g2.xml', 'GRAIN-3.ninjs.json', 'GRAIN-4.png']);
    expect(sha(readFileSync(join(outbox, 'GRAIN-4.png')))).toBe(photo.id);
  });

  it('a correction sends the photo again under a new number; a kill goes in the story formats only, with no photo', async () => {
    const story = photoStory();
    sent((await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0]);
    const current = await port.getStory(story.id);
    await port.saveStory({ id: story.id, baseVersion: current.version, changes: { headline: 'Grain corridor extended to March' } });
    const corrected = sent((await desk.sendStories({ ids: [story.id], destination: 'Wire', correctionNote: 'Corrects the end date.' })).outcomes[0]);
    expect(corrected.files.map((f) => f.fileName)).toEqual(['GRAIN-5.nitf.xml', 'GRAIN-6.g2.xml', 'GRAIN-7.ninjs.json', 'GRAIN-8.png']);
    expect(readFileSync(join(outbox, 'GRAIN-5.nitf.xml'), 'utf8')).toContain('source="GRAIN-8.png"');

    const [kill] = await desk.killStory({ id: story.id, reason: 'Legal' });
    expect(sent(kill.outcomes[0]).files.map((f) => [f.format, f.fileName])).toEqual([
      ['nitf', 'GRAIN-9.nitf.xml'],
      ['newsml', 'GRAIN-10.g2.xml'],
      ['ninjs', 'GRAIN-11.ninjs.json'],
    ]);
  });

  it('a pattern without {ext} still gives the photo its own type', async () => {
    const story = photoStory();
    const xml = folder.file('xml');
    await desk.saveDestination({ destination: { name: 'Xml', folder: xml, formats: ['nitf'], fileNamePattern: '{slug}_{seq}_{format}.xml' } });
    sent((await desk.sendStories({ ids: [story.id], destination: 'Xml' })).outcomes[0]);
    expect(readdirSync(xml).sort()).toEqual(['GRAIN_1_nitf.xml', 'GRAIN_2_photo.xml.png']);
  });

  it('a destination that takes only text formats gets no photo file, and its preview lists the photo as lost', async () => {
    const story = photoStory();
    const print = folder.file('print');
    await desk.saveDestination({ destination: { name: 'Print', folder: print, formats: ['iptc7901', 'anpa'], fileNamePattern: '{slug}-{seq}.{ext}' } });
    const outcome = sent((await desk.sendStories({ ids: [story.id], destination: 'Print' })).outcomes[0]);
    expect(outcome.files.map((f) => f.fileName)).toEqual(['GRAIN-1.iptc', 'GRAIN-2.anpa']);
    expect(readdirSync(print).sort()).toEqual(['GRAIN-1.iptc', 'GRAIN-2.anpa']);
    expect((await port.getDestination('Print')).nextSequence).toBe(3);
    const anpa = await desk.previewExport({ id: story.id, format: 'anpa', destination: 'Print' });
    expect(anpa.losses.map((loss) => loss.message)).toContain('photo 1 (“The Razoni leaves Odesa.”) is not sent: ANPA-1312 carries no pictures, nor their captions and credits');
  });

  it('the preview names the photo as a send to the chosen destination would, and a text-only format lists it as lost', async () => {
    const story = photoStory();
    const nitf = await desk.previewExport({ id: story.id, format: 'nitf', destination: 'Wire' });
    expect(nitf.text).toContain('<media-reference source="GRAIN-4.png" mime-type="image/png"');
    expect(nitf.losses).toEqual([]);
    const iptc = await desk.previewExport({ id: story.id, format: 'iptc7901', destination: 'Wire' });
    expect(iptc.losses.map((loss) => loss.message)).toContain('photo 1 (“The Razoni leaves Odesa.”) is not sent: IPTC 7901 carries no pictures, nor their captions and credits');
    // Nothing was written by looking.
    expect(files()).toEqual([]);
    renameSync(assets, folder.file('elsewhere'));
    await expect(desk.previewExport({ id: story.id, format: 'nitf', destination: 'Wire' })).rejects.toThrow(/Photo 1 .* cannot be sent/);
  });
});
