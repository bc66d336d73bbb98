import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addAsset, assetFolderOf } from '../../../main/services/assets';
import { Store } from '../../../main/store/store';
import { inProcessStore } from '../../../main/store/storePort';
import { bodyWithPhoto, readyStory, storeSamplePhoto } from '../../support/deskStories';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGalley } from '../../support/runGalley';
import { tempFolder } from '../../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(() => {
  folder = tempFolder('galley-cli-');
  db = folder.file('library.galley');
});
afterEach(() => folder.cleanup());

const galley = (...args: string[]) => runGalley(['--db', db, ...args]);

const COPY = 'Storm closes Hamburg port\n\nBy Ana Ruiz\n\nHAMBURG (dpa) - A storm closed the port of Hamburg on Friday.\n\nShips waited offshore for the wind to drop.\n';

async function importOne(): Promise<string> {
  writeFileSync(folder.file('storm.txt'), COPY);
  const result = await galley('import', folder.file('storm.txt'), '--json');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout)[0].id;
}

describe('galley', () => {
  it('imports plain text copy and prints the new ids as JSON', async () => {
    writeFileSync(folder.file('storm.txt'), COPY);
    const result = await galley('import', folder.file('storm.txt'), '--json');
    expect(result.status).toBe(0);
    const imported = JSON.parse(result.stdout);
    expect(imported).toEqual([expect.objectContaining({ id: expect.stringMatching(/^[0-9A-Z]{26}$/), headline: 'Storm closes Hamburg port' })]);
  });

  it('shows a story as JSON with the design field names, word count and body text', async () => {
    const id = await importOne();
    const shown = JSON.parse((await galley('show', id, '--json')).stdout);
    expect(Object.keys(shown)).toEqual(
      expect.arrayContaining(['id', 'slug', 'headline', 'standfirst', 'byline', 'dateline', 'body', 'credit', 'related', 'keywords', 'urgency', 'language', 'status', 'review', 'embargo', 'ednote', 'version', 'createdAt', 'updatedAt', 'wordCount', 'bodyText']),
    );
    expect(shown.bodyText).toContain('Ships waited offshore');
    expect(shown.wordCount).toBeGreaterThan(10);
  });

  it('lists, filters by status, and changes status', async () => {
    const id = await importOne();
    expect((await galley('list')).stdout).toContain('Storm closes Hamburg port');
    expect((await galley('status', id, 'ready')).status).toBe(0);
    expect(JSON.parse((await galley('list', '--status', 'ready', '--json')).stdout).map((s: { id: string }) => s.id)).toEqual([id]);
    expect(JSON.parse((await galley('list', '--status', 'draft', '--json')).stdout)).toEqual([]);
  });

  it('searches the full text', async () => {
    const id = await importOne();
    const result = JSON.parse((await galley('search', 'offshore', '--json')).stdout);
    expect(result.hits.map((h: { id: string }) => h.id)).toEqual([id]);
    expect(result.hits[0].snippet).toContain('[[offshore]]');
  });

  it('exports Galley JSON to a folder', async () => {
    const id = await importOne();
    const result = await galley('export', id, '--format', 'json', '--out', folder.file('out'));
    expect(result.status).toBe(0);
    const [file] = readdirSync(folder.file('out'));
    expect(JSON.parse(readFileSync(folder.file(`out/${file}`), 'utf8')).id).toBe(id);
  });

  it('exports two stories with one slug to two files and never writes over a file of the user\'s', async () => {
    const store = new Store(db);
    const [first, second] = [readyStory(store, { slug: 'GRAIN' }).id, readyStory(store, { slug: 'GRAIN' }).id];
    store.close();
    const out = folder.file('out');
    const slug = 'GRAIN';
    mkdirSync(out);
    writeFileSync(`${out}/${slug}.nitf.xml`, 'my own notes');
    const result = await galley('export', first, second, '--format', 'nitf', '--out', out, '--json');
    expect(result.status).toBe(0);
    const written = JSON.parse(result.stdout).map((entry: { file: string }) => entry.file);
    expect(written).toEqual([`${out}/${slug}-2.nitf.xml`, `${out}/${slug}-3.nitf.xml`]);
    expect(readFileSync(`${out}/${slug}.nitf.xml`, 'utf8')).toBe('my own notes');
    expect(readdirSync(out).sort()).toEqual([`${slug}-2.nitf.xml`, `${slug}-3.nitf.xml`, `${slug}.nitf.xml`]);
    expect(readFileSync(written[0], 'utf8')).toContain(first);
    expect(readFileSync(written[1], 'utf8')).toContain(second);
  });

  it('exports a story with its photo beside it, named in the story file; again, both numbered; a text format writes no photo and says so', async () => {
    const store = new Store(db);
    const photo = storeSamplePhoto(assetFolderOf(db));
    const id = readyStory(store, { slug: 'SKERRY', body: bodyWithPhoto('Ina Brack/Galley', photo.id) }).id;
    store.close();
    const out = folder.file('out');
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

    const first = await galley('export', id, '--format', 'nitf', '--out', out, '--json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual([expect.objectContaining({ file: join(out, 'SKERRY.nitf.xml'), photos: [join(out, 'SKERRY-photo-1.png')], losses: [] })]);
    expect(sha(join(out, 'SKERRY-photo-1.png'))).toBe(photo.id);
    expect(readFileSync(join(out, 'SKERRY.nitf.xml'), 'utf8')).toContain('<media-reference source="SKERRY-photo-1.png" mime-type="image/png" height="200" width="320"');

    const again = await galley('export', id, '--format', 'nitf', '--out', out);
    expect(again.stdout.trim()).toBe(`${id}  ${join(out, 'SKERRY-2.nitf.xml')}\n    with its photo ${join(out, 'SKERRY-photo-1-2.png')}`);
    expect(readFileSync(join(out, 'SKERRY-2.nitf.xml'), 'utf8')).toContain('source="SKERRY-photo-1-2.png"');

    const text = await galley('export', id, '--format', 'iptc7901', '--out', folder.file('text'));
    expect(readdirSync(folder.file('text'))).toEqual(['SKERRY.iptc']);
    expect(text.stdout).toContain('photo 1 (“The Razoni leaves Odesa.”) is not sent: IPTC 7901 carries no pictures');

    // Another library takes the file with the photo delivered beside it.
    const imported = await runGalley(['--db', folder.file('other.galley'), 'import', join(out, 'SKERRY.nitf.xml'), '--json']);
    expect(imported.status).toBe(0);
    const shown = JSON.parse((await runGalley(['--db', folder.file('other.galley'), 'show', JSON.parse(imported.stdout)[0].id, '--json'])).stdout);
    expect(shown.body.content.find((node: { type: string }) => node.type === 'figure').attrs.src).toBe(photo.id);
  });

  it('deletes the temp file an export killed mid-write left in the folder before it exports again', async () => {
    const id = await importOne();
    const out = folder.file('out');
    mkdirSync(out);
    const dead = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString();
    writeFileSync(join(out, `.galley-${dead}-01M99CR6B0XEGD4A1YTS1QW6Q8.tmp`), '<?xml version="1.0"?><nitf><head><title>Half');
    const result = await galley('export', id, '--format', 'nitf', '--out', out);
    expect(result.status).toBe(0);
    expect(readdirSync(out)).toEqual(['STORM-CLOSES-HAMBURG.nitf.xml']);
  });

  it('backs up the library with its photos and restores it as a new library, never over an existing one', async () => {
    const id = await importOne();
    const photo = readFileSync(new URL('../../../assets/samples/images/sample-lighthouse.png', import.meta.url));
    const store = new Store(db);
    const { id: photoId } = await addAsset(inProcessStore(store), assetFolderOf(db), { name: 'light.png', bytes: photo });
    store.close();
    const backedUp = await galley('backup', folder.file('copy.galley-backup'));
    expect(backedUp.stdout).toMatch(/and 1 photo\(s\) to .*copy.galley-backup .*checked/);

    expect((await galley('backup', db)).stderr).toMatch(/is the open library itself/);
    const restore = (target: string) => runGalley(['--db', target, 'restore', folder.file('copy.galley-backup')]);
    const existing = await restore(db);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toMatch(/library.galley already exists; Galley restores only to a new library/);
    expect((await runGalley(['restore', folder.file('copy.galley-backup')])).stderr).toMatch(/restore needs --db NEW/);

    const restored = await restore(folder.file('restored.galley'));
    expect(restored.stdout).toMatch(/Restored 1 photo\(s\) and the library to .*restored.galley/);
    db = folder.file('restored.galley');
    expect((await galley('show', id)).stdout).toContain('Storm closes Hamburg port');
    expect(readFileSync(join(assetFolderOf(db), photoId))).toEqual(photo);
  });
});

describe('galley with bad input', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['list', '--colour'], /Unknown option '--colour'/],
    [['status', 'only-one-arg'], /status needs a story id and a status/],
    [['status', 'X', 'published'], /unknown status "published"/],
    [['export', 'X', '--format', 'pdf', '--out', '/tmp'], /export needs --format, one of/],
    [['search'], /search needs a query/],
    [[], /Usage: galley/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const result = await galley(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('fails with one line and exit 1 for an unknown story', async () => {
    const result = await galley('show', '01NOSUCHSTORY');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('galley show: No story with id 01NOSUCHSTORY.');
  });

  it('imports nothing when one of the files is bad', async () => {
    writeFileSync(folder.file('good.txt'), COPY);
    writeFileSync(folder.file('bad.xml'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><nitf>&a;</nitf>');
    const result = await galley('import', folder.file('good.txt'), folder.file('bad.xml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.xml: .*Nothing was imported\./);
    expect(JSON.parse((await galley('list', '--json')).stdout)).toEqual([]);
  });

  it('refuses a 10 MB NITF of a million paragraphs by its element count, naming the count and the limit', async () => {
    const paragraphs = '<p>a</p>\n'.repeat(1_150_000);
    writeFileSync(folder.file('long.xml'), `<nitf><body><body.head><hedline><hl1>Long</hl1></hedline></body.head><body.content>${paragraphs}</body.content></body></nitf>`);
    const result = await galley('import', folder.file('long.xml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'galley import: long.xml: The NITF file has 1,150,006 elements; Galley reads at most 50,000 for one story (a long story has a few thousand). Split it into several files. Nothing was imported.',
    );
    expect(JSON.parse((await galley('list', '--json')).stdout)).toEqual([]);
  });

  it.each([
    ['UTF-16 little endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café reopens in Lyon\n\nLYON (AFP) - The café reopened.\n', 'utf16le')]), 'Café reopens in Lyon'],
    ['UTF-16 big endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café reopens in Lyon\n\nLYON (AFP) - The café reopened.\n', 'utf16le').swap16()]), 'Café reopens in Lyon'],
    ['UTF-8 that holds a U+FFFD', Buffer.from('Caf\uFFFD reopens in Lyon\n\nLYON (AFP) - The caf\uFFFD reopened.\n', 'utf8'), 'Caf\uFFFD reopens in Lyon'],
  ])('imports %s', async (_what, bytes, headline) => {
    writeFileSync(folder.file('cafe.txt'), bytes);
    const result = await galley('import', folder.file('cafe.txt'), '--json');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ headline, format: 'text' })]);
  });

  it('refuses a file that is not UTF-8 by name, and imports nothing', async () => {
    writeFileSync(folder.file('cafe.txt'), Buffer.from('Caf\xe9 reopens\n\nThe caf\xe9 reopened.\n', 'latin1'));
    const result = await galley('import', folder.file('cafe.txt'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `galley import: ${folder.file('cafe.txt')}: it is not UTF-8 text (it may be a Word document, a PDF or in another encoding): save it as UTF-8 text and import again. Nothing was imported.`,
    );
    expect(JSON.parse((await galley('list', '--json')).stdout)).toEqual([]);
  });

  it('imports a ninjs with 150,000 video associations and prints the first few warnings and how many more', async () => {
    const associations = Array.from({ length: 150_000 }, (_, i) => ({ uri: `urn:video:${i + 1}`, type: 'video', name: `Clip ${i + 1}` }));
    const ninjs = { uri: 'urn:story:1', headlines: [{ role: 'main', value: 'Storm closes Hamburg port' }], bodies: [{ role: 'text', contentType: 'text/plain', value: 'A storm closed the port.' }], associations };
    writeFileSync(folder.file('storm.json'), JSON.stringify(ninjs));
    const result = await galley('import', folder.file('storm.json'));
    expect(result.status).toBe(0);
    const checks = result.stdout.split('\n').filter((line) => line.startsWith('    check: '));
    expect(checks).toEqual([
      ...[1, 2, 3, 4, 5].map((i) => `    check: The associated video "Clip ${i}" (urn:video:${i}) was not imported: Galley figures are photos.`),
      '    check: …and 149,995 more like these.',
    ]);
  });

  it('refuses a file that is not a library without touching it', async () => {
    writeFileSync(db, 'not a database at all, just some notes'.repeat(20));
    const before = readFileSync(db);
    const result = await galley('list');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not a Galley library/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('writes nothing when one of the stories to export does not exist', async () => {
    const id = await importOne();
    const result = await galley('export', id, '01NOSUCHSTORY', '--format', 'json', '--out', folder.file('out'));
    expect(result.status).toBe(1);
    expect(existsSync(folder.file('out'))).toBe(false);
  });
});

describe('galley import of what is not a regular file', () => {
  it.each([
    ['a device that never ends', () => '/dev/zero'],
    ['a FIFO no one writes to', () => {
      const fifo = folder.file('wire.fifo');
      execFileSync('mkfifo', [fifo]);
      return fifo;
    }],
    ['a folder', () => folder.dir],
  ])('refuses %s at once, by name, and imports nothing', async (_what, path) => {
    const file = path();
    const cli = await galley('import', file);
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`${file}: it is not a regular file`);
    expect(JSON.parse((await galley('list', '--json')).stdout)).toEqual([]);
  });
});
