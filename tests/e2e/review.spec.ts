// The reviewer's pane (issue 6): every quote with its speaker, highlights in the body, marks that
// survive reloads and edits, sign-off that goes stale on an edit, and return to the editor.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, REPO, test } from './fixtures';
import { DeskPage } from './models/DeskPage';
import { ReviewPane } from './models/ReviewPane';

const PARAGRAPHS = [
  'Ukraine will not give up its Black Sea ports, President Volodymyr Zelensky said on Friday.',
  '“We will hold the line,” Zelensky told reporters in Kyiv. “Nobody will take Odesa from us.”',
  'The grain deal could collapse within days, a senior official said.',
  'Prices rose 3 per cent, according to the Chicago Board of Trade.',
];

const stored = (db: string, id: string) => JSON.parse(execFileSync(process.execPath, [join(REPO, 'out/cli/galley.cjs'), '--db', db, 'show', id, '--json']).toString());

/** Creates a story of `paragraphs` (by default PARAGRAPHS) through the page's API and returns its id. */
function createStory(page: Page, paragraphs: string[] = PARAGRAPHS): Promise<string> {
  return page.evaluate(async (paragraphs) => {
    const body = { type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    const result = await window.galley.createStory({ fields: { headline: 'Zelensky vows to keep the ports', body } });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  }, paragraphs);
}

test('the reviewer sees every quote, marks them, signs off, and sees the sign-off go stale on an edit', async ({ page, library, host, storyPage }) => {
  const id = await createStory(library.page);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();

  await expect(review.findings).toHaveCount(4);
  await expect(review.finding('We will hold the line').locator('.finding-speaker')).toHaveText('Volodymyr Zelensky');
  await expect(review.finding('We will hold the line').locator('.finding-cue')).toContainText('told');
  await expect(review.finding('grain deal').locator('.badge-anonymous')).toBeVisible();
  await expect(review.finding('Prices rose').locator('.finding-speaker')).toHaveText('Chicago Board of Trade');
  // Quotes are marked in the body, as decorations only.
  await expect(storyPage.body.locator('.review-quote').first()).toBeVisible();

  await review.finding('We will hold the line').locator('.finding-quote').click();
  await expect(storyPage.body.locator('.review-active').first()).toContainText('We will hold the line');

  await review.reviewer.fill('Lee Park');
  await review.mark('We will hold the line', 'Verified');
  await review.markNeedsCheck('grain deal', 'Which official? Name or describe them.');
  await expect(review.finding('We will hold the line').locator('.finding-mark')).toContainText('Verified');
  await expect(review.finding('grain deal').locator('.finding-mark')).toContainText('Needs check: Which official?');

  await page.reload();
  await review.open();
  await expect(review.reviewer).toHaveValue('Lee Park');
  await expect(review.finding('We will hold the line').locator('.finding-mark')).toContainText('Verified');
  await expect(review.finding('grain deal').locator('.finding-mark')).toContainText('Needs check');

  // Text typed right after the verified quote changes its context; the mark stays with it.
  await storyPage.body.getByText('Nobody will take Odesa').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' He then left for Odesa.');
  await expect(storyPage.body).toContainText('He then left for Odesa.');
  await expect(review.finding('We will hold the line').locator('.finding-mark')).toContainText('Verified');
  await storyPage.waitForSaved();
  expect(JSON.stringify(stored(host.db, id).body)).not.toContain('review');

  await review.signOff();
  await expect(review.state).toHaveAttribute('data-state', 'signed-off');
  await expect(review.state).toContainText('Signed off by Lee Park');
  expect(stored(host.db, id).review).toMatchObject({ state: 'signed-off', by: 'Lee Park' });

  await storyPage.typeBody(' More later.');
  await storyPage.waitForSaved();
  await expect(review.state).toHaveAttribute('data-state', 'stale');
  await expect(review.state).toContainText('Stale');

  await review.returnToEditor('Name the official in paragraph 3.');
  await expect(review.state).toHaveAttribute('data-state', 'returned');
  await expect(review.state).toContainText('Name the official in paragraph 3.');
  expect(stored(host.db, id).review).toMatchObject({ state: 'returned', by: 'Lee Park', note: 'Name the official in paragraph 3.' });
});

test('the readiness panel shows sign-off, return to the editor and the reviewer’s marks at once, without waiting for a save', async ({ page, library, host }) => {
  await library.page.evaluate(() => window.galley.saveReadinessProfile({ profile: { requireSignOff: true } }));
  const id = await createStory(library.page);
  await page.goto(`${host.url}#/story/${id}`);
  const { readiness } = new DeskPage(page);
  const review = new ReviewPane(page);
  await expect(readiness).toContainText('The reviewer has not signed off this story.');

  await review.open();
  await review.reviewer.fill('Lee Park');
  await review.signOff();
  await expect(review.state).toHaveAttribute('data-state', 'signed-off');
  await expect(readiness).not.toContainText('signed off');

  await review.returnToEditor('Name the official in paragraph 3.');
  await expect(review.state).toHaveAttribute('data-state', 'returned');
  await expect(readiness).toContainText('The reviewer has not signed off this story.');
  await expect(readiness).toContainText('Returned to the editor by Lee Park: Name the official in paragraph 3.');

  await review.markNeedsCheck('grain deal', 'Which official?');
  await expect(readiness).toContainText('Lee Park asks to check “The grain deal could collapse within days”: Which official?');
  await review.removeButton('grain deal').click();
  await expect(readiness).not.toContainText('asks to check');
});

test('a reviewer removes a mark from the keyboard, takes it back with Undo, and the removal is kept in the library', async ({ page, library, host }) => {
  const id = await createStory(library.page);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();
  await review.reviewer.fill('Lee Park');
  await review.markNeedsCheck('grain deal', 'Which official?');
  const mark = review.finding('grain deal').locator('.finding-mark');
  await expect(mark).toContainText('Needs check: Which official?');

  // Keyboard only: Remove, then Undo, which has the focus once the mark is gone.
  await review.removeButton('grain deal').focus();
  await page.keyboard.press('Enter');
  await expect(mark).toHaveCount(0);
  await expect(review.removedNotice).toContainText('Removed “Needs check” from “The grain deal could collapse');
  await expect(review.undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mark).toContainText('Needs check: Which official? (Lee Park)');
  await expect(review.undo).toHaveCount(0);

  await review.removeButton('grain deal').click();
  await expect(mark).toHaveCount(0);
  await page.reload();
  await review.open();
  await expect(review.findings).toHaveCount(4);
  await expect(review.pane.locator('.finding-mark')).toHaveCount(0);
});

test('in a long story the quote marks follow the screen: the last quote is marked when scrolled to', async ({ page, library, host, storyPage }) => {
  const plain = 'The ship left the port today and the crew went home to rest.';
  const id = await createStory(library.page, [PARAGRAPHS[1], ...Array<string>(400).fill(plain), '“The city is ours,” the mayor of Odesa said.']);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();
  await expect(review.finding('The city is ours')).toBeVisible();
  await expect(storyPage.body.locator('.review-quote').filter({ hasText: 'We will hold the line' })).toBeVisible();

  await storyPage.body.locator('p').last().scrollIntoViewIfNeeded();
  await expect(storyPage.body.locator('.review-quote').filter({ hasText: 'The city is ours' })).toBeVisible();
});
