// The library list on a library deeper than one page: paging to the end, the count, the status
// filter and selection across pages, and the count of a broad search.
import { expect, test } from './fixtures';

const STORIES = 230;

test.beforeEach(async ({ page, library }) => {
  await expect(library.search).toBeVisible();
  // Through window.galley, the API the page itself uses; every tenth story is ready.
  await page.evaluate(async (count) => {
    for (let i = 1; i <= count; i++) {
      const n = String(i).padStart(3, '0');
      const created = await window.galley.createStory({ fields: { slug: `STORY-${n}`, headline: `Story ${n}` } });
      if (!created.ok) throw new Error(created.error.message);
      if (i % 10 === 0) await window.galley.setStatus({ id: created.value.id, status: 'ready' });
    }
  }, STORIES);
  await page.reload();
});

test('Show more pages down to the oldest story, with the count shown matching the rows', async ({ page, library }) => {
  const count = page.locator('p.count');
  const more = page.getByRole('button', { name: /Show more/ });
  await expect(count).toHaveText(`${STORIES} stories`);
  await expect(library.rows).toHaveCount(100);
  await expect(library.rows.first()).toContainText('Story 230');
  await expect(more).toHaveText('Show more (130 more)');
  await more.click();
  await expect(library.rows).toHaveCount(200);
  await expect(more).toHaveText('Show more (30 more)');
  await more.click();
  await expect(library.rows).toHaveCount(STORIES);
  await expect(more).toHaveCount(0);
  await expect(library.rows.last()).toContainText('Story 001');
  // Every story once, newest change first.
  const headlines = await library.rows.getByRole('button').allTextContents();
  expect(headlines).toEqual(Array.from({ length: STORIES }, (_, i) => `Story ${String(STORIES - i).padStart(3, '0')}`));
});

test('the status filter pages and counts only its stories; a checked row stays checked on the next page', async ({ page, library }) => {
  await library.rows.first().getByRole('checkbox').check();
  await page.getByRole('button', { name: /Show more/ }).click();
  await expect(library.rows).toHaveCount(200);
  await expect(library.rows.first().getByRole('checkbox')).toBeChecked();

  await library.statusFilter.selectOption('ready');
  await expect(page.locator('p.count')).toHaveText('23 stories');
  await expect(library.rows).toHaveCount(23);
  await expect(page.getByRole('button', { name: /Show more/ })).toHaveCount(0);
  await expect(library.rows.last()).toContainText('Story 010');
});

test('a search matching more stories than it counts says so, and shows the best first', async ({ page, library }) => {
  await library.search.fill('story');
  await expect(page.locator('p.count')).toHaveText('200+ matches, the best 50 shown');
  await expect(library.rows).toHaveCount(50);
  await expect(library.rows.first()).toContainText('Story 230');
  await library.search.fill('"Story 117"');
  await expect(page.locator('p.count')).toHaveText('1 match');
  await expect(library.rows).toHaveCount(1);
});
