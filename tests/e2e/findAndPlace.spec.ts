// Desktop habits: Ctrl/Cmd+F finds and replaces in the story; a story reopens where the user left
// off. Issue 3, "Desktop habits".
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

test('Ctrl+F finds in the story with a match count, replaces one and replaces all', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('The grain deal. Grain prices fell.\nMore grain arrived.');
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('searchbox', { name: 'Find' });
  await expect(find).toBeFocused();
  const count = page.getByRole('search', { name: 'Find in story' }).getByLabel('Matches');
  await find.fill('grain');
  await expect(count).toHaveText('1 of 3');
  await expect(editor.body.locator('.find-match')).toHaveCount(3);
  await find.press('Enter');
  await expect(count).toHaveText('2 of 3');
  await page.getByLabel('Replace with').fill('wheat');
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(editor.body).toContainText('The grain deal. wheat prices fell.');
  await expect(count).toHaveText('2 of 2');
  await page.getByRole('button', { name: 'Replace all' }).click();
  await expect(count).toHaveText('No matches');
  await expect(editor.body).toHaveText('The wheat deal. wheat prices fell.More wheat arrived.');
  await find.press('Escape');
  await expect(find).toBeHidden();
  await expect(editor.body.locator('.find-match')).toHaveCount(0);
  // Replace all is one step to undo.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.body).toContainText('More grain arrived.');
  await storyPage.waitForSaved();

  // In the library, Ctrl+F is still the library's search.
  await storyPage.backToLibrary();
  await page.keyboard.press('ControlOrMeta+f');
  await expect(library.search).toBeFocused();
});

test('a story reopens where the user left off: scroll position and cursor', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Start.');
  const html = Array.from({ length: 150 }, (_, i) => `<p>Paragraph ${i + 1} of a long story about the harbour.</p>`).join('');
  await editor.paste({ 'text/html': html, 'text/plain': 'x' });
  const target = editor.body.locator('p').nth(120);
  await target.click();
  await page.keyboard.press('End');
  await storyPage.waitForSaved();
  // The place is written once the caret settles: wait for it rather than for a time.
  await expect
    .poll(() => page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('galley.place.'))?.[1] ?? ''))
    .toMatch(/"scrollTop":[1-9]/);

  await page.reload();
  await expect(target).toBeInViewport();
  await page.keyboard.type(' MARK');
  await expect(target).toHaveText(/harbour\. MARK$/);
});
