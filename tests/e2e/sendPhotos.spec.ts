// Issue 23, item 3: a story's photos reach the outbox. A photo inserted in the editor goes to a
// folder destination as a file beside the story, named from the destination's pattern, named
// by the story's files, listed in the sent log; a text-only format says it leaves each out.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryChanges } from '../../src/story/story';
import { expect, REPO, test } from './fixtures';
import { DeskPage } from './models/DeskPage';
import { EditorPage } from './models/EditorPage';

const PHOTO = join(REPO, 'assets/samples/images/sample-lighthouse.png');
const PHOTO_ID = createHash('sha256').update(readFileSync(PHOTO)).digest('hex');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const fields: StoryChanges = {
  slug: 'SKERRY-LIGHT',
  headline: 'Last keepers leave Skerry light',
  byline: 'By Ina Brack',
  dateline: { place: 'Lerwick', date: new Date().toISOString().slice(0, 10), source: 'Galley' },
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The last two keepers handed over the keys on Thursday.' }] }] },
  credit: { line: 'By Ina Brack', source: 'Galley' },
};

test('a photo inserted in a story goes to the outbox beside it: named by the pattern, named in the story files, listed in the sent log; IPTC 7901 lists it as lost', async ({
  page,
  library,
  storyPage,
  host,
}) => {
  // A send (which starts the host's wire worker), three dialogs and the preview's tabs.
  test.slow();
  const desk = new DeskPage(page);
  const editor = new EditorPage(page);
  const outbox = join(host.dir, 'outbox');
  await page.evaluate(async (input) => {
    const created = await window.galley.createStory({ fields: input });
    if (!created.ok) throw new Error(created.error.message);
  }, fields);
  await page.reload();
  await desk.addDestination('Wire', outbox, ['NITF 3.6', 'NewsML-G2 2.35', 'ninjs 3.1']);
  await library.open('Last keepers leave Skerry light');

  await editor.photoInput.setInputFiles(PHOTO);
  const figure = editor.figures.first();
  await figure.getByLabel('Caption').click();
  await page.keyboard.type('The Skerry light on its last manned night.');
  await figure.getByLabel('Credit').fill('Ina Brack/Galley');
  await figure.getByLabel('Alt text').fill('A white lighthouse on a rock at dusk');
  await storyPage.waitForSaved();
  await page.getByLabel('Status').selectOption('ready');
  await expect(desk.readiness).toContainText('Ready to send');

  // The preview, before anything goes: the files name the photo as the send will; 7901 drops it.
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview' });
  await expect(preview.getByLabel('Destination')).toHaveValue('Wire');
  await expect(preview.getByLabel('NITF 3.6 preview')).toContainText('<media-reference source="SKERRY-LIGHT-4.png" mime-type="image/png"');
  const losses = preview.getByRole('region', { name: 'What this format loses' });
  await expect(losses).toContainText('Nothing is lost in NITF 3.6.');
  await preview.getByRole('tab', { name: 'IPTC 7901' }).click();
  await expect(losses).toContainText('photo 1 (“The Skerry light on its last manned night.”) is not sent: IPTC 7901 carries no pictures');
  await expect(losses).not.toContainText('Nothing is lost');
  await preview.getByRole('button', { name: 'Close preview' }).click();

  await page.getByRole('button', { name: 'Send…' }).click();
  await desk.send('Wire');
  const id = page.url().split('/').pop()!;
  await expect(desk.outcome(id)).toContainText('#1 SKERRY-LIGHT-1.nitf.xml, #2 SKERRY-LIGHT-2.g2.xml, #3 SKERRY-LIGHT-3.ninjs.json, #4 SKERRY-LIGHT-4.png');
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();

  // The outbox: whole files only, the photo's bytes exactly the photo inserted, each story file naming it.
  expect(readdirSync(outbox).sort()).toEqual(['SKERRY-LIGHT-1.nitf.xml', 'SKERRY-LIGHT-2.g2.xml', 'SKERRY-LIGHT-3.ninjs.json', 'SKERRY-LIGHT-4.png']);
  expect(sha(join(outbox, 'SKERRY-LIGHT-4.png'))).toBe(PHOTO_ID);
  expect(readFileSync(join(outbox, 'SKERRY-LIGHT-1.nitf.xml'), 'utf8')).toContain('source="SKERRY-LIGHT-4.png"');
  expect(readFileSync(join(outbox, 'SKERRY-LIGHT-2.g2.xml'), 'utf8')).toContain('<remoteContent href="SKERRY-LIGHT-4.png" contenttype="image/png"');
  expect(readFileSync(join(outbox, 'SKERRY-LIGHT-3.ninjs.json'), 'utf8')).toContain('"href": "file:SKERRY-LIGHT-4.png"');

  // The sent log lists the photo with its SHA-256.
  const rows = await desk.openSentLog();
  await expect(rows).toHaveCount(4);
  const photoRow = rows.filter({ hasText: 'SKERRY-LIGHT-4.png' });
  await expect(photoRow.locator('td:nth-child(6)')).toHaveText('Photo');
  await expect(photoRow.locator('td.hash')).toHaveAttribute('title', PHOTO_ID);
});
