// Photos that go beside a story (ExportOptions.photos): every format names each one by the file
// name the receiver sees, and the files stay valid against the IPTC schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/wire/index';
import { importNewsml } from '../../../src/wire/newsml';
import { importNinjs } from '../../../src/wire/ninjs';
import { importNitf } from '../../../src/wire/nitf';
import type { PhotoFile } from '../../../src/wire/types';
import { loadXsd, SCHEMAS, type XsdCheck } from '../../support/xsd';
import { ninjsValidator } from './wireTestKit';
import { figure, makeStory, p } from './wireStories';

const SHIP = 'a'.repeat(64);
const PORT = 'b'.repeat(64);
const photos: Record<string, PhotoFile> = {
  [SHIP]: { fileName: 'GRAIN-DEAL-13.jpg', mediaType: 'image/jpeg', size: 48_213, width: 1200, height: 800 },
  [PORT]: { fileName: 'GRAIN DEAL 14.png', mediaType: 'image/png', size: 9_001 },
};
const story = makeStory({
  body: {
    type: 'doc',
    content: [
      p('Ships sail on Monday.'),
      figure('A ship leaves Odesa.', { src: SHIP, alt: 'A ship', credit: 'AFP/Jane Doe' }),
      figure('The port at dawn.', { src: PORT }),
      // The same photo again: one file, named twice.
      figure('The ship again.', { src: SHIP }),
    ],
  },
});
const options = { photos, sequence: 12, sentAt: '2026-11-06T11:00:00.000Z' };

let nitfXsd: XsdCheck;
let g2Xsd: XsdCheck;
beforeAll(() => {
  nitfXsd = loadXsd(SCHEMAS.nitf);
  g2Xsd = loadXsd(SCHEMAS.newsmlWithNitf);
});
afterAll(() => {
  nitfXsd.dispose();
  g2Xsd.dispose();
});

describe('photos sent beside the story', () => {
  it('NITF names each photo by its file, with its type and size, and stays valid', () => {
    const result = exportStory(story, 'nitf', options);
    expect(nitfXsd.validate(result.text)).toEqual([]);
    expect(result.text).toContain('<media-reference source="GRAIN-DEAL-13.jpg" mime-type="image/jpeg" height="800" width="1200" alternate-text="A ship"/>');
    expect(result.text).toContain('<media-reference source="GRAIN DEAL 14.png" mime-type="image/png"/>');
    expect(result.text).not.toContain(SHIP);
    expect(result.losses).toEqual([]);
  });

  it('NewsML-G2 is a message: the text item, then one picture item per photo whose remote content is the file', () => {
    const result = exportStory(story, 'newsml', options);
    expect(g2Xsd.validate(result.text)).toEqual([]);
    expect(result.text).toMatch(/^<\?xml[^>]*>\s*<newsMessage xmlns="http:\/\/iptc.org\/std\/nar\/2006-10-01\/">\s*<header>\s*<sent>2026-11-06T11:00:00/);
    const items = [...result.text.matchAll(/<itemClass qcode="([^"]+)"/g)].map((m) => m[1]);
    expect(items).toEqual(['ninat:text', 'ninat:picture', 'ninat:picture']);
    expect(result.text).toContain('<remoteContent href="GRAIN-DEAL-13.jpg" contenttype="image/jpeg" size="48213" width="1200" height="800"/>');
    expect(result.text).toContain('<remoteContent href="GRAIN DEAL 14.png" contenttype="image/png" size="9001"/>');
    expect(result.text).toContain('<description role="drol:caption">A ship leaves Odesa.</description>');
    expect(result.text).toContain('<creditline>AFP/Jane Doe</creditline>');
    // The inline NITF names the same files.
    expect(result.text).toContain('<media-reference source="GRAIN-DEAL-13.jpg"');
    expect(result.losses).toEqual([]);
  });

  it('ninjs gives each picture association a rendition of its file, and its HTML body shows the file; valid ninjs 3.1', () => {
    const result = exportStory(story, 'ninjs', options);
    const doc = JSON.parse(result.text);
    const validate = ninjsValidator();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const pictures = doc.associations.filter((a: { type: string }) => a.type === 'picture');
    expect(pictures.map((a: { renditions: unknown }) => a.renditions)).toEqual([
      [{ name: 'original', href: 'file:GRAIN-DEAL-13.jpg', contentType: 'image/jpeg', width: 1200, height: 800, sizeInBytes: 48_213 }],
      [{ name: 'original', href: 'file:GRAIN%20DEAL%2014.png', contentType: 'image/png', sizeInBytes: 9_001 }],
      [{ name: 'original', href: 'file:GRAIN-DEAL-13.jpg', contentType: 'image/jpeg', width: 1200, height: 800, sizeInBytes: 48_213 }],
    ]);
    // Resolved against the story file's own address, the href finds the file beside it.
    expect(new URL(pictures[1].renditions[0].href, 'file:///outbox/GRAIN-DEAL-12.ninjs.json').pathname).toBe('/outbox/GRAIN%20DEAL%2014.png');
    expect(doc.bodies[0].value).toContain('<img src="GRAIN-DEAL-13.jpg" alt="A ship" />');
    expect(result.losses.filter((loss) => loss.field === 'figures')).toEqual([]);
  });

  it('the HTML page shows each photo from its file', () => {
    const result = exportStory(story, 'html', options);
    expect(result.text).toContain('<img src="GRAIN DEAL 14.png" alt="" />');
    expect(result.losses).toEqual([]);
  });

  it.each(['iptc7901', 'anpa', 'text'] as const)('%s carries no pictures: each photo is a loss of its own', (format) => {
    const messages = exportStory(story, format, options).losses.filter((loss) => loss.field === 'figures').map((loss) => loss.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^photo 1 \(“A ship leaves Odesa\.”\) is not sent: .* carries no pictures/);
    expect(messages[1]).toMatch(/^photo 2 \(“The port at dawn\.”\) is not sent: /);
  });

  it('a format that names photos, written without their files, lists each photo as not sent', () => {
    const messages = exportStory(story, 'nitf', {}).losses.map((loss) => loss.message);
    expect(messages).toEqual([
      'photo 1 (“A ship leaves Odesa.”) is not sent: this NITF file goes on its own and names the photo by its Galley asset id; a send writes the photo beside it',
      'photo 2 (“The port at dawn.”) is not sent: this NITF file goes on its own and names the photo by its Galley asset id; a send writes the photo beside it',
      'photo 3 (“The ship again.”) is not sent: this NITF file goes on its own and names the photo by its Galley asset id; a send writes the photo beside it',
    ]);
  });

  it('reading the files back, each figure names the file delivered beside it, and no picture becomes a story', () => {
    for (const imported of [importNitf(exportStory(story, 'nitf', options).text), importNewsml(exportStory(story, 'newsml', options).text), importNinjs(exportStory(story, 'ninjs', options).text)]) {
      expect(imported.stories).toHaveLength(1);
      const figures = imported.stories[0].fields.body!.content.filter((node) => node.type === 'figure');
      expect(figures.map((node) => node.attrs?.sourceNote)).toEqual(['GRAIN-DEAL-13.jpg', 'GRAIN DEAL 14.png', 'GRAIN-DEAL-13.jpg']);
    }
  });
});
