// Paste from Word, Google Docs and a web page keeps structure and drops the rest. Issue 3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';
import { EditorPage } from './models/EditorPage';

const fixture = (name: string) => readFileSync(join(REPO, 'tests/fixtures/paste', name), 'utf8');

/** The body's HTML as ProseMirror holds it, for asserting what did not survive. */
const bodyHtml = (editor: EditorPage) => editor.body.evaluate((element) => element.innerHTML);

test('a paste from Word keeps headings, emphasis, both kinds of list and links; drops mso- markup', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.paste({ 'text/html': fixture('word.html'), 'text/plain': 'Council approves flood wall' });
  await expect(editor.body.locator('h2')).toHaveText('Council approves flood wall');
  await expect(editor.body.locator('strong')).toHaveText('seven to two');
  await expect(editor.body.locator('em')).toHaveText('Tuesday');
  await expect(editor.body.locator('ul > li')).toHaveText(['Cost: £4m', 'Work starts in March']);
  await expect(editor.body.locator('ol > li')).toHaveText(['Consultation', 'Construction']);
  await expect(editor.body.locator('a')).toHaveCount(1);
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://council.example.gov.uk/flood');
  await expect(editor.body).toContainText('my notes');
  const html = await bodyHtml(editor);
  expect(html).not.toMatch(/mso-|MsoNormal|o:p|style=|·|file:/);
  // Word's empty spacer paragraph is gone: heading, paragraph, list, list, paragraph.
  expect(await editor.body.evaluate((element) => Array.from(element.children, (c) => c.tagName))).toEqual(['H2', 'P', 'UL', 'OL', 'P']);
  await storyPage.waitForSaved();
});

test('a paste from Google Docs unwraps its guid wrapper and keeps bold and italic from styles', async ({ page, library }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.paste({ 'text/html': fixture('google-docs.html'), 'text/plain': 'Storm closes ports' });
  await expect(editor.body.locator('h2')).toHaveText('Storm closes ports');
  await expect(editor.body.locator('strong')).toHaveText('cancelled');
  await expect(editor.body.locator('em')).toHaveText(' until Friday');
  await expect(editor.body.locator('a')).toHaveText('port authority');
  await expect(editor.body.locator('ul > li')).toHaveText('Dover shut at noon');
  // The wrapper's font-weight:normal must not turn the whole paste bold or plain-bold.
  await expect(editor.body.locator('strong')).toHaveCount(1);
  expect(await bodyHtml(editor)).not.toMatch(/docs-internal-guid|style=|dir=/);
});

test('a paste from a web page drops scripts, handlers, javascript:/data: links and tracking images', async ({ page, library, storyPage }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.paste({ 'text/html': fixture('web-page.html'), 'text/plain': 'Markets rally' });
  await expect(editor.body.locator('h3')).toHaveText('Markets rally');
  await expect(editor.body.locator('strong')).toHaveText('3 per cent');
  await expect(editor.body.locator('blockquote')).toContainText('a turning point');
  await expect(editor.body.locator('a')).toHaveCount(1);
  await expect(editor.body.locator('a')).toHaveAttribute('href', 'https://news.example.com/markets');
  await expect(editor.body).toContainText('the announcement');
  await expect(editor.body).toContainText('A trader on the floor.');
  const html = await bodyHtml(editor);
  expect(html).not.toMatch(/<img|<script|<iframe|onclick|onmouseover|javascript:|data:|injected|tracker|data-track/);
  expect(await page.evaluate(() => (window as unknown as { stolen?: string }).stolen)).toBeUndefined();
  await storyPage.waitForSaved();
});

test('a caption pasted with scripts keeps only its text', async ({ page, library }) => {
  await library.newStory();
  const editor = new EditorPage(page);
  await editor.photoInput.setInputFiles(join(REPO, 'assets/samples/images/sample-lighthouse.png'));
  const caption = editor.figures.first().getByLabel('Caption');
  await caption.click();
  await editor.paste({ 'text/html': '<p>Keepers at dusk<script>window.pwned=1</script><img src=x onerror="window.pwned=2"></p>', 'text/plain': 'Keepers at dusk' });
  await expect(caption).toHaveText('Keepers at dusk');
  await expect(editor.figures).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
