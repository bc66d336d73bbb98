// Two people in one shared story, live: two test hosts (two libraries, two browser pages) on one
// real newsroom server started here. Typing in one page shows in the other with the typist's
// caret and name; the server stops, both type, it starts again on the same port and data, and
// both texts are in both pages. Every wait ends on what the page shows, never on the clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startHost, stopHost, test } from './fixtures';
import { LibraryPage } from './models/LibraryPage';
import { StoryPage } from './models/StoryPage';
import { connect as connectDialog, startServer, stopServer, userAdd } from './newsroomServer';

async function connect(page: Page, url: string, token: string): Promise<void> {
  await connectDialog(page, url, token);
  await expect(page.getByRole('banner', { name: 'Newsroom' }).getByRole('status')).toContainText('Connected to');
  await page.keyboard.press('Escape');
}

async function syncNow(page: Page): Promise<void> {
  const status = page.getByRole('banner', { name: 'Newsroom' }).getByRole('status');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(status).toContainText('last synced');
}

/** Reconnecting waits for the provider's next try (at most 5 s apart) and the other's poll. */
const RECONNECTED = { timeout: 20_000 };

test('two people type in one story live, see each other\'s caret and name, and lose nothing while the server is down', async ({ page, library, storyPage, host, browser }) => {
  // Two hosts, and a server started twice: long on a loaded machine; every wait still ends on an outcome.
  test.setTimeout(180_000);
  const data = mkdtempSync(join(tmpdir(), 'galley-e2e-live-'));
  let server = await startServer(data);
  const port = new URL(server.url).port;
  const leeHost = await startHost(join(host.dir, 'lee.galley'), ['--empty']);
  const leeContext = await browser.newContext();
  try {
    const leePage = await leeContext.newPage();
    await leePage.goto(leeHost.entry);
    const leeLibrary = new LibraryPage(leePage);
    const leeStory = new StoryPage(leePage);

    // Ana writes a story and shares it; Lee gets it.
    await connect(page, server.url, userAdd(data, 'ana', 'editor'));
    await connect(leePage, server.url, userAdd(data, 'lee', 'editor'));
    await library.newStory();
    await storyPage.headline.fill('Grain deal signed');
    await storyPage.waitForSaved();
    await storyPage.backToLibrary();
    await syncNow(page);
    await syncNow(leePage);

    await library.open('Grain deal signed');
    await leeLibrary.open('Grain deal signed');
    for (const each of [page, leePage]) await expect(each.getByRole('status', { name: 'Live editing' })).toHaveText('Live');

    await storyPage.typeBody('Ships sail on Monday.');
    await expect(leeStory.body).toContainText('Ships sail on Monday.');
    // Lee sees where Ana is typing, with her name.
    await expect(leeStory.body.locator('.collaboration-carets__label', { hasText: 'ana' })).toBeVisible();
    await leeStory.typeBody(' Lee adds this.');
    await expect(storyPage.body).toContainText('Lee adds this.');
    await expect(storyPage.body.locator('.collaboration-carets__label', { hasText: 'lee' })).toBeVisible();

    // Others' words are found and spell-checked like one's own: find and spelling marks follow them.
    await page.keyboard.press('ControlOrMeta+f');
    await page.getByRole('searchbox', { name: 'Find' }).fill('Monday');
    await expect(storyPage.body.locator('.find-match')).toHaveCount(1);
    await leeStory.typeBody(' The port wrold reopens on Monday.');
    await expect(storyPage.body.locator('.find-match')).toHaveCount(2);
    await expect(storyPage.body.locator('.misspelt', { hasText: 'wrold' })).toBeVisible();

    await stopServer(server.process);
    await expect(page.getByRole('status', { name: 'Live editing' })).not.toHaveText('Live', RECONNECTED);
    await storyPage.typeBody(' Ana typed offline.');
    await leeStory.typeBody(' Lee typed offline.');
    server = await startServer(data, Number(port));
    for (const body of [storyPage.body, leeStory.body]) {
      await expect(body).toContainText('Ana typed offline.', RECONNECTED);
      await expect(body).toContainText('Lee typed offline.', RECONNECTED);
    }
    // Each sentence once: nothing doubled by the merge.
    await expect(leeStory.body).toHaveText(/^(?!.*Ships sail on Monday\..*Ships sail on Monday\.)/);

    // Undo takes back only what this person typed: Lee's words stay, on both pages.
    await storyPage.body.press('ControlOrMeta+z');
    for (const body of [storyPage.body, leeStory.body]) {
      await expect(body).not.toContainText('Ana typed offline.');
      await expect(body).toContainText('Lee typed offline.');
    }
  } finally {
    await leeContext.close();
    await stopHost(leeHost.process);
    await stopServer(server.process);
    rmSync(data, { recursive: true, force: true });
  }
});
