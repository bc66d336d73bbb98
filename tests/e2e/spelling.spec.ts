// Offline spelling in the body and the text fields: underline, suggestions, house dictionary,
// ignore in this story, en-US / en-GB. Issue 3, "Spelling, offline".
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

test('a misspelt word is underlined and a suggestion replaces it; ignoring lasts for the story', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('The ship left the port wrold today.');
  await expect(editor.misspelt).toHaveText(['wrold']);
  const menu = await editor.openSpellingMenu('wrold');
  await menu.getByRole('menuitem', { name: 'world', exact: true }).click();
  await expect(editor.body).toContainText('left the port world today.');
  await expect(editor.misspelt).toHaveCount(0);

  await editor.typeAtEnd(' Zorblat spoke.');
  await expect(editor.misspelt).toHaveText(['Zorblat']);
  await (await editor.openSpellingMenu('Zorblat')).getByRole('menuitem', { name: 'Ignore in this story' }).click();
  await expect(editor.misspelt).toHaveCount(0);

  await storyPage.headline.fill('Ships leave the prot');
  await expect(page.getByRole('list', { name: 'Headline spelling' })).toHaveText('prot');
  await storyPage.waitForSaved();
  await page.reload();
  // Once a new misspelling is underlined the whole body has been checked: Zorblat stays ignored.
  await editor.typeAtEnd(' Recieve.');
  await expect(editor.misspelt).toHaveText(['Recieve']);
});

test('a word added to the house dictionary is accepted in every story of the library', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('Galleyfolk met today.');
  await expect(editor.misspelt).toHaveText(['Galleyfolk']);
  await (await editor.openSpellingMenu('Galleyfolk')).getByRole('menuitem', { name: 'Add to house dictionary' }).click();
  await expect(editor.misspelt).toHaveCount(0);
  await storyPage.waitForSaved();

  // A fresh page: the word comes from the library, not from this page's memory.
  await storyPage.backToLibrary();
  await page.reload();
  await library.newStory();
  await editor.typeAtEnd('Galleyfolk wrote a wrold.');
  await expect(editor.misspelt).toHaveText(['wrold']);
  await storyPage.headline.fill('Galleyfolk and the prot');
  await expect(page.getByRole('list', { name: 'Headline spelling' })).toHaveText('prot');
});

test('the dictionary follows the story language: en-GB accepts British spelling', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.typeAtEnd('The colour of the wrold.');
  await expect(editor.misspelt).toHaveText(['colour', 'wrold']);
  await storyPage.field('language').selectOption('en-GB');
  await expect(editor.misspelt).toHaveText(['wrold']);
});

/** Creates a story with one paragraph per string through the page's API and opens it. */
async function openStory(page: Page, url: string, paragraphs: string[]): Promise<void> {
  const id = await page.evaluate(async (texts) => {
    const body = { type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    const result = await window.galley.createStory({ fields: { headline: 'Spelling in a long story', body } });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.id;
  }, paragraphs);
  await page.goto(`${url}#/story/${id}`);
}

test('in a long story the underlines follow the screen: the last paragraph is checked when scrolled to', async ({ page, library, host }) => {
  const correct = 'The ship left the port today and the crew went home to rest.';
  await openStory(library.page, host.url, ['The port wrold opened.', ...Array<string>(400).fill(correct), 'Zorblat spoke last.']);
  const editor = new EditorPage(page);
  await expect(editor.misspelt.filter({ hasText: 'wrold' })).toBeVisible();

  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+End');
  await expect(editor.misspelt.filter({ hasText: 'Zorblat' })).toBeVisible();
  await (await editor.openSpellingMenu('Zorblat')).getByRole('menuitem', { name: 'Ignore in this story' }).click();
  await expect(editor.misspelt.filter({ hasText: 'Zorblat' })).toHaveCount(0);

  // Scrolled back up, as with the mouse wheel. (Not Ctrl+Home: within 200 ms of the editor
  // taking the focus back from the menu, ProseMirror takes a caret at the very start for
  // Chromium's own focus reset and puts the old one back, and a test can be that quick.)
  await editor.body.locator('p').first().scrollIntoViewIfNeeded();
  await expect(editor.misspelt.filter({ hasText: 'wrold' })).toBeVisible();
});

test('near the limit of 1,000 underlines, a paragraph being edited keeps its underlines and gains new ones', async ({ page, library, host }) => {
  // 3 + 249 x 4 = 999 misspellings: room for one more.
  const fourWrong = 'Zorblat met Quimbex near Flurbish and Wrangdoo today.';
  await openStory(library.page, host.url, ['Blorft and Snarkel and Yibbex met.', ...Array<string>(249).fill(fourWrong)]);
  const editor = new EditorPage(page);
  const second = editor.body.locator('p').nth(1);
  await expect(second.locator('.misspelt')).toHaveText(['Zorblat', 'Quimbex', 'Flurbish', 'Wrangdoo']);

  await second.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Qwzxv came. ');
  // Its own four underlines make room for themselves when the paragraph is checked again.
  await expect(second.locator('.misspelt')).toHaveText(['Zorblat', 'Quimbex', 'Flurbish', 'Wrangdoo', 'Qwzxv']);
});
