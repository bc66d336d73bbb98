// The library's Export of a selection (issue 23, item 13): each story a new file in the folder the
// user chose, named by its slug, numbered when the name is taken, never written over anything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { figureNode } from '../../src/story/body';
import { exportStory } from '../../src/wire/index';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let services: ServiceHandlers;
let out: string;

beforeEach(() => {
  folder = tempFolder();
  store = new Store(folder.file('library.galley'));
  services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: 'galley-asset://' });
  out = folder.file('export');
  mkdirSync(out);
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

const story = (slug: string, headline: string) => services.createStory({ fields: { slug, headline } });

it('writes the story as stored, named by its slug; a taken name gets the next number and the file there is kept', async () => {
  const first = await story('PORT-FIRE', 'Fire at the port');
  const second = await story('PORT-FIRE', 'Second fire at the port');
  writeFileSync(`${out}/PORT-FIRE-2.txt`, 'the user’s own notes');

  const a = await services.exportToFolder({ id: first.id, format: 'text', folder: out });
  const b = await services.exportToFolder({ id: second.id, format: 'text', folder: out });
  expect([a.fileName, b.fileName]).toEqual(['PORT-FIRE.txt', 'PORT-FIRE-3.txt']);
  expect(readFileSync(`${out}/PORT-FIRE.txt`)).toEqual(Buffer.from(exportStory(await services.getStory({ id: first.id }), 'text').bytes));
  expect(readFileSync(`${out}/PORT-FIRE-3.txt`, 'utf8')).toContain('Second fire at the port');
  expect(readFileSync(`${out}/PORT-FIRE-2.txt`, 'utf8')).toBe('the user’s own notes');
  // Nothing else is left behind: no temp file.
  expect(readdirSync(out).sort()).toEqual(['PORT-FIRE-2.txt', 'PORT-FIRE-3.txt', 'PORT-FIRE.txt']);
});

it('refuses a folder that is not there, a file, and a relative path, each saying what was wrong', async () => {
  const { id } = await story('QUAY', 'Quay');
  const missing = await dispatch(services, 'exportToFolder', { id, format: 'nitf', folder: `${out}/nowhere` });
  expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'io', message: `There is no folder ${out}/nowhere. Choose a folder that exists.` }) });
  writeFileSync(`${out}/a-file`, '');
  const file = await dispatch(services, 'exportToFolder', { id, format: 'nitf', folder: `${out}/a-file` });
  expect(file).toEqual({ ok: false, error: expect.objectContaining({ code: 'io', message: `${out}/a-file is a file, not a folder. Choose a folder to export into.` }) });
  const relative = await dispatch(services, 'exportToFolder', { id, format: 'nitf', folder: 'export' });
  expect(relative).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input', message: 'Invalid exportToFolder request: folder: must be an absolute path' }) });
  expect(readdirSync(out)).toEqual(['a-file']);
});

it('deletes the temp file an export killed mid-write left in the folder, before it exports again', async () => {
  const first = await story('PORT-FIRE', 'Fire at the port');
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  writeFileSync(`${out}/.galley-${dead}-01M99CR6B0XEGD4A1YTS1QW6Q8.tmp`, 'Fire at the po');
  await services.exportToFolder({ id: first.id, format: 'text', folder: out });
  expect(readdirSync(out)).toEqual(['PORT-FIRE.txt']);
});

const PNG = readFileSync(new URL('../../assets/samples/images/sample-lighthouse.png', import.meta.url));
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

it('the story view’s Export: what it shows before saving is what the save writes, the photo beside the file and named by it; a text format lists the photo as lost', async () => {
  const photo = await services.addAsset({ name: 'light.png', dataBase64: PNG.toString('base64') });
  const { id } = await services.createStory({
    fields: {
      slug: 'GRAIN',
      headline: 'Grain deal extended',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ships left Odesa.' }] }, figureNode({ src: photo.id, alt: 'A ship', credit: 'Desk' }, 'A grain ship at Odesa.')] },
    },
  });
  // The user's own file of that name stays; the export takes the next number.
  writeFileSync(`${out}/GRAIN-photo-1.png`, 'the user’s own picture');

  const shown = await services.exportStory({ id, format: 'nitf' });
  expect(shown.fileName).toBe('GRAIN.nitf.xml');
  expect(shown.losses.filter((loss) => loss.code === 'photo-not-sent')).toEqual([]);
  expect(Buffer.from(shown.base64, 'base64').toString('utf8')).toContain('source="GRAIN-photo-1.png"');

  const saved = await services.exportToFolder({ id, format: 'nitf', folder: out });
  expect(saved).toMatchObject({ fileName: 'GRAIN.nitf.xml', photos: ['GRAIN-photo-1-2.png'], losses: shown.losses });
  expect(sha(readFileSync(`${out}/GRAIN-photo-1-2.png`))).toBe(photo.id);
  expect(readFileSync(`${out}/GRAIN.nitf.xml`, 'utf8')).toContain('source="GRAIN-photo-1-2.png"');
  expect(readFileSync(`${out}/GRAIN-photo-1.png`, 'utf8')).toBe('the user’s own picture');

  const text = await services.exportStory({ id, format: 'iptc7901' });
  expect(text.losses.map((loss) => loss.message)).toContainEqual(expect.stringMatching(/^photo 1 \(“A grain ship at Odesa\.”\) is not sent: IPTC 7901 carries no pictures/));
});
