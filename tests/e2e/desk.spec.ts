import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoryChanges } from '../../src/story/story';
import { expect, test } from './fixtures';
import { DeskPage } from './models/DeskPage';

const today = new Date().toISOString().slice(0, 10);

function photoBody(credit: string) {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Ships loaded with wheat left the port of Odesa on Friday.' }] },
      { type: 'figure', attrs: { src: 'a'.repeat(64), alt: 'A cargo ship at a quay with cranes', credit }, content: [{ type: 'text', text: 'The Razoni leaves Odesa.' }] },
    ],
  };
}

function fields(slug: string, body = photoBody('AFP/Ana Ruiz')): StoryChanges {
  return {
    slug,
    headline: `Grain corridor extended (${slug})`,
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: today, source: 'AFP' },
    body: body as StoryChanges['body'],
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
  };
}

/** Creates a story through window.galley (the same API the page uses) and marks it ready. */
async function readyStory(page: Page, changes: StoryChanges): Promise<string> {
  return page.evaluate(async (input) => {
    const created = await window.galley.createStory({ fields: input });
    if (!created.ok) throw new Error(created.error.message);
    const ready = await window.galley.setStatus({ id: created.value.id, status: 'ready' });
    if (!ready.ok) throw new Error(ready.error.message);
    return created.value.id;
  }, changes);
}

test('the desk sends a batch to the outbox: two ready stories go with sequence numbers, the third is listed with its reason, then goes once fixed', async ({
  page,
  library,
  host,
}) => {
  const desk = new DeskPage(page);
  const outbox = join(host.dir, 'outbox');
  const a = await readyStory(page, fields('GRAIN-A'));
  const b = await readyStory(page, fields('GRAIN-B'));
  const c = await readyStory(page, fields('GRAIN-C', photoBody('')));
  await page.reload();
  await expect(library.rows).toHaveCount(3);

  await desk.addDestination('Wire', outbox, ['NITF 3.6', 'ninjs 3.1']);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: 'Send selected (3)' }).click();
  await desk.send('Wire');

  await expect(desk.sendDialog.getByText('3 of 3 · 2 sent · 1 skipped')).toBeVisible();
  await expect(desk.outcome(c)).toContainText('not sent: Photo 1 has no photo credit.');
  // The library lists newest first, so C, B, A: the two that went take 1-2 and 3-4.
  await expect(desk.outcome(b)).toContainText('#1 GRAIN-B-1.nitf.xml, #2 GRAIN-B-2.ninjs.json');
  await expect(desk.outcome(a)).toContainText('#3 GRAIN-A-3.nitf.xml, #4 GRAIN-A-4.ninjs.json');
  const files = readdirSync(outbox).sort();
  expect(files.filter((f) => f.endsWith('.nitf.xml'))).toHaveLength(2);
  expect(files.filter((f) => f.endsWith('.ninjs.json'))).toHaveLength(2);
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  await expect(library.row('(GRAIN-A)').locator('.status')).toHaveText('sent');
  await expect(library.row('(GRAIN-C)').locator('.status')).toHaveText('ready');

  await page.getByRole('button', { name: 'Sent log' }).click();
  await expect(desk.sentLog.locator('tr.sent-row .seq')).toHaveText(['4', '3', '2', '1']);
  await desk.sentLog.getByRole('button', { name: 'Close sent log' }).click();

  // Fix the credit, then send the story from its own view: it takes the next numbers.
  await library.open('(GRAIN-C)');
  await expect(desk.readiness).toContainText('Photo 1 has no photo credit.');
  await page.evaluate(async ({ id, body }) => {
    const story = await window.galley.getStory({ id });
    if (!story.ok) throw new Error(story.error.message);
    await window.galley.saveStory({ id, baseVersion: story.value.version, changes: { body } as never });
  }, { id: c, body: photoBody('Reuters/Lee Park') });
  await page.reload();
  await expect(desk.readiness).toContainText('Ready to send');
  await page.getByRole('button', { name: 'Send…' }).click();
  await desk.send('Wire');
  await expect(desk.outcome(c)).toContainText('#5 GRAIN-C-5.nitf.xml, #6 GRAIN-C-6.ninjs.json');
  expect(readdirSync(outbox)).toHaveLength(6);
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('sent');
});

test('clicking a readiness problem takes the cursor to its field', async ({ page, library, storyPage }) => {
  const desk = new DeskPage(page);
  await library.newStory();
  await desk.readiness.getByRole('button', { name: /The story has no headline/ }).click();
  await expect(storyPage.headline).toBeFocused();
  await desk.readiness.getByRole('button', { name: /The dateline has no place/ }).click();
  await expect(storyPage.field('dateline-place')).toBeFocused();
  await storyPage.headline.fill('Dockworkers strike');
  await storyPage.waitForSaved();
  await expect(desk.readiness.getByRole('button', { name: /The story has no headline/ })).toHaveCount(0);
});

test('the preview shows each format exactly, with what it loses listed above', async ({ page, library }) => {
  const id = await readyStory(page, { ...fields('CAFE'), headline: 'Café owners protest in Zürich' });
  await page.reload();
  await library.open('Café owners');
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Preview' });
  await expect(preview.getByLabel('NITF 3.6 preview')).toContainText(`id-string="${id}"`);
  await expect(preview.locator('.tok-tag').first()).toBeVisible();
  await preview.getByRole('tab', { name: 'ANPA-1312' }).click();
  await expect(preview.getByLabel('ANPA-1312 preview')).toContainText('Cafe owners protest in Zurich');
  await expect(preview.getByRole('region', { name: 'What this format loses' })).toContainText(/é→e|transliterat/i);
  await expect(preview.locator('.tok-control').first()).toHaveText('⟨SYN⟩');
});
