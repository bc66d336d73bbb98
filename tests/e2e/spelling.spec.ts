// Offline spelling in the body and the text fields: underline, suggestions, house dictionary,
// ignore in this story, en-US / en-GB. Issue 3, "Spelling, offline".
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
  await storyPage.field('language').fill('en-GB');
  await expect(editor.misspelt).toHaveText(['wrold']);
});
