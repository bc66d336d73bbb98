// Desktop habits, accessibility and bad input for the story editor. Issue 3.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

async function seriousViolations(page: import('@playwright/test').Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('accessibility', () => {
  test.use({ hostArgs: [] });
  test('axe finds no serious or critical violation on the library, the editor and the history', async ({ page, library }) => {
    // Three whole-page axe analyses (colour contrast walks every text node of a scrolled column).
    test.setTimeout(90_000);
    await expect(library.rows.first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await library.open('The last lighthouse keepers of the Outer Hebrides');
    await expect(new EditorPage(page).figures.first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('complementary', { name: 'History' }).locator('.revision').first().click();
    await expect(page.getByRole('region', { name: /Changes since version/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('focus mode hides the side panels and keeps what was typed in them', async ({ page, library, storyPage }) => {
  await library.newStory();
  await storyPage.headline.fill('Focus');
  await page.getByRole('button', { name: 'Add related link' }).click();
  await page.getByLabel('Related link 1 URL').fill('ftp://not-a-web-address');
  await storyPage.body.click();
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(storyPage.headline).toBeHidden();
  await expect(storyPage.body).toBeVisible();
  await page.keyboard.type('Typing in focus.');
  await page.keyboard.press('ControlOrMeta+Shift+F');
  await expect(storyPage.headline).toHaveValue('Focus');
  await expect(page.getByLabel('Related link 1 URL')).toHaveValue('ftp://not-a-web-address');
  await expect(storyPage.body).toContainText('Typing in focus.');
});

test('a 10 MB paste goes in whole, is saved, and the editor keeps working', async ({ page, library, storyPage }) => {
  test.setTimeout(120_000);
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Before.');
  const paragraph = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt. ';
  const html = `<p>${paragraph.repeat(100)}</p>`.repeat(Math.ceil((10 * 1024 * 1024) / (paragraph.length * 100 + 7)));
  expect(html.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
  await editor.paste({ 'text/html': html, 'text/plain': 'x' });
  // The first pasted paragraph joins the one the cursor was in.
  await expect(editor.body.locator('p')).toHaveCount(Math.ceil((10 * 1024 * 1024) / (paragraph.length * 100 + 7)), { timeout: 60_000 });
  // One insertion, not seven keystrokes: Chromium lays out a 10 MB contenteditable again on each
  // one (~1 s here), which says nothing more about Galley than a single edit does.
  await page.keyboard.insertText(' After.');
  await expect(storyPage.saveState).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  await expect(editor.body.locator('p').last()).toContainText('After.');
});
