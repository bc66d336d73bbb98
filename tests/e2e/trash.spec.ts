import { expect, test } from './fixtures';

test('a story moved to the trash can be undone, restored, and finally emptied', async ({ page, library, storyPage }) => {
  await library.newStory();
  await storyPage.headline.fill('Bridge closure extended');
  await storyPage.waitForSaved();

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Moved “Bridge closure extended” to the trash.')).toBeVisible();
  await expect(library.row('Bridge closure extended')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(storyPage.headline).toHaveValue('Bridge closure extended');

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('main', { name: 'Trash' });
  await expect(trash.getByRole('row', { name: /Bridge closure extended/ })).toBeVisible();
  await trash.getByRole('button', { name: 'Restore Bridge closure extended' }).click();
  await expect(storyPage.headline).toHaveValue('Bridge closure extended');

  await page.getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('dialog', { name: 'Empty the trash' }).getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.getByRole('button', { name: '← Library' }).click();
  await library.search.fill('Bridge');
  await expect(page.getByText('No story matches that search.')).toBeVisible();
});
