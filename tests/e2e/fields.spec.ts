// The story's fields as a reporter fills them: dateline with suggestions and today's date,
// related links, live counts against length targets. Issue 3, "The fields".
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';

const stored = (db: string, id: string) => JSON.parse(execFileSync(process.execPath, [join(REPO, 'out/cli/galley.cjs'), '--db', db, 'show', id, '--json']).toString());

test('a new story is dated today in the user’s time zone; the place is suggested from the library', async ({ page, library, storyPage }) => {
  await library.newStory();
  const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  await expect(storyPage.field('dateline-date')).toHaveValue(today);
  await storyPage.field('dateline-place').fill('Kyiv');
  await storyPage.field('dateline-source').fill('AFP');
  await expect(page.getByLabel('Dateline preview')).toHaveText(/^KYIV, .+ \(AFP\) —$/);
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();

  await library.newStory();
  await storyPage.field('dateline-place').fill('Ky');
  const listId = await storyPage.field('dateline-place').getAttribute('list');
  await expect(page.locator(`datalist[id="${listId}"] option`)).toHaveAttribute('value', 'Kyiv');
});

test('related links are added, reordered, removed; a javascript: link is refused and never saved', async ({ page, library, storyPage, host }) => {
  await library.newStory();
  const add = page.getByRole('button', { name: 'Add related link' });
  await add.click();
  await page.getByLabel('Related link 1 title').fill('First');
  await page.getByLabel('Related link 1 URL').fill('https://example.com/1');
  await add.click();
  await page.getByLabel('Related link 2 title').fill('Second');
  await page.getByLabel('Related link 2 URL').fill('https://example.com/2');
  await page.getByRole('button', { name: 'Move related link 2 up' }).click();
  await expect(page.getByLabel('Related link 1 title')).toHaveValue('Second');
  await expect(page.getByRole('button', { name: 'Move related link 1 up' })).toBeDisabled();

  await add.click();
  await page.getByLabel('Related link 3 title').fill('Bad');
  await page.getByLabel('Related link 3 URL').fill('javascript:alert(1)');
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved: a related link must be a web address' })).toBeVisible();
  // Never "All changes saved" over a field that is not saved.
  await expect(storyPage.saveState).toHaveText('Not saved: a related link is not a web address');
  await expect(page).toHaveTitle(/•/);
  const id = page.url().split('/').pop()!;
  await expect.poll(() => stored(host.db, id).related).toEqual([
    { title: 'Second', url: 'https://example.com/2' },
    { title: 'First', url: 'https://example.com/1' },
  ]);

  await page.getByRole('button', { name: 'Remove related link 3' }).click();
  await page.getByRole('button', { name: 'Remove related link 1' }).click();
  await storyPage.waitForSaved();
  await page.reload();
  await expect(page.getByLabel('Related link 1 title')).toHaveValue('First');
  await expect(page.getByLabel('Related link 2 title')).toHaveCount(0);
});

test('a related link typed without https:// is saved with it, as body links are', async ({ page, library, storyPage, host }) => {
  await library.newStory();
  await page.getByRole('button', { name: 'Add related link' }).click();
  await page.getByLabel('Related link 1 title').fill('Budget');
  await page.getByLabel('Related link 1 URL').fill('www.example.gov/budget');
  await page.getByLabel('Related link 1 title').focus();
  await expect(page.getByLabel('Related link 1 URL')).toHaveValue('https://www.example.gov/budget');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await storyPage.waitForSaved();
  await expect(storyPage.saveState).toHaveText('All changes saved');
  const id = page.url().split('/').pop()!;
  expect(stored(host.db, id).related).toEqual([{ title: 'Budget', url: 'https://www.example.gov/budget' }]);
});

test('counts and length targets update as the user types', async ({ page, library, storyPage }) => {
  await library.newStory();
  const counter = (name: string) => page.locator('label', { has: storyPage.field(name) }).locator('.counter');
  await storyPage.slug.pressSequentially('FLOOD-WALL');
  await expect(counter('slug')).toHaveText('10 / 24 chars');
  await storyPage.slug.pressSequentially('-COUNCIL-VOTE-TUESDAY');
  await expect(counter('slug')).toHaveAttribute('data-over', 'true');
  await expect(counter('slug')).toContainText('31 / 24 chars');
  await storyPage.headline.pressSequentially('Council approves flood wall');
  await expect(counter('headline')).toHaveText('27 / 80 chars · 4 words');
  await storyPage.field('standfirst').fill('word '.repeat(41));
  await expect(counter('standfirst')).toHaveAttribute('data-over', 'true');
  await storyPage.typeBody('Seven words in the body of this story.');
  await expect(page.locator('.word-count')).toHaveText('8 words · 38 chars');
});
