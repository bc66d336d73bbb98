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

test('a story reopens where the user left off: the same text at the top of the view, and the cursor', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Start.');
  // Paragraphs of one line each: far shorter than the height a block off screen is given before
  // it is drawn, so restoring a scroll offset would show another part of the story.
  const html = Array.from({ length: 150 }, (_, i) => `<p>Paragraph ${i + 1} of a long story about the harbour.</p>`).join('');
  await editor.paste({ 'text/html': html, 'text/plain': 'x' });
  const target = editor.body.locator('p').nth(120);
  await target.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -100);
  await target.click();
  await storyPage.waitForSaved();
  // The place is written once the caret settles: clear it, move the caret, and wait for it.
  await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('galley.place.')).forEach((key) => localStorage.removeItem(key)));
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  await expect.poll(() => page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('galley.place.'))?.[1] ?? '')).toMatch(/"topBlock":[1-9]/);
  /** The first paragraph whose top is below the body's sticky toolbar: what the user sees first. */
  const firstShown = () =>
    page.evaluate(() => {
      const toolbarBottom = document.querySelector('.editor-toolbar')?.getBoundingClientRect().bottom;
      if (toolbarBottom === undefined) return '';
      return [...document.querySelectorAll('[aria-label="Story body"] p')].find((p) => p.getBoundingClientRect().top >= toolbarBottom)?.textContent ?? '';
    });
  const shown = await firstShown();
  expect(Number(/^Paragraph (\d+) of/.exec(shown)?.[1])).toBeGreaterThan(100);

  await page.reload();
  await expect.poll(firstShown).toBe(shown);
  await page.keyboard.type(' MARK');
  await expect(target).toHaveText(/harbour\. MARK$/);
});

test('a stored place that is unreadable or from an older Galley opens the story at its start, still editable', async ({ page, library, host }) => {
  const id = await library.page.evaluate(async () => {
    const content = Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i + 1}.` }] }));
    const result = await window.galley.createStory({ fields: { headline: 'Place', body: { type: 'doc' as const, content } } });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  });
  const editor = new EditorPage(page);
  // An older Galley kept a scroll offset; a damaged entry is not JSON at all.
  for (const [stored, word] of [['{"anchor":400,"head":400,"scrollTop":2000}', 'Older'], ['{not json', 'Damaged']]) {
    await library.page.evaluate(([key, value]) => localStorage.setItem(key, value), [`galley.place.${id}`, stored]);
    await page.goto(`${host.url}#/story/${id}`);
    await expect(editor.body.locator('p').first()).toBeInViewport();
    await editor.body.locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${word}.`);
    await expect(editor.body.locator('p').first()).toHaveText(new RegExp(`^Paragraph 1\\..* ${word}\\.$`));
  }
});

test('Whole words and Match case: Replace all on “the” leaves “them” and “another”', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('The vote: them, another, the end.');
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find in story' });
  const count = bar.getByLabel('Matches');
  await bar.getByRole('searchbox', { name: 'Find' }).fill('the');
  await expect(count).toHaveText('1 of 4');
  await bar.getByRole('checkbox', { name: 'Whole words' }).check();
  await expect(count).toHaveText('1 of 2');
  await bar.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count).toHaveText('1 of 1');
  await bar.getByRole('checkbox', { name: 'Match case' }).uncheck();
  await bar.getByLabel('Replace with').fill('a');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(editor.body).toHaveText('a vote: them, another, a end.');
  await storyPage.waitForSaved();
});

test('in a long story, find counts every match as the story is edited and highlights those scrolled to', async ({ page, library, host }) => {
  const id = await library.page.evaluate(async () => {
    const texts = ['The grain deal held.', ...Array<string>(400).fill('The ship left the port today and the crew went home.'), 'The grain, the last grain.'];
    const body = { type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    const result = await window.galley.createStory({ fields: { headline: 'Find in a long story', body } });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  });
  await page.goto(`${host.url}#/story/${id}`);
  const editor = new EditorPage(page);
  await editor.body.locator('p').first().click();
  await page.keyboard.press('ControlOrMeta+f');
  const find = page.getByRole('searchbox', { name: 'Find' });
  const count = page.getByRole('search', { name: 'Find in story' }).getByLabel('Matches');
  await find.fill('grain');
  await expect(count).toHaveText(/ of 3$/);

  // Typing in the body: a new match is counted, one cut in two is not.
  await editor.body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More grain, and grai');
  await expect(count).toHaveText(/ of 4$/);
  await page.keyboard.press('Backspace');
  await page.keyboard.type('in.');
  await expect(count).toHaveText(/ of 5$/);

  // The next match (at the end) is highlighted as the current one wherever it is; its neighbour once scrolled to.
  await editor.body.locator('p').last().scrollIntoViewIfNeeded();
  await expect(editor.body.locator('p').last().locator('.find-match')).toHaveText(['grain', 'grain']);
});
