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

test('the caret never hides under the toolbar: moving up with the arrow keys, or going to a match above the view', async ({ page, library, host }) => {
  const id = await library.page.evaluate(async () => {
    const content = Array.from({ length: 80 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1} of the harbour story.` }] }));
    const result = await window.galley.createStory({ fields: { headline: 'A long story', body: { type: 'doc' as const, content } } });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  });
  await page.goto(`${host.url}#/story/${id}`);
  const editor = new EditorPage(page);
  await editor.body.locator('p').nth(60).scrollIntoViewIfNeeded();
  /** The caret's top edge against the toolbar's bottom edge, on screen. */
  const caretBelowToolbar = () =>
    page.evaluate(() => {
      const caret = getSelection()!.getRangeAt(0).getClientRects()[0];
      const toolbar = document.querySelector('[role="toolbar"][aria-label="Formatting"]')!.getBoundingClientRect();
      return caret.top - toolbar.bottom;
    });
  // From the middle of the view, up one paragraph (one line) at a time, well past the top of the view.
  await editor.body.locator('p').nth(60).click();
  for (let i = 1; i <= 25; i++) {
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => getSelection()!.anchorNode?.parentElement?.closest('p')?.textContent ?? '')).toBe(`Paragraph ${61 - i} of the harbour story.`);
    await expect.poll(caretBelowToolbar).toBeGreaterThanOrEqual(0);
  }
  // Undo brings back a change scrolled out of view above: the caret lands below the toolbar.
  await page.keyboard.type('Edited: ');
  await editor.body.hover();
  await page.mouse.wheel(0, 1200);
  await expect.poll(caretBelowToolbar).toBeLessThan(-100);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.body).not.toContainText('Edited: ');
  await expect.poll(caretBelowToolbar).toBeGreaterThanOrEqual(0);
  // Find going to a match above the view, with the find bar focused, shows it below the toolbar.
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('searchbox', { name: 'Find' });
  await find.fill('Paragraph 3 of');
  await find.press('Enter');
  const current = editor.body.locator('.find-current');
  await expect(current).toHaveText('Paragraph 3 of');
  const matchBelowToolbar = async () => (await current.boundingBox())!.y - (await page.getByRole('toolbar', { name: 'Formatting' }).boundingBox())!.y - (await page.getByRole('toolbar', { name: 'Formatting' }).boundingBox())!.height;
  await expect.poll(matchBelowToolbar).toBeGreaterThanOrEqual(0);
});
