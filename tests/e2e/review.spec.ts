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

  // The "grain deal" quote is still marked Needs check: the sign-off asks first.
  await review.signOff();
  await review.openChecksQuestion.getByRole('button', { name: 'Sign off anyway' }).click();
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

test('a verified quote whose words are edited afterwards is flagged on its own card and no longer counts as verified', async ({ page, library, host, storyPage }) => {
  const id = await createStory(library.page);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();
  await review.reviewer.fill('Lee Park');
  await review.mark('We will hold the line', 'Verified');
  await expect(review.finding('We will hold the line').locator('.finding-mark')).toHaveText(/^Verified \(Lee Park\)/);
  await expect(review.summary).toContainText('1 verified');

  // The editor changes one word of the quote the reviewer verified.
  await storyPage.selectWord('hold');
  await page.keyboard.type('keep');
  await expect(storyPage.body).toContainText('“We will keep the line,”');

  const card = review.finding('We will keep the line');
  await expect(card.locator('.finding-mark')).toContainText('Verified (Lee Park)Changed since verified“hold” is now “keep”');
  await expect(card.getByRole('button', { name: 'Verified', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(review.summary).toContainText('0 verified');
  await expect(review.summary).toContainText('1 changed since marked');
  await expect(review.pane.getByRole('region', { name: 'Marks no longer found' })).toHaveCount(0);

  // Verifying the new words clears the flag.
  await review.mark('We will keep the line', 'Verified');
  await expect(card.locator('.finding-mark')).not.toContainText('Changed since verified');
  await expect(review.summary).toContainText('1 verified');
  await expect(review.summary).not.toContainText('changed since marked');
});

test('signing off with a "Needs check" open asks first, naming how many; Cancel leaves the story unsigned', async ({ page, library, host }) => {
  const id = await createStory(library.page);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();
  await review.reviewer.fill('Lee Park');
  await review.markNeedsCheck('grain deal', 'Which official?');
  await review.markNeedsCheck('Prices rose', 'Which day?');
  await expect(review.finding('Prices rose').locator('.finding-mark')).toContainText('Needs check: Which day?');

  await review.signOff();
  await expect(review.openChecksQuestion).toContainText('2 quotes are still marked “Needs check”. Sign off anyway?');
  await expect(review.openChecksQuestion.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(review.openChecksQuestion).toHaveCount(0);
  await expect(review.state).toHaveAttribute('data-state', 'none');
  expect(stored(host.db, id).review).toMatchObject({ state: 'none' });

  await review.removeButton('Prices rose').click();
  await review.signOff();
  await expect(review.openChecksQuestion).toContainText('One quote is still marked “Needs check”. Sign off anyway?');
  await review.openChecksQuestion.getByRole('button', { name: 'Sign off anyway' }).click();
  await expect(review.state).toHaveAttribute('data-state', 'signed-off');
  expect(stored(host.db, id).review).toMatchObject({ state: 'signed-off', by: 'Lee Park' });
});

test('a long quote is shown cut between words, the speaker’s name whole', async ({ page, library, host }) => {
  const quote = '“We will hold the line at every port on the Black Sea coast until the grain corridor is reopened and the merchant ships sail out again,”';
  const id = await createStory(library.page, [`${quote} said Lina Marchenko-Hughes.`]);
  await page.goto(`${host.url}#/story/${id}`);
  const review = new ReviewPane(page);
  await review.open();
  const shown = (await review.findings.first().locator('.finding-quote').textContent()) ?? '';
  expect(shown).toBe('“We will hold the line at every port on the … and the merchant ships sail out again,”');
  for (const word of shown.split(/\s+/).filter((w) => w !== '…')) expect(quote.split(' ')).toContain(word);
  await expect(review.findings.first().locator('.finding-speaker')).toHaveText('Lina Marchenko-Hughes');
});
