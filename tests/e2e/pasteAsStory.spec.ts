// Web copy pasted into an empty story is offered as a story, read by the New story from copy
// importer, and one Undo takes the whole import back. Issue 18.
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

/** A selection copied from a news site, as a browser puts it on the clipboard. */
const WEB_COPY = {
  'text/html': `<meta charset="utf-8"><article>
<h1>Ferries cross the Tagus again after storm</h1>
<p class="byline">By Marta Sousa</p>
<p>LISBON, Portugal (AP) — Ferries crossed the Tagus again on Friday after a storm kept them in harbour for two days.</p>
<p>Commuters queued from dawn at the Cais do Sodré terminal.</p>
</article>`,
  'text/plain':
    'Ferries cross the Tagus again after storm\n\nBy Marta Sousa\n\nLISBON, Portugal (AP) — Ferries crossed the Tagus again on Friday after a storm kept them in harbour for two days.\n\nCommuters queued from dawn at the Cais do Sodré terminal.\n',
};

test('web copy pasted into an empty story is read as a story on request, and one Ctrl+Z empties it again', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  const byline = page.locator('input[name="byline"]');
  const place = page.locator('input[name="dateline-place"]');
  const source = page.locator('input[name="dateline-source"]');

  await editor.paste(WEB_COPY);
  // An ordinary paste first; the offer beside it.
  await expect(editor.body).toContainText('Ferries cross the Tagus again after storm');
  await page.getByRole('button', { name: 'Read as a story' }).click();

  await expect(storyPage.headline).toHaveValue('Ferries cross the Tagus again after storm');
  await expect(byline).toHaveValue('By Marta Sousa');
  await expect(place).toHaveValue(/LISBON/);
  await expect(source).toHaveValue('AP');
  await expect(page.getByRole('status').filter({ hasText: 'Read as a story:' })).toContainText('headline, byline, dateline');
  const report = page.getByRole('list', { name: 'Import report' }).getByRole('listitem');
  await expect(report.filter({ hasText: 'Headline: Ferries cross the Tagus again after storm' })).toHaveCount(1);
  await expect(report.filter({ hasText: 'Byline: By Marta Sousa' })).toHaveCount(1);
  await expect(report.filter({ hasText: 'Dateline: LISBON' })).toHaveCount(1);
  // The body keeps the story text, not the lines that went to the fields.
  await expect(editor.body).toContainText('Commuters queued from dawn');
  await expect(editor.body).not.toContainText('By Marta Sousa');
  await expect(editor.body).not.toContainText('Ferries cross the Tagus again after storm');
  await storyPage.waitForSaved();

  await editor.body.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(storyPage.headline).toHaveValue('');
  await expect(byline).toHaveValue('');
  await expect(place).toHaveValue('');
  await expect(source).toHaveValue('');
  // The plain paste is not left behind: the body is as empty as before the paste.
  await expect(editor.body).toHaveText('');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  // Nothing of the paste is left for the editor's own Undo to bring back.
  await expect(editor.button('Undo')).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.body).toHaveText('');
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).not.toContainText('Ferries');
});

test('the notice\'s Undo button takes the import back too', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.paste(WEB_COPY);
  await page.getByRole('button', { name: 'Read as a story' }).click();
  await expect(storyPage.headline).toHaveValue('Ferries cross the Tagus again after storm');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(storyPage.headline).toHaveValue('');
  await expect(page.locator('input[name="byline"]')).toHaveValue('');
  await expect(editor.body).toHaveText('');
});

test('web copy pasted into a story whose headline is written stays an ordinary paste, with no offer', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await storyPage.headline.fill('Lisbon transport roundup');
  await editor.paste(WEB_COPY);
  await expect(editor.body).toContainText('By Marta Sousa');
  await expect(editor.body).toContainText('Commuters queued from dawn');
  await expect(storyPage.headline).toHaveValue('Lisbon transport roundup');
  await expect(page.locator('input[name="byline"]')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Read as a story' })).toHaveCount(0);
  await storyPage.waitForSaved();
});

test('web copy pasted after text in the body stays an ordinary paste, with no offer', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Our notes: ');
  await editor.paste(WEB_COPY);
  await expect(editor.body).toContainText('Our notes:');
  await expect(editor.body).toContainText('Commuters queued from dawn');
  await expect(storyPage.headline).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Read as a story' })).toHaveCount(0);
  await storyPage.waitForSaved();
});
