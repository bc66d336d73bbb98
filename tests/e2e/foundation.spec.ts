import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { METHOD_NAMES } from '../../src/api/contract';
import { expect, REPO, startHost, test } from './fixtures';

test('a new story is typed, autosaved, and there after a reload', async ({ page, library, storyPage }) => {
  await library.newStory();
  await storyPage.headline.fill('Dockworkers strike at Antwerp');
  await storyPage.slug.fill('ANTWERP-STRIKE');
  await storyPage.typeBody('Cranes stood idle on Monday as dockworkers walked out.');
  await storyPage.waitForSaved();
  await page.reload();
  await expect(storyPage.headline).toHaveValue('Dockworkers strike at Antwerp');
  await expect(storyPage.body).toContainText('Cranes stood idle on Monday');
  await expect(page).toHaveTitle(/ANTWERP-STRIKE — Galley/);
});

test('search finds a story by a word of its body and highlights it', async ({ library, storyPage }) => {
  await library.newStory();
  await storyPage.headline.fill('Harbour report');
  await storyPage.typeBody('Seven container ships waited off the breakwater overnight.');
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();
  await library.search.fill('breakwater');
  await expect(library.rows).toHaveCount(1);
  await expect(library.row('Harbour report').locator('mark')).toHaveText('breakwater');
  await library.search.fill('nonexistentword');
  await expect(library.page.getByText('No story matches that search.')).toBeVisible();
});

test('a stale save from a second window shows a conflict instead of overwriting', async ({ page, context, library, storyPage, host }) => {
  await library.newStory();
  await storyPage.headline.fill('Original headline');
  await storyPage.waitForSaved();
  const storyUrl = page.url();

  const other = await context.newPage();
  await other.goto(storyUrl);
  const otherStory = new (storyPage.constructor as typeof import('./models/StoryPage').StoryPage)(other);
  await otherStory.headline.fill('Headline from the other window');
  await otherStory.waitForSaved();

  await storyPage.headline.fill('My headline');
  await expect(page.getByRole('status').filter({ hasText: 'changed elsewhere' }).first()).toBeVisible();
  await expect(page.getByText(/This story was changed elsewhere \(version \d+, “Headline from the other window”\)/)).toBeVisible();

  // The other window's save stands until the user decides.
  const stored = JSON.parse(execFileSync(process.execPath, [join(REPO, 'out/cli/galley.cjs'), '--db', host.db, 'show', page.url().split('/').pop()!, '--json']).toString());
  expect(stored.headline).toBe('Headline from the other window');

  await page.getByRole('button', { name: 'Keep mine' }).click();
  await storyPage.waitForSaved();
  await other.reload();
  await expect(otherStory.headline).toHaveValue('My headline');
});

test('the page has no Node globals and window.galley has exactly the contract methods', async ({ page, library }) => {
  await expect(library.search).toBeVisible();
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    methods: Object.keys(window.galley).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.methods).toEqual([...METHOD_NAMES, 'onMenuCommand'].sort());
});

test('a malformed API payload gets invalid-input and the app keeps working', async ({ page, library }) => {
  await expect(library.search).toBeVisible();
  const replies = await page.evaluate(async () => {
    const api = window.galley as unknown as Record<string, (input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>>;
    return Promise.all([
      api.getStory({ id: 42 }),
      api.saveStory({ id: 'x', baseVersion: 'one', changes: {} }),
      api.createStory({ fields: { headline: 'x'.repeat(2_000_000) } }),
      api.listStories({ extra: true }),
      api.createStory({ fields: { related: [{ title: 'Bad', url: 'javascript:alert(1)' }] } }),
      api.getStory({ id: 'NO-SUCH-STORY' }),
    ]);
  });
  expect(replies.map((r) => r.error?.code)).toEqual(['invalid-input', 'invalid-input', 'invalid-input', 'invalid-input', 'invalid-input', 'not-found']);
  expect(replies[4].error?.message).toMatch(/related\.0\.url: must be an http:\/\/ or https:\/\/ address/);
  await library.newStory();
  await expect(page.getByRole('main', { name: 'Story' })).toBeVisible();
});

test.describe('first run', () => {
  test.use({ hostArgs: [] });
  test('a new library shows the three sample stories', async ({ library }) => {
    await expect(library.rows).toHaveCount(3);
    await expect(library.row('Fire at Rotterdam grain terminal')).toContainText('PORT-FIRE-BRIEF');
  });
});

test('a library from a newer Galley is refused with a clear message', async ({ host }) => {
  const Database = (await import('better-sqlite3')).default;
  const file = join(host.dir, 'future.galley');
  const db = new Database(file);
  db.pragma('user_version = 9990');
  db.close();
  await expect(startHost(file)).rejects.toThrow(/newer version of Galley/);
});
