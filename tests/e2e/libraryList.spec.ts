// The library list on a library deeper than one page: paging to the end, the count, the status
// filter and selection across pages, and the count of a broad search.
import { expect, test } from './fixtures';

const STORIES = 230;

const label = (n: number) => `Story ${String(n).padStart(3, '0')}`;

test.beforeEach(async ({ page, library }) => {
  await expect(library.search).toBeVisible();
  // Through window.galley, the API the page itself uses: imported in two batches (the most one
  // import takes is 200 files), then every tenth story made ready, oldest first.
  await page.evaluate(async (count) => {
    const files = Array.from({ length: count }, (_, i) => {
      const n = String(i + 1).padStart(3, '0');
      return { name: `story-${n}.txt`, text: `Story ${n}\n\nThe council met again on day ${n}.\n` };
    });
    const ids: string[] = [];
    for (const batch of [files.slice(0, 200), files.slice(200)]) {
      const imported = await window.galley.importFiles({ files: batch });
      if (!imported.ok) throw new Error(imported.error.message);
      ids.push(...imported.value.map((story) => story.id));
    }
    for (let i = 9; i < count; i += 10) {
      const ready = await window.galley.setStatus({ id: ids[i], status: 'ready' });
      if (!ready.ok) throw new Error(ready.error.message);
    }
  }, STORIES);
  await page.reload();
});

/** The list's order: the ready stories (changed last, the last made ready first), then the rest, newest first. */
function expectedOrder(): string[] {
  const numbers = Array.from({ length: STORIES }, (_, i) => STORIES - i);
  return [...numbers.filter((n) => n % 10 === 0), ...numbers.filter((n) => n % 10 !== 0)].map(label);
}

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
  expect(headlines).toEqual(expectedOrder());
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
  await expect(library.rows.first()).toContainText('Story 230');
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
