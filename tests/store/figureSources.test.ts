// Issue 19, item 4: a figure's photo is an asset id or nothing. Files naming outside addresses
// as photos are imported with the address kept only as the figure's inert source note; no
// export carries it, readiness reports the photo missing, and the desk does not send it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createServices, type ServiceHandlers } from '../../main/services/services';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { figuresOf } from '../../src/story/body';
import type { Story } from '../../src/story/story';
import { exportStory } from '../../src/wire/index';
import { WIRE_FORMATS } from '../../src/wire/types';
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

const OUTSIDE = ['file:///etc/passwd', 'https://tracker.example/pixel.gif?u=1', '../../library.galley'];
/** A long address (the sanitiser's test takes a 15 MB one; parsing that much XML is slow). */
const HUGE = `https://tracker.example/${'x'.repeat(200_000)}`;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const nitf = (sources: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Port</title></head><body><body.head><hedline><hl1>Port reopens</hl1></hedline></body.head><body.content>
<p>The port reopened on Friday.</p>
${sources.map((source) => `<media media-type="image"><media-reference source="${escapeXml(source)}" alternate-text="A ship"/><media-caption>A ship.</media-caption><media-producer>AP</media-producer></media>`).join('\n')}
</body.content></body></nitf>`;

const ninjs = (sources: string[]) =>
  JSON.stringify({
    uri: 'urn:example:1',
    headlines: [{ role: 'main', value: 'Port reopens' }],
    bodies: [{ role: 'main', contentType: 'text/html', value: `<p>The port reopened.</p>${sources.map((s) => `<figure><img src="${escapeXml(s)}" alt="A ship" /><figcaption>A ship.</figcaption></figure>`).join('')}` }],
  });

async function imported(name: string, text: string): Promise<Story> {
  const [summary] = await services.importFiles({ files: [{ name, text }] });
  return services.getStory({ id: summary.id });
}

describe('a figure whose file names an outside address as its photo', () => {
  it.each([
    ['NITF', 'port.nitf.xml', nitf],
    ['ninjs', 'port.json', ninjs],
  ])('is imported from %s with no photo, the address kept only as its note', async (_format, name, make) => {
    const story = await imported(name, make([...OUTSIDE, HUGE]));
    const figures = figuresOf(story.body);
    expect(figures.map((figure) => figure.src)).toEqual(['', '', '', '']);
    expect(figures.slice(0, 3).map((figure) => figure.sourceNote)).toEqual(OUTSIDE);
    expect(figures[3].sourceNote.length).toBeLessThanOrEqual(2_000);
  });

  it('is never carried by any export, and readiness says the photo is missing', async () => {
    const story = await imported('port.nitf.xml', nitf(OUTSIDE));
    // Galley's own JSON is a backup of the story and keeps the note; every other format drops it.
    for (const format of WIRE_FORMATS.filter((format) => format !== 'json')) {
      const text = exportStory(story, format).text;
      for (const address of [...OUTSIDE, 'tracker.example', 'etc/passwd']) expect(text, `${format} carries ${address}`).not.toContain(address);
    }
    const check = await services.checkStory({ id: story.id });
    expect(check.problems.filter((problem) => problem.code === 'figure-photo-missing')).toHaveLength(OUTSIDE.length);
    expect(check.problems.find((problem) => problem.code === 'figure-photo-missing')?.message).toContain('photo missing: add it or remove the figure');
  });

  it('cannot be saved in through the API either: the sanitiser keeps it as a note', async () => {
    const created = await services.createStory({ fields: { headline: 'Saved by a script' } });
    const body = { type: 'doc' as const, content: OUTSIDE.map((src) => ({ type: 'figure', attrs: { src, alt: 'a', credit: 'c' } })) };
    const result = await dispatch(services, 'saveStory', { id: created.id, baseVersion: created.version, changes: { body } });
    expect(result.ok).toBe(true);
    const figures = figuresOf((await services.getStory({ id: created.id })).body);
    expect(figures.map((figure) => [figure.src, figure.sourceNote])).toEqual(OUTSIDE.map((address) => ['', address]));
  });
});
