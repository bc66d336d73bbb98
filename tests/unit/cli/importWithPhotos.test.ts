import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assetFolderOf } from '../../../main/services/assets';
import { runGalley } from '../../support/runGalley';
import { tempFolder } from '../../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(() => {
  folder = tempFolder('galley-photos-');
  db = folder.file('library.galley');
});
afterEach(() => folder.cleanup());

const galley = (...args: string[]) => runGalley(['--db', db, ...args]);
const PHOTO = fileURLToPath(new URL('../../../assets/samples/images/sample-lighthouse.png', import.meta.url));

interface FigureJson {
  type: string;
  attrs: { src: string; credit: string; sourceNote?: string };
  content?: { text: string }[];
}

async function importAndShow(file: string) {
  const imported = await galley('import', file, '--json');
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  const [summary] = JSON.parse(imported.stdout);
  const story = JSON.parse((await galley('show', summary.id, '--json')).stdout);
  const figures: FigureJson[] = story.body.content.filter((node: FigureJson) => node.type === 'figure');
  return { summary, story, figures };
}

const SAVED_PAGE = `<!DOCTYPE html>
<!-- saved from url=(0050)https://www.lighthousenews.example/coast/keepers -->
<html lang="en"><head><meta charset="utf-8"><title>Last keepers leave Skerry light | Lighthouse News</title>
<link rel="canonical" href="https://www.lighthousenews.example/coast/keepers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Last keepers leave Skerry light","datePublished":"2026-04-02T10:15:00+01:00","author":{"@type":"Person","name":"Ina Brack"}}</script>
<script src="./Last keepers leave Skerry light_files/app.js"></script></head>
<body><nav><a href="/">Home</a></nav><main><article>
<h1>Last keepers leave Skerry light</h1><p class="byline">By Ina Brack</p><time datetime="2026-04-02T10:15:00+01:00">2 April 2026</time>
<figure><img src="./Last%20keepers%20leave%20Skerry%20light_files/lighthouse.png" alt="The light"><figcaption>The Skerry light on its last manned night. <span class="credit">Photo: Ina Brack</span></figcaption></figure>
<p>The last two keepers of the Skerry light handed over its keys on Thursday, ending 180 years of people living on the rock.</p>
<figure><img src="https://cdn.lighthousenews.example/keepers-1950.jpg"><figcaption>Keepers in 1950. (AP Photo/File)</figcaption></figure>
<p>The light will now be run from the mainland.</p>
<aside class="related"><h3>Related</h3><a href="/coast/fog-signal">Fog signal falls silent</a></aside>
</article></main><footer>© Lighthouse News</footer></body></html>`;

describe('galley import with photos delivered beside the story', () => {
  it('imports a saved web page with its _files folder: the saved photo becomes the figure\'s photo, a remote one stays an address', async () => {
    const page = folder.file('Last keepers leave Skerry light.html');
    writeFileSync(page, SAVED_PAGE);
    mkdirSync(folder.file('Last keepers leave Skerry light_files'));
    copyFileSync(PHOTO, folder.file('Last keepers leave Skerry light_files/lighthouse.png'));

    const { summary, story, figures } = await importAndShow(page);
    expect(summary.format).toBe('html');
    expect(story).toMatchObject({ headline: 'Last keepers leave Skerry light', byline: 'By Ina Brack', related: [{ title: 'Fog signal falls silent', url: 'https://www.lighthousenews.example/coast/fog-signal' }] });
    // The page prints the day; its machine date gives the time of that day, in the zone it is written in.
    expect(story.dateline.date).toBe('2026-04-02T10:15+01:00');
    expect(figures).toHaveLength(2);
    expect(figures[0].attrs).toMatchObject({ src: expect.stringMatching(/^[0-9a-f]{64}$/), credit: 'Ina Brack' });
    expect(figures[0].attrs.sourceNote).toBeUndefined();
    expect(existsSync(join(assetFolderOf(db), figures[0].attrs.src))).toBe(true);
    expect(figures[1].attrs).toMatchObject({ src: '', sourceNote: 'https://cdn.lighthousenews.example/keepers-1950.jpg', credit: 'AP Photo/File' });
    expect(summary.warnings.join('\n')).toMatch(/Photo 2 is on the web .*photo missing: add it or remove the figure/);
  });

  it('imports a NITF file whose media reference names a photo beside it', async () => {
    const nitf = folder.file('keepers.xml');
    writeFileSync(
      nitf,
      `<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><head><title>Last keepers leave Skerry light</title></head><body><body.head><hedline><hl1>Last keepers leave Skerry light</hl1></hedline></body.head><body.content>
<p>The last two keepers handed over the keys on Thursday.</p>
<media media-type="image"><media-reference source="skerry.png" mime-type="image/png"/><media-caption>The light at dusk.</media-caption><media-producer>Ina Brack/Lighthouse News</media-producer></media>
<media media-type="image"><media-reference source="not-delivered.jpg"/><media-caption>The old fog horn.</media-caption></media>
</body.content></body></nitf>`,
    );
    copyFileSync(PHOTO, folder.file('skerry.png'));
    const { summary, figures } = await importAndShow(nitf);
    expect(figures.map((figure) => figure.attrs)).toEqual([
      { src: expect.stringMatching(/^[0-9a-f]{64}$/), alt: '', credit: 'Ina Brack/Lighthouse News' },
      { src: '', alt: '', credit: '', sourceNote: 'not-delivered.jpg' },
    ]);
    expect(summary.warnings).toContain('Photo 2 "not-delivered.jpg" was not delivered with the file: photo missing: add it or remove the figure.');
  });
});
