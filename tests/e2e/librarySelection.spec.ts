// The library's selection (issue 23, item 13): rows picked with the mouse and the keyboard, shown
// highlighted and announced as selected, then moved to the Trash, given a status or exported
// together; the search and the status filter still set after a story was opened.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { LibraryPage } from './models/LibraryPage';

/** Creates stories through window.galley (the API the page uses), oldest first; the list shows them newest first. */
async function createStories(page: Page, slugs: string[]): Promise<string[]> {
  return page.evaluate(async (all) => {
    const ids: string[] = [];
    for (const slug of all) {
      const created = await window.galley.createStory({ fields: { slug, headline: `Harbour story ${slug}` } });
      if (!created.ok) throw new Error(created.error.message);
      ids.push(created.value.id);
    }
    return ids;
  }, slugs);
}

async function setStatus(page: Page, id: string, status: 'edited' | 'ready'): Promise<void> {
  await page.evaluate(
    async (input) => {
      const result = await window.galley.setStatus(input);
      if (!result.ok) throw new Error(result.error.message);
    },
    { id, status },
  );
}

/** The slugs of the rows announced as selected, in list order. */
async function selectedSlugs(library: LibraryPage): Promise<string[]> {
  return library.page.locator('tr.story-row[aria-selected="true"] td.slug').allTextContents();
}

test('rows are selected by click, Ctrl/Cmd+click, Shift+click, Ctrl/Cmd+A and the keyboard, highlighted, and Escape clears them', async ({ page, library }) => {
  await createStories(page, ['E', 'D', 'C', 'B', 'A']);
  await page.reload();
  await expect(library.rows.locator('td.slug')).toHaveText(['A', 'B', 'C', 'D', 'E']);
  const bar = page.getByRole('toolbar', { name: 'Selected stories' });
  const cell = (slug: string) => library.rows.filter({ has: page.locator('td.slug', { hasText: new RegExp(`^${slug}$`) }) }).locator('td.slug');

  await cell('B').click();
  expect(await selectedSlugs(library)).toEqual(['B']);
  await expect(bar.getByText('1 selected')).toBeVisible();
  // Seen, not only announced: a selected row's cells are painted apart from the others'.
  const background = (slug: string) => cell(slug).evaluate((td) => getComputedStyle(td).backgroundColor);
  expect(await background('B')).not.toBe(await background('A'));

  await cell('D').click({ modifiers: ['ControlOrMeta'] });
  expect(await selectedSlugs(library)).toEqual(['B', 'D']);
  await cell('B').click({ modifiers: ['ControlOrMeta'] });
  expect(await selectedSlugs(library)).toEqual(['D']);
  // Shift+click takes the range from the row clicked last (B, just taken out) to this one.
  await cell('E').click({ modifiers: ['Shift'] });
  expect(await selectedSlugs(library)).toEqual(['B', 'C', 'D', 'E']);
  // A click on a headline with Ctrl/Cmd selects; it does not open the story.
  await library.row('Harbour story A').getByRole('button').click({ modifiers: ['ControlOrMeta'] });
  expect(await selectedSlugs(library)).toEqual(['A', 'B', 'C', 'D', 'E']);
  await expect(page.getByRole('main', { name: 'Library' })).toBeVisible();
  // Selected rows read well in light and dark, and the grid's selected state is valid ARIA.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include('table.story-table').include('.selection-bar').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  await page.keyboard.press('Escape');
  expect(await selectedSlugs(library)).toEqual([]);
  await expect(bar.getByRole('button', { name: 'Move to Trash' })).toBeDisabled();

  // Ctrl/Cmd+A in the search box selects its text; elsewhere it selects every row shown.
  await library.search.fill('harbour');
  await library.search.press('ControlOrMeta+a');
  expect(await selectedSlugs(library)).toEqual([]);
  await library.search.fill('');
  await library.rows.first().getByRole('checkbox').focus();
  await page.keyboard.press('ControlOrMeta+a');
  expect(await selectedSlugs(library)).toEqual(['A', 'B', 'C', 'D', 'E']);
  await page.keyboard.press('Escape');

  // From the keyboard alone: Space checks a row, Shift+arrows take the range from it.
  await library.rows.nth(1).getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await selectedSlugs(library)).toEqual(['B', 'C', 'D']);
  await expect(library.rows.nth(3).getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  expect(await selectedSlugs(library)).toEqual(['B']);
});

test('Delete moves the selection to the Trash, says how many, and Undo or the Trash brings them back', async ({ page, library }) => {
  await createStories(page, ['E', 'D', 'C', 'B', 'A']);
  await page.reload();
  await expect(library.rows).toHaveCount(5);

  await library.rows.nth(1).locator('td.slug').click();
  await library.rows.nth(3).locator('td.slug').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect(page.getByRole('status').filter({ hasText: 'moved to Trash' })).toContainText('3 moved to Trash.');
  await expect(library.rows.locator('td.slug')).toHaveText(['A', 'E']);
  await expect(page.locator('p.count')).toHaveText('2 stories');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toContainText('3 restored from Trash.');
  await expect(library.rows).toHaveCount(5);

  await page.keyboard.press('ControlOrMeta+a');
  await page.getByRole('toolbar', { name: 'Selected stories' }).getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'moved to Trash' })).toContainText('5 moved to Trash.');
  await expect(page.getByText('No stories yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  const trash = page.getByRole('main', { name: 'Trash' });
  await expect(trash.locator('tr.story-row')).toHaveCount(5);
  await trash.getByRole('button', { name: 'Restore Harbour story C' }).click();
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(library.rows.locator('td.slug')).toHaveText(['C']);
});

test('a long batch shows how far it has gone, and Cancel stops it before the next story', async ({ page, library }) => {
  await createStories(page, ['F', 'E', 'D', 'C', 'B', 'A']);
  await page.reload();
  await expect(library.rows).toHaveCount(6);
  // The page trashes one story a call. Holding the third call between the page and the host
  // makes sure the batch is mid-way when Cancel is clicked, on any machine.
  let calls = 0;
  let thirdInFlight!: () => void;
  const inFlight = new Promise<void>((resolve) => (thirdInFlight = resolve));
  let releaseThird!: () => void;
  const released = new Promise<void>((resolve) => (releaseThird = resolve));
  await page.route('**/api/deleteStory', async (route) => {
    if (++calls === 3) {
      thirdInFlight();
      await released;
    }
    await route.continue();
  });

  await library.rows.first().getByRole('checkbox').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await inFlight;
  const bar = page.getByRole('toolbar', { name: 'Selected stories' });
  const progress = bar.getByRole('status', { name: 'Batch progress' });
  await expect(progress).toContainText('Moving to Trash: 2 of 6');
  await expect(progress.getByRole('progressbar', { name: 'Moving to Trash' })).toHaveAttribute('value', '2');
  // One batch at a time: the actions wait for this one.
  await expect(bar.getByRole('button', { name: 'Set status' })).toBeDisabled();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  releaseThird();

  // The story already on its way goes whole; the three after it are not tried.
  await expect(page.getByRole('status').filter({ hasText: 'moved to Trash' })).toContainText('3 moved to Trash; 3 not tried (cancelled).');
  await expect(progress).toHaveCount(0);
  expect(calls).toBe(3);
  await expect(library.rows.locator('td.slug')).toHaveText(['D', 'E', 'F']);
  await expect(bar.getByText('3 selected')).toBeVisible();
});

test('the search and the status filter are still set after a story is opened and closed', async ({ page, library }) => {
  const [, ready] = await createStories(page, ['QUAY', 'PIER', 'DOCK']);
  await setStatus(page, ready, 'ready');
  await page.reload();
  await library.search.fill('harbour');
  await library.statusFilter.selectOption('ready');
  await expect(library.rows.locator('td.slug')).toHaveText(['PIER']);

  await library.open('Harbour story PIER');
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(library.search).toHaveValue('harbour');
  await expect(library.statusFilter).toHaveValue('ready');
  await expect(library.rows.locator('td.slug')).toHaveText(['PIER']);

  // And with the keyboard's way back (Ctrl/Cmd+L goes through the menu's command).
  await library.open('Harbour story PIER');
  await page.evaluate(() => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu('show-library'));
  await expect(library.search).toHaveValue('harbour');
  await expect(library.statusFilter).toHaveValue('ready');
});

test('Set status changes the stories the rules allow and names the one refused, with its reason', async ({ page, library, host }) => {
  // One story goes out and is killed first, through window.galley as the desk's own buttons do.
  const today = new Date().toISOString().slice(0, 10);
  await page.evaluate(
    async ({ folder, date }) => {
      const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      unwrap(await window.galley.saveDestination({ destination: { name: 'Wire', folder, formats: ['nitf'] } }));
      const story = unwrap(
        await window.galley.createStory({
          fields: {
            slug: 'OLD-FIRE',
            headline: 'Harbour story OLD-FIRE',
            byline: 'By Ana Ruiz',
            dateline: { place: 'Kyiv', date, source: 'AFP' },
            body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A fire broke out at the port.' }] }] },
            credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
          },
        }),
      );
      unwrap(await window.galley.setStatus({ id: story.id, status: 'ready' }));
      const sent = unwrap(await window.galley.sendStories({ ids: [story.id], destination: 'Wire' }));
      if (!sent.outcomes[0].sent) throw new Error(`not sent: ${sent.outcomes[0].reasons.join(' ')}`);
      unwrap(await window.galley.killStory({ id: story.id, reason: 'The fire was at another port.' }));
    },
    { folder: `${host.dir}/wire`, date: today },
  );
  const [, edited] = await createStories(page, ['QUAY', 'PIER', 'DOCK']);
  await setStatus(page, edited, 'edited');
  await page.reload();
  const status = (slug: string) => library.rows.filter({ has: page.locator('td.slug', { hasText: new RegExp(`^${slug}$`) }) }).locator('.status');
  await expect(status('OLD-FIRE')).toHaveText('killed');

  await page.keyboard.press('ControlOrMeta+a');
  const bar = page.getByRole('toolbar', { name: 'Selected stories' });
  await expect(bar.getByText('4 selected')).toBeVisible();
  // Only what a person may set is offered: the wire sets sent, corrected and killed.
  await expect(bar.getByLabel('New status').locator('option')).toHaveText(['draft', 'edited', 'ready']);
  await bar.getByLabel('New status').selectOption('edited');
  await bar.getByRole('button', { name: 'Set status' }).click();

  const summary = page.getByRole('status').filter({ hasText: 'set to edited' });
  await expect(summary).toContainText('2 set to edited; 1 already edited; 1 refused: OLD-FIRE.');
  await expect(summary.getByRole('list', { name: 'Refused' }).getByRole('listitem')).toHaveText([
    'OLD-FIRE: This story was killed, and a kill is final: it cannot be sent or reopened. Start a new story instead.',
  ]);
  for (const slug of ['QUAY', 'PIER', 'DOCK']) await expect(status(slug)).toHaveText('edited');
  await expect(status('OLD-FIRE')).toHaveText('killed');
  // The selection stays for the next action.
  await expect(bar.getByText('4 selected')).toBeVisible();
});

test.describe('Export', () => {
  // The folder the test host's folder chooser picks, as a person would pick it in the system's dialog.
  const exportFolder = mkdtempSync(join(tmpdir(), 'galley-export-'));
  test.use({ hostArgs: ['--empty', '--choose-folder', exportFolder] });
  test.afterAll(() => rmSync(exportFolder, { recursive: true, force: true }));

  test('writes each selected story into the chosen folder in the chosen format, numbering a name already taken and writing over nothing', async ({ page, library }) => {
    writeFileSync(join(exportFolder, 'PIER.nitf.xml'), 'a file that was there before');
    const [, , dock] = await createStories(page, ['QUAY', 'PIER', 'DOCK']);
    // An accent ANPA-1312 cannot carry.
    await page.evaluate(async (id) => {
      const saved = await window.galley.saveStory({ id, baseVersion: 1, changes: { headline: 'Harbour story DOCK: the café reopens' } });
      if (!saved.ok) throw new Error(saved.error.message);
    }, dock);
    await page.reload();
    await expect(library.rows.locator('td.slug')).toHaveText(['DOCK', 'PIER', 'QUAY']);
    await library.rows.first().locator('td.slug').click();
    await library.rows.nth(1).locator('td.slug').click({ modifiers: ['Shift'] });
    await page.getByRole('toolbar', { name: 'Selected stories' }).getByRole('button', { name: 'Export…' }).click();

    const dialog = page.getByRole('dialog', { name: 'Export stories' });
    await dialog.getByLabel('Format').selectOption('nitf');
    await dialog.getByRole('button', { name: 'Browse…' }).click();
    await expect(dialog.getByLabel('Folder (absolute path)')).toHaveValue(exportFolder);
    await dialog.getByRole('button', { name: 'Export 2 stories' }).click();

    await expect(dialog.getByRole('status').filter({ hasText: 'exported' })).toHaveText(`2 exported to ${exportFolder}.`);
    await expect(dialog.getByRole('list', { name: 'Files written' }).getByRole('listitem')).toHaveText(['DOCK: DOCK.nitf.xml', 'PIER: PIER-2.nitf.xml']);
    expect(readdirSync(exportFolder).sort()).toEqual(['DOCK.nitf.xml', 'PIER-2.nitf.xml', 'PIER.nitf.xml']);
    expect(readFileSync(join(exportFolder, 'PIER.nitf.xml'), 'utf8')).toBe('a file that was there before');
    expect(readFileSync(join(exportFolder, 'PIER-2.nitf.xml'), 'utf8')).toContain('Harbour story PIER');
    expect(readFileSync(join(exportFolder, 'DOCK.nitf.xml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<nitf[\s\S]*Harbour story DOCK/);

    // In a format that loses something, each file says what, as the one-story Export does.
    await dialog.getByLabel('Format').selectOption('anpa');
    await dialog.getByRole('button', { name: 'Export 2 stories' }).click();
    await expect(dialog.getByRole('list', { name: 'Files written' }).getByRole('listitem')).toHaveText(['DOCK: DOCK.anpa (loses: ASCII: é → e, 1 place)', 'PIER: PIER.anpa']);

    // A folder typed that is not there: nothing is written, and each story says why.
    await dialog.getByLabel('Folder (absolute path)').fill(join(exportFolder, 'nowhere'));
    await dialog.getByRole('button', { name: 'Export 2 stories' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'exported' })).toHaveText(`0 exported to ${join(exportFolder, 'nowhere')}; 2 refused: DOCK, PIER.`);
    await expect(dialog.getByRole('list', { name: 'Not exported' }).getByRole('listitem').first()).toHaveText(`DOCK: There is no folder ${join(exportFolder, 'nowhere')}. Choose a folder that exists.`);
    expect(readdirSync(exportFolder).sort()).toEqual(['DOCK.anpa', 'DOCK.nitf.xml', 'PIER-2.nitf.xml', 'PIER.anpa', 'PIER.nitf.xml']);
  });
});
