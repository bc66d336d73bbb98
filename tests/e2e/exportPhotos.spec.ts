// Issue 23, item 3: the story view's Export (Ctrl+E) writes a story's photos beside its file, as
// a send and the library's Export do: the file names the photo; a text format lists it as lost;
// a second export takes the next free names and writes over nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoryChanges } from '../../src/story/story';
import { expect, REPO, test } from './fixtures';
import { EditorPage } from './models/EditorPage';
import { ImportExportPage } from './models/ImportExportPage';

const PHOTO = join(REPO, 'assets/samples/images/sample-lighthouse.png');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const PHOTO_ID = sha(PHOTO);

// The folder the test host's folder chooser picks, as a person would pick it in the system's dialog.
const exportFolder = mkdtempSync(join(tmpdir(), 'galley-export-photos-'));
test.use({ hostArgs: ['--empty', '--choose-folder', exportFolder] });
test.afterAll(() => rmSync(exportFolder, { recursive: true, force: true }));

const fields: StoryChanges = {
  slug: 'GRAIN',
  headline: 'Grain ships leave Odesa',
  byline: 'By Ina Brack',
  dateline: { place: 'Odesa', date: new Date().toISOString().slice(0, 10), source: 'Galley' },
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Three ships left the port on Thursday.' }] }] },
  credit: { line: 'By Ina Brack', source: 'Galley' },
};

test('Export in the story view saves the photo beside the NITF file, which names it; IPTC 7901 lists it as lost; nothing is written over', async ({ page, library, storyPage }) => {
  test.slow();
  const editor = new EditorPage(page);
  const io = new ImportExportPage(page);
  await page.evaluate(async (input) => {
    const created = await window.galley.createStory({ fields: input });
    if (!created.ok) throw new Error(created.error.message);
  }, fields);
  await page.reload();
  await library.open('Grain ships leave Odesa');
  await editor.photoInput.setInputFiles(PHOTO);
  const figure = editor.figures.first();
  await figure.getByLabel('Caption').click();
  await page.keyboard.type('A grain ship at Odesa.');
  await figure.getByLabel('Credit').fill('Ina Brack/Galley');
  await figure.getByLabel('Alt text').fill('A bulk carrier at a quay');
  await storyPage.waitForSaved();

  // Ctrl+E is the File menu's accelerator; the test host's menu double sends what it sends.
  await page.evaluate(() => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu('export'));
  await expect(io.exportDialog).toBeVisible();
  const losses = io.exportDialog.getByRole('region', { name: 'What this format loses' });
  await expect(losses).toContainText('Nothing is lost in this format.');
  await io.saveAs('NITF 3.6');
  await expect(io.exportDialog).toContainText(`Saved GRAIN.nitf.xml and GRAIN-photo-1.png in ${exportFolder}.`);
  expect(readdirSync(exportFolder).sort()).toEqual(['GRAIN-photo-1.png', 'GRAIN.nitf.xml']);
  expect(sha(join(exportFolder, 'GRAIN-photo-1.png'))).toBe(PHOTO_ID);
  expect(readFileSync(join(exportFolder, 'GRAIN.nitf.xml'), 'utf8')).toContain('<media-reference source="GRAIN-photo-1.png" mime-type="image/png"');

  // Again: the names are taken, so the next free ones; the files there are kept as they were.
  await io.exportDialog.getByRole('button', { name: 'Save to folder…' }).click();
  await expect(io.exportDialog).toContainText(`Saved GRAIN-2.nitf.xml and GRAIN-photo-1-2.png in ${exportFolder}.`);
  expect(readFileSync(join(exportFolder, 'GRAIN-2.nitf.xml'), 'utf8')).toContain('source="GRAIN-photo-1-2.png"');
  expect(sha(join(exportFolder, 'GRAIN-photo-1.png'))).toBe(PHOTO_ID);

  // A format without pictures: the photo is listed as lost, and only the story's file is written.
  await io.exportDialog.getByLabel('Format', { exact: true }).selectOption({ label: 'IPTC 7901' });
  await expect(losses).toContainText('photo 1 (“A grain ship at Odesa.”) is not sent: IPTC 7901 carries no pictures');
  await io.saveAs('IPTC 7901');
  await expect(io.exportDialog).toContainText(`Saved GRAIN.iptc in ${exportFolder}.`);
  expect(readdirSync(exportFolder).sort()).toEqual(['GRAIN-2.nitf.xml', 'GRAIN-photo-1-2.png', 'GRAIN-photo-1.png', 'GRAIN.iptc', 'GRAIN.nitf.xml']);
});
