// Photos in the body: inserted from a file chooser, by drop and by paste; stored by content hash
// in the library's asset folder; caption, credit and alt edited in place. Issue 3, "Figures".
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

const PHOTO = join(REPO, 'assets/samples/images/sample-lighthouse.png');
const PHOTO_ID = createHash('sha256').update(readFileSync(PHOTO)).digest('hex');

function storedStory(db: string, id: string): { body: unknown } {
  return JSON.parse(execFileSync(process.execPath, [join(REPO, 'out/cli/galley.cjs'), '--db', db, 'show', id, '--json']).toString());
}

test('a photo from the file chooser is stored by hash, shown, and marked until captioned', async ({ page, library, storyPage, host }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('The lighthouse stands alone.');
  await editor.photoInput.setInputFiles(PHOTO);
  const figure = editor.figures.first();
  await expect(figure.locator('img')).toHaveJSProperty('complete', true);
  expect(await figure.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  await expect(figure).toHaveClass(/figure-incomplete/);
  await expect(figure.getByRole('note')).toHaveText('Missing: caption, credit, alt text');

  await figure.getByLabel('Caption').click();
  await page.keyboard.type('The light at the Butt of Lewis.');
  await figure.getByLabel('Credit').fill('Morag Campbell/Galley');
  await expect(figure.getByRole('note')).toHaveText('Missing: alt text');
  await figure.getByLabel('Alt text').fill('A white tower on a headland');
  await expect(figure).not.toHaveClass(/figure-incomplete/);
  await storyPage.waitForSaved();

  expect(existsSync(join(`${host.db}.assets`, PHOTO_ID))).toBe(true);
  const id = page.url().split('/').pop()!;
  const stored = JSON.stringify(storedStory(host.db, id).body);
  expect(stored).toContain(`"src":"${PHOTO_ID}"`);
  expect(stored).not.toContain('base64');
  expect(stored).toContain('The light at the Butt of Lewis.');

  await page.reload();
  await expect(editor.figures.first().getByLabel('Credit')).toHaveValue('Morag Campbell/Galley');
  await expect(editor.figures.first()).not.toHaveClass(/figure-incomplete/);
});

test('a photo inserted with the caret mid-sentence goes after that paragraph, the sentence whole', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('First half, second half.\nNext paragraph.');
  await editor.body.getByText('First half').click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 'First half'.length; i++) await page.keyboard.press('ArrowRight');
  const chooser = page.waitForEvent('filechooser');
  await editor.button('Insert photo').click();
  await (await chooser).setFiles(PHOTO);
  await expect(editor.figures).toHaveCount(1);
  const blocks = editor.body.locator(':scope > *');
  await expect(blocks.nth(0)).toHaveText('First half, second half.');
  await expect(blocks.nth(1)).toHaveClass(/figure/);
  await expect(blocks.nth(2)).toHaveText('Next paragraph.');
  await storyPage.waitForSaved();
});

test('a figure shows its credit and alt text as a line until it is edited; a click on the line edits them', async ({ page, library, storyPage, host }) => {
  const id = await library.page.evaluate(async (png) => {
    const photo = await window.galley.addAsset({ name: 'ship.png', dataBase64: png });
    if (!photo.ok) throw new Error(photo.error.message);
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const figure = { type: 'figure', attrs: { src: photo.value.id, credit: 'AP', alt: 'A ship at a quay' }, content: [{ type: 'text', text: 'The ship came in.' }] };
    const story = await window.galley.createStory({ fields: { headline: 'A ship', body: { type: 'doc', content: [paragraph('Before the photo.'), figure, paragraph('After the photo.')] } } });
    if (!story.ok) throw new Error(story.error.message);
    return story.value.id;
  }, readFileSync(PHOTO).toString('base64'));
  await page.goto(`${host.url}#/story/${id}`);
  const editor = new EditorPage(page);
  const figure = editor.figures.first();
  await editor.body.getByText('Before the photo.').click();
  await expect(figure.getByText('Credit: AP · Alt text: A ship at a quay')).toBeVisible();
  await expect(figure.getByLabel('Credit')).toHaveCount(0);

  // The caret in the caption opens the inputs, and Tab goes to them; leaving the figure closes them.
  await figure.getByLabel('Caption').click();
  await expect(figure.getByLabel('Credit')).toHaveValue('AP');
  await page.keyboard.press('Tab');
  await expect(figure.getByLabel('Credit')).toBeFocused();
  await editor.body.getByText('After the photo.').click();
  await expect(figure.getByLabel('Credit')).toHaveCount(0);

  // A click on the line edits the credit; Tab goes on to the alt text.
  await figure.getByText('Credit: AP').click();
  await expect(figure.getByLabel('Credit')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Photo');
  await page.keyboard.press('Tab');
  await expect(figure.getByLabel('Alt text')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('A cargo ship at a quay');
  await editor.body.getByText('After the photo.').click();
  await expect(figure.getByText('Credit: AP Photo · Alt text: A cargo ship at a quay')).toBeVisible();
  await storyPage.waitForSaved();
  const stored = JSON.stringify(storedStory(host.db, id).body);
  expect(stored).toContain('"credit":"AP Photo"');
  expect(stored).toContain('"alt":"A cargo ship at a quay"');
});

/** Builds a File in the page from bytes sent by the test, then fires `type` on the body with it. */
async function sendFile(editor: EditorPage, type: 'drop' | 'paste', name: string, mediaType: string, bytes: Buffer): Promise<void> {
  await editor.body.evaluate(
    (element, { type, name, mediaType, data }) => {
      const binary = atob(data);
      const file = new File([Uint8Array.from(binary, (c) => c.charCodeAt(0))], name, { type: mediaType });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const rect = element.getBoundingClientRect();
      const event =
        type === 'drop'
          ? new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true, clientX: rect.left + 10, clientY: rect.top + 10 })
          : new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      element.dispatchEvent(event);
    },
    { type, name, mediaType, data: bytes.toString('base64') },
  );
}

test('a photo dropped on the body or pasted becomes a figure', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Paragraph one.');
  await sendFile(editor, 'drop', 'dropped.png', 'image/png', readFileSync(PHOTO));
  await expect(editor.figures).toHaveCount(1);
  await editor.body.locator('p').first().click();
  await sendFile(editor, 'paste', 'image.png', 'image/png', readFileSync(join(REPO, 'assets/samples/images/sample-keepers.png')));
  await expect(editor.figures).toHaveCount(2);
  await expect(editor.figures.locator('img')).toHaveCount(2);
  await storyPage.waitForSaved();
});

test('a file that is not an image, or is too large, is refused with the reason and nothing breaks', async ({ page, library, storyPage, host }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Text before.');

  const fake = join(host.dir, 'holiday.png');
  writeFileSync(fake, '%PDF-1.7 this is a PDF renamed to .png');
  await editor.photoInput.setInputFiles(fake);
  await expect(page.getByRole('alert').filter({ hasText: '“holiday.png” is not a PNG, JPEG, GIF or WebP image' })).toBeVisible();

  const huge = join(host.dir, 'huge.jpg');
  const bytes = Buffer.alloc(50 * 1024 * 1024);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  writeFileSync(huge, bytes);
  await editor.photoInput.setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: '“huge.jpg” is 50.0 MB; Galley takes photos up to 25.0 MB' })).toBeVisible();

  await expect(editor.figures).toHaveCount(0);
  await editor.typeAtEnd(' Still typing.');
  await expect(editor.body).toContainText('Text before. Still typing.');
  await storyPage.waitForSaved();
});

test('the services refuse a non-image even when the page is bypassed', async ({ page, library }) => {
  await expect(library.search).toBeVisible();
  const result = await page.evaluate(() => window.galley.addAsset({ name: 'evil.gif', dataBase64: btoa('<script>alert(1)</script>') }));
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: '“evil.gif” is not a PNG, JPEG, GIF or WebP image, so it was not added.' } });
});

test.describe('first run', () => {
  test.use({ hostArgs: [] });
  test('the sample feature shows its two photos', async ({ page, library }) => {
    await library.open('The last lighthouse keepers of the Outer Hebrides');
    const editor = new EditorPage(page);
    await expect(editor.figures).toHaveCount(2);
    for (const img of await editor.figures.locator('img').all()) {
      await expect(img).toHaveJSProperty('complete', true);
      expect(await img.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(320);
    }
    await expect(editor.figures.first()).not.toHaveClass(/figure-incomplete/);
  });
});
