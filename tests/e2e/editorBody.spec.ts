// The story body as an editor uses it: formatting by shortcut and toolbar, links, pull quotes,
// smart quotes, undo. Issue 3, "The body".
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

test('shortcuts format text and the toolbar shows what the selection has', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await expect(editor.button('Bold')).toHaveAttribute('title', /^Bold \((Ctrl|⌘)\+B\)$/);
  await editor.typeAtEnd('Plain then ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('strong words');
  await expect(editor.body.locator('strong')).toHaveText('strong words');
  await expect(editor.button('Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(editor.button('Bold')).toHaveAttribute('aria-pressed', 'false');

  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await editor.button('H2 heading').click();
  await page.keyboard.type('A section');
  await expect(editor.body.locator('h2')).toHaveText('A section');
  await expect(editor.button('H2 heading')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Shift+8');
  await page.keyboard.type('first point');
  await expect(editor.body.locator('ul > li')).toHaveText('first point');
  await expect(editor.button('Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+Shift+h');
  await expect(editor.body.locator('hr')).toHaveCount(1);

  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.body.locator('hr')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(editor.body.locator('hr')).toHaveCount(1);
  await storyPage.waitForSaved();
  await page.reload();
  await expect(editor.body.locator('h2')).toHaveText('A section');
  await expect(editor.body.locator('strong')).toHaveText('strong words');
});

test('Ctrl+K edits a link in a popover and refuses javascript: targets', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Read the report');
  await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  const address = page.getByRole('dialog', { name: 'Edit link' }).getByLabel('Link address');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'A link must be a web address' })).toBeVisible();
  await address.fill('example.org/report');
  await address.press('Enter');
  await expect(editor.body.locator('a')).toHaveText('report');
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://example.org/report');
  await expect(page.getByRole('dialog', { name: 'Edit link' })).toBeHidden();

  await editor.body.locator('a').click();
  await expect(editor.button('Link')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('button', { name: 'Remove link' }).click();
  await expect(editor.body.locator('a')).toHaveCount(0);
  await expect(editor.body).toContainText('Read the report');
  await storyPage.waitForSaved();
});

test('a pull quote keeps its words and attribution across a reload', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('We will rebuild the harbour');
  await editor.button('Pull quote').click();
  await expect(editor.button('Pull quote')).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Pull quote attribution').fill('Mayor Ana Ruiz');
  await storyPage.waitForSaved();
  await page.reload();
  await expect(editor.body.locator('figure.pull-quote blockquote')).toHaveText('We will rebuild the harbour');
  await expect(page.getByLabel('Pull quote attribution')).toHaveValue('Mayor Ana Ruiz');
});

test('smart quotes and dashes as you type, and a switch to turn them off', async ({ page, library }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd(`"It's over," she said -- and left...`);
  await expect(editor.body).toHaveText('\u201CIt\u2019s over,\u201D she said \u2014 and left\u2026');
  await page.getByLabel('Smart quotes').uncheck();
  await editor.typeAtEnd(`\n"plain" -- 'straight'`);
  await expect(editor.body.locator('p').last()).toHaveText(`"plain" -- 'straight'`);
  // The choice is the user's habit: it survives a reload.
  await page.reload();
  await expect(page.getByLabel('Smart quotes')).not.toBeChecked();
});
