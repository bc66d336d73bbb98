// Two people at two desktops on one newsroom (two test hosts, two pages, one real server): what
// one does reaches the other's library list by itself, and each list shows who is in which
// story. Nobody presses Sync now; every wait is on what the page shows.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, startHost, stopHost, test } from './fixtures';
import { LibraryPage } from './models/LibraryPage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, startServer, stopServer, userAdd } from './newsroomServer';

/** What crosses from one desktop to the other goes through two hosts and a server: on a loaded machine that takes longer than a click. */
const ACROSS = { timeout: 20_000 };

// Two hosts, a server and two pages: more than the default 30 s on a loaded 2-core machine.
test.setTimeout(120_000);

let newsroom: Awaited<ReturnType<typeof startServer>> & { data: string };
test.beforeEach(async () => {
  const data = mkdtempSync(join(tmpdir(), 'galley-e2e-newsroom-'));
  newsroom = { ...(await startServer(data)), data };
});
test.afterEach(async () => {
  await stopServer(newsroom.process);
  rmSync(newsroom.data, { recursive: true, force: true });
});

async function connectedAs(page: Page, name: string): Promise<void> {
  await connect(page, newsroom.url, userAdd(newsroom.data, name, 'editor'));
  await expect(page.getByRole('banner', { name: 'Newsroom' }).getByRole('status')).toHaveText(/^Connected to .*, last synced/, ACROSS);
  await page.keyboard.press('Escape');
}

test("a status changed at one desktop shows in the other's list by itself, with who is in the story", async ({ page, context, host, library, storyPage }) => {
  const lee = await startHost(join(host.dir, 'lee.galley'), ['--empty']);
  try {
    const leePage = await context.newPage();
    await leePage.goto(lee.entry);
    const leeLibrary = new LibraryPage(leePage);
    await connectedAs(page, 'Ana');
    await connectedAs(leePage, 'Lee');

    await library.newStory();
    await storyPage.headline.fill('Grain deal signed in Istanbul');
    await storyPage.waitForSaved();

    // Ana is in the story: Lee's list has it, and says so.
    const row = leeLibrary.row('Grain deal signed in Istanbul');
    await expect(row).toBeVisible(ACROSS);
    await expect(row.locator('.presence')).toHaveText('Ana is in this story', ACROSS);
    await expect(row.locator('.status')).toHaveText('draft');

    await page.getByLabel('Status', { exact: true }).selectOption('edited');
    await expect(row.locator('.status')).toHaveText('edited', ACROSS);

    // Back in the library, Ana is in no story.
    await storyPage.backToLibrary();
    await expect(row.locator('.presence')).toHaveCount(0, ACROSS);
    await expect(leePage.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  } finally {
    await stopHost(lee.process);
  }
});
