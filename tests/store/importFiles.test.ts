import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { MAX_IMPORT_FILE_BYTES } from '../../src/api/importExport';
import { exportStory } from '../../src/wire/index';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let services: ServiceHandlers;

beforeEach(() => {
  folder = tempFolder();
  store = new Store(folder.file('library.galley'));
  services = createServices(inProcessStore(store), { folder: folder.file('assets'), baseUrl: 'galley-asset://' });
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const COPY = 'Storm closes Hamburg port\n\nHAMBURG (dpa) - A storm closed the port of Hamburg on Friday.\n';
const storyCount = async () => (await services.listStories({ limit: 500 })).total;
const importFiles = (files: { name: string; text: string }[]) => dispatch(services, 'importFiles', { files });

describe('importFiles', () => {
  it('creates one story per file, whatever the format, and says which file each came from', async () => {
    const nitf = exportStory({ ...(await services.createStory({ fields: { headline: 'Grain deal extended' } })), ednote: '' }, 'nitf').text;
    const result = await importFiles([
      { name: 'storm.txt', text: COPY },
      { name: 'grain.xml', text: nitf },
    ]);
    expect(result).toMatchObject({
      ok: true,
      value: [
        { headline: 'Storm closes Hamburg port', file: 'storm.txt', format: 'text' },
        { headline: 'Grain deal extended', file: 'grain.xml', format: 'nitf' },
      ],
    });
    expect(await storyCount()).toBe(3);
  });

  it.each([
    ['a billion-laughs XML file', 'laughs.xml', fixture('wire/billionLaughs.xml'), /laughs\.xml: .*(DTD|DOCTYPE|entit)/i],
    ['a binary file', 'photo.jpg', 'JFIF\u0000\u0001\u0002', /photo\.jpg: .*binary file/],
    ['an empty file', 'empty.txt', '   \n', /empty\.txt: .*empty/],
    ['JSON that is not ninjs', 'data.json', '{"a": 1}', /data\.json: .*not ninjs/],
    ['a file over the size limit', 'huge.txt', 'x'.repeat(MAX_IMPORT_FILE_BYTES + 1), /huge\.txt: .*larger than 20 MB/],
  ])('imports nothing when one file is %s, and names that file', async (_what, name, text, message) => {
    const result = await importFiles([
      { name: 'storm.txt', text: COPY },
      { name, text },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/Nothing was imported\.$/);
    expect(await storyCount()).toBe(0);
  });

  it('imports nothing when a story cannot be stored, even after other files parsed', async () => {
    // A body nested deeper than the library stores: nothing can be cut from it without changing it.
    const deep = JSON.stringify({ uri: 'urn:test:deep', headline: 'Port reopens', body_html: `${'<blockquote>'.repeat(40)}<p>Deep.</p>${'</blockquote>'.repeat(40)}` });
    const result = await importFiles([
      { name: 'storm.txt', text: COPY },
      { name: 'deep.json', text: deep },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: "deep.json: The story's body cannot be stored (is nested more than 32 levels deep). Nothing was imported." } });
    expect(await storyCount()).toBe(0);
  });

  it('keeps a story whose related link has an address that is not one, the address left out with a warning naming it', async () => {
    const badLink = JSON.stringify({ uri: 'urn:test:link', headline: 'Port reopens', body_text: 'Text.', associations: [{ rel: 'seeAlso', uri: 'https://exa mple.com/', name: 'Earlier' }] });
    const result = await importFiles([{ name: 'link.json', text: badLink }]);
    expect(result).toMatchObject({ ok: true, value: [{ headline: 'Port reopens', warnings: ['Related link 1\'s url "https://exa mple.com/" is not an http:// or https:// address: left out.'] }] });
    const [{ id }] = (await services.listStories({ limit: 10 })).stories;
    expect((await services.getStory({ id })).related).toEqual([{ title: 'Earlier', url: '' }]);
  });

  it('keeps a story whose headline is over the limit, cut, with a warning that says so', async () => {
    const tooLong = JSON.stringify({ uri: 'urn:test:long', headline: 'Long '.repeat(300), body_text: 'Text.' });
    const result = await importFiles([{ name: 'long.json', text: tooLong }]);
    expect(result).toMatchObject({ ok: true, value: [{ headline: 'Long '.repeat(200).slice(0, 1000), warnings: ['The headline was 1,500 characters, more than the 1,000 Galley keeps: the last 500 characters cut.'] }] });
  });

  it('refuses an empty list of files with invalid-input', async () => {
    expect(await importFiles([])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('importCopy', () => {
  it('makes one draft from pasted agency copy, with the fields recognised and what to check', async () => {
    const result = await services.importCopy({ text: fixture('copy/ap-kyiv.txt') });
    expect(result.story).toMatchObject({
      status: 'draft',
      headline: 'Ukraine and Russia extend Black Sea grain deal for 120 days',
      byline: 'By ANA RUIZ and LEE PARK',
      dateline: { place: 'KYIV, Ukraine', source: 'AP' },
    });
    expect(result.warnings.join(' ')).toMatch(/photo caption/);
    expect((await services.getStory({ id: result.story.id })).headline).toBe(result.story.headline);
  });

  it('refuses an empty paste with the importer\'s reason', async () => {
    expect(await dispatch(services, 'importCopy', { text: '  \n ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/empty/) } });
    expect(await storyCount()).toBe(0);
  });
});

describe('readCopy', () => {
  it('reads pasted copy into the fields importCopy would fill, and writes no story', async () => {
    const text = fixture('copy/ap-kyiv.txt');
    const result = await services.readCopy({ text });
    expect(result.changes).toMatchObject({ headline: 'Ukraine and Russia extend Black Sea grain deal for 120 days', byline: 'By ANA RUIZ and LEE PARK', dateline: { place: 'KYIV, Ukraine', source: 'AP' } });
    expect(result.warnings).toEqual((await services.importCopy({ text })).warnings);
    expect(await storyCount()).toBe(1);
  });

  it('refuses an empty paste with the importer\'s reason', async () => {
    expect(await dispatch(services, 'readCopy', { text: '  \n ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/empty/) } });
  });
});

describe('exportStory', () => {
  it('gives the exact bytes of the format, named after the slug, with the losses', async () => {
    const story = await services.createStory({ fields: { slug: 'CAFE-OPENS', headline: 'Café opens — “at last”', ednote: 'desk only' } });
    const file = await services.exportStory({ id: story.id, format: 'iptc7901' });
    const expected = exportStory(story, 'iptc7901');
    expect(file).toMatchObject({ format: 'iptc7901', fileName: 'CAFE-OPENS.iptc', mediaType: expected.mediaType, losses: expected.losses });
    expect(Buffer.from(file.base64, 'base64')).toEqual(Buffer.from(expected.bytes));
    expect(Buffer.from(file.base64, 'base64').toString('latin1')).not.toContain('desk only');
  });
});
