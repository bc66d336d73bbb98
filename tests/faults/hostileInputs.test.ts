// Hostile input: each is refused with a clear message (or, for NUL, stored intact), nothing is
// imported or written outside the library or the named folder, and the process goes on working.
import { mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../src/api/contract';
import type { ApiResult } from '../../src/api/result';
import { bodyFromParagraphs } from '../../src/story/body';
import type { Story } from '../../src/story/story';
import { runGalley } from '../support/runGalley';
import { assetFolderOf } from '../../main/services/assets';
import { safeFileStem } from '../../node/atomicWrite';
import { dispatch } from '../../main/services/dispatch';
import { createServices } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { storyFields } from '../support/storyBuilders';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let call: <K extends MethodName>(name: K, input: MethodInput<K>) => Promise<ApiResult<unknown>>;

beforeEach(() => {
  folder = tempFolder('galley-hostile-');
  store = new Store(folder.file('library.galley'));
  const services = createServices(inProcessStore(store), { folder: assetFolderOf(store.file), baseUrl: './asset/' });
  call = (name, input) => dispatch(services, name, input);
});
afterEach(async () => {
  // The process is alive and the library still answers after every hostile input.
  expect((await call('listStories', {})).ok).toBe(true);
  store.close();
  folder.cleanup();
});

function refused(result: ApiResult<unknown>, message: RegExp): void {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.message).toMatch(message);
}

const storyCount = () => store.listStories({ limit: 1 }).total;

/** Runs the `galley` command in this process; returns its exit status and what it printed. */
async function galley(...args: string[]) {
  const { status, stdout, stderr } = await runGalley([...args, '--db', store.file]);
  return { status, out: stdout, err: stderr };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<nitf><head><title>&lol9;</title></head><body><body.head><hedline><hl1>&lol9;</hl1></hedline></body.head><body.content><p>&lol9;</p></body.content></body></nitf>`;

const EXTERNAL_ENTITY = `<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2" standardversion="2.35">
  <contentMeta><headline>&secret;</headline></contentMeta>
</newsItem>`;

describe('XML with a DOCTYPE', () => {
  it.each([
    ['billion laughs (NITF)', 'laughs.xml', BILLION_LAUGHS],
    ['an external entity (NewsML-G2)', 'xxe.xml', EXTERNAL_ENTITY],
  ])('refuses %s through the API and the CLI, importing nothing', async (_, name, text) => {
    refused(await call('importFiles', { files: [{ name, text }] }), /DOCTYPE|entit/i);
    writeFileSync(folder.file(name), text);
    const cli = await galley('import', folder.file(name));
    expect(cli.status).toBe(1);
    expect(cli.err).toMatch(/DOCTYPE|entit/i);
    expect(storyCount()).toBe(0);
  });
});

describe('a 1 GB file offered to galley import', () => {
  it('is refused by its size before it is read', async () => {
    const file = folder.file('huge.xml');
    writeFileSync(file, '');
    truncateSync(file, 1024 ** 3); // sparse: no disk space used
    const before = process.memoryUsage().rss;
    const cli = await galley('import', file);
    expect(cli.status).toBe(1);
    // The size in the message comes from stat(); reading the file would have cost a gigabyte.
    expect(cli.err).toMatch(/it is 1024 MB; Galley imports files up to 20 MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
    expect(storyCount()).toBe(0);
  });
});

describe('deeply nested ninjs', () => {
  it.each([1_000, 100_000])('refuses or imports a document nested %i levels deep without crashing', async (depth) => {
    const text = `{"uri":"urn:x","headlines":[{"value":"Deep"}],"extra":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
    const result = await call('importFiles', { files: [{ name: 'deep.json', text }] });
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
    expect(storyCount()).toBe(result.ok ? 1 : 0);
  });
});

describe('a 5 MB headline', () => {
  it('is refused by createStory and saveStory with the limit in the message', async () => {
    const headline = 'A'.repeat(5 * 1024 * 1024);
    refused(await call('createStory', { fields: { headline } }), /headline.*1000/i);
    const story = store.createStory(storyFields());
    refused(await call('saveStory', { id: story.id, baseVersion: 1, changes: { headline } }), /headline.*1000/i);
    expect(store.getStory(story.id)).toEqual(story);
  });
});

describe('NUL bytes and lone surrogates', () => {
  it('stores NUL and other control characters intact in every field', async () => {
    const text = 'before\u0000after\u0007bell';
    const result = await call('createStory', { fields: { headline: text, standfirst: text, body: bodyFromParagraphs([text]), keywords: [text] } });
    expect(result.ok).toBe(true);
    const stored = store.getStory((result as { value: Story }).value.id);
    expect([stored.headline, stored.standfirst, stored.keywords[0], stored.body.content[0].content?.[0].text]).toEqual([text, text, text, text]);
  });

  it.each([
    ['headline', { headline: 'broken \uD800 emoji' }],
    ['byline', { byline: 'By \uDC00 Ana' }],
    ['body', { body: bodyFromParagraphs(['cut emoji \uD83D']) }],
    ['keywords', { keywords: ['ok', 'bad\uDFFF'] }],
  ])('refuses a lone surrogate in the %s instead of storing it damaged', async (field, changes) => {
    refused(await call('createStory', { fields: changes }), new RegExp(`The ${field} contains a broken character`));
    const story = store.createStory(storyFields());
    refused(await call('saveStory', { id: story.id, baseVersion: 1, changes }), /broken character/);
    expect(store.getStory(story.id)).toEqual(story);
  });

  it('keeps a whole surrogate pair (an emoji) intact', async () => {
    const result = await call('createStory', { fields: { headline: 'Flood 🌊 warning 🇺🇦' } });
    expect(result.ok && (result.value as Story).headline).toBe('Flood 🌊 warning 🇺🇦');
  });
});

describe('file names with ../', () => {
  it.each(['../../escape', '..', '/etc/passwd', '..\\..\\win', 'a/../../b', '\u0000../x', '.hidden'])('exports %j inside the target folder', async (slug) => {
    const story = store.createStory(storyFields({ slug }));
    // The target two folders down in a folder of its own: a file that climbed out of it, under
    // whatever name, shows in the listing of the whole folder.
    const zone = folder.file('zone');
    const out = join(zone, 'out', 'inner');
    mkdirSync(out, { recursive: true });
    const cli = await galley('export', story.id, '--format', 'nitf', '--out', out);
    expect(cli.status, cli.err).toBe(0);
    const written = readdirSync(out);
    expect(written).toHaveLength(1);
    expect(written[0].startsWith('.')).toBe(false);
    expect(readdirSync(zone, { recursive: true }).sort()).toEqual(['out', join('out', 'inner'), join('out', 'inner', written[0])]);
  });

  it('never makes a stem that names a folder or a path', () => {
    for (const text of ['..', '.', '../..', '/', '\\', 'a/b', 'a\\b', '\u0000', '']) {
      const stem = safeFileStem(text, 'fallback');
      expect(stem).not.toMatch(/[/\\\0]/);
      expect(['.', '..', '']).not.toContain(stem);
    }
  });
});

describe('a related link to file:///etc/passwd', () => {
  it('is refused as a related link and dropped as a body link', async () => {
    refused(await call('createStory', { fields: { related: [{ title: 'Secrets', url: 'file:///etc/passwd' }] } }), /http:\/\/ or https:\/\//);
    const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'read me', marks: [{ type: 'link', attrs: { href: 'file:///etc/passwd' } }] }] }] };
    const result = await call('createStory', { fields: { body } });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(store.getStory((result as { value: Story }).value.id).body)).not.toContain('file:');
    expect(storyCount()).toBe(1);
  });
});
