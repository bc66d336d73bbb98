// The history panel and the conflict compare view. Issue 3, "History".
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';
import { StoryPage } from './models/StoryPage';

const stored = (db: string, id: string) => JSON.parse(execFileSync(process.execPath, [join(REPO, 'out/cli/galley.cjs'), '--db', db, 'show', id, '--json']).toString());

test('a revision shows a word diff against the current text and can be restored as a new revision', async ({ page, library, storyPage }) => {
  await library.newStory();
  await storyPage.headline.fill('Council votes on flood wall');
  await storyPage.typeBody('The council voted on Tuesday.');
  await storyPage.waitForSaved();
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page.getByText('Revision saved.')).toBeVisible();

  await storyPage.headline.fill('Council approves flood wall');
  await storyPage.typeBody(' Work starts in March.');
  await storyPage.waitForSaved();
  await page.keyboard.press('ControlOrMeta+s');

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'History' });
  const revisions = history.locator('.revision');
  await expect(revisions.first()).toContainText('Saved');
  await expect(revisions.last()).toContainText('Created');
  await expect(revisions.first()).toContainText(/\d+ words? changed/);

  // The older save: the headline said "votes on", the body lacked the last sentence.
  await revisions.nth(1).click();
  const diff = history.getByRole('region', { name: /Changes since version/ });
  await expect(diff.locator('.diff-field', { hasText: 'Headline' }).locator('del')).toHaveText('votes on');
  await expect(diff.locator('.diff-field', { hasText: 'Headline' }).locator('ins')).toHaveText('approves');
  await expect(diff.locator('.diff-field', { hasText: 'Body' }).locator('ins')).toContainText('Work starts in March.');

  await diff.getByRole('button', { name: /Restore version/ }).click();
  await expect(storyPage.headline).toHaveValue('Council votes on flood wall');
  await expect(storyPage.body).not.toContainText('Work starts in March.');
  await expect(revisions.first()).toContainText('Restored');
  // Nothing was lost: the text before the restore is still a revision.
  await revisions.nth(1).click();
  await expect(diff.locator('.diff-field', { hasText: 'Headline' }).locator('del')).toHaveText('approves');
});

test('a conflict can be merged field by field in the compare view', async ({ page, context, library, storyPage, host }) => {
  await library.newStory();
  await storyPage.headline.fill('Original headline');
  await storyPage.waitForSaved();
  const other = await context.newPage();
  await other.goto(page.url());
  const otherStory = new StoryPage(other);
  await otherStory.headline.fill('Their headline');
  await otherStory.field('standfirst').fill('Their standfirst.');
  await otherStory.waitForSaved();

  await storyPage.headline.fill('My headline');
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare versions' });
  const headline = compare.getByRole('group', { name: 'Headline' });
  await expect(headline.locator('ins')).toHaveText('My');
  await expect(headline.locator('del')).toHaveText('Their');
  await compare.getByRole('group', { name: 'Standfirst' }).getByLabel('Take theirs').check();
  await compare.getByRole('button', { name: 'Save merge' }).click();
  await storyPage.waitForSaved();
  await expect(storyPage.field('standfirst')).toHaveValue('Their standfirst.');
  await expect(storyPage.headline).toHaveValue('My headline');
  const id = page.url().split('/').pop()!;
  expect(stored(host.db, id)).toMatchObject({ headline: 'My headline', standfirst: 'Their standfirst.' });
});
