// Connecting the app to a newsroom, as a person does: File > Connect to Newsroom… with the
// address and the token `user add` printed, a story written here, Sync now, and the story on the
// server (another library fetches it with `galley sync`). A real newsroom server on SQLite in a
// temporary folder, started by the test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';
import { connect, startServer, stopServer, userAdd } from './newsroomServer';

function galley(db: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(REPO, 'out', 'cli', 'galley.cjs'), '--db', db, ...args], { cwd: REPO, encoding: 'utf8' });
}

type Newsroom = Awaited<ReturnType<typeof startServer>> & { data: string };

// A server started per test and syncs that run by themselves: more than the default 30 s on a loaded machine.
test.setTimeout(90_000);

let newsroom: Newsroom;
test.beforeEach(async () => {
  const data = mkdtempSync(join(tmpdir(), 'galley-e2e-newsroom-'));
  newsroom = { ...(await startServer(data)), data };
});
test.afterEach(async () => {
  await stopServer(newsroom.process);
  rmSync(newsroom.data, { recursive: true, force: true });
});

test('connects with an invitation token, and a story written here goes to the server by itself; Sync now stays', async ({ page, library, storyPage, host }) => {
  const newsroomStatus = page.getByRole('banner', { name: 'Newsroom' }).getByRole('status');
  await expect(newsroomStatus).toHaveText('Not connected');
  await connect(page, newsroom.url, userAdd(newsroom.data, 'ana', 'editor'));
  const host_ = new URL(newsroom.url).host;
  // The library syncs by itself as soon as it is connected.
  await expect(newsroomStatus).toHaveText(new RegExp(`^Connected to ${host_}, last synced \\d`), { timeout: 15_000 });
  await page.keyboard.press('Escape');

  await library.newStory();
  await storyPage.headline.fill('Grain deal signed in Istanbul');
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();
  await expect(newsroomStatus).toHaveText(new RegExp(`^Connected to ${host_}, last synced \\d[^,]*$`), { timeout: 15_000 });
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(newsroomStatus).toHaveText(new RegExp(`^Connected to ${host_}, last synced \\d[^,]*$`), { timeout: 15_000 });
  await expect(page.getByRole('banner', { name: 'Newsroom' }).getByRole('alert')).toHaveCount(0);

  // Another desk's library, through the command line, gets the story from the server.
  const other = join(host.dir, 'other.galley');
  galley(other, 'connect', newsroom.url, '--token', userAdd(newsroom.data, 'lee', 'editor'));
  galley(other, 'sync');
  expect(galley(other, 'list')).toContain('Grain deal signed in Istanbul');

  // Disconnect in the same dialog: the library keeps its stories.
  await page.getByRole('button', { name: 'Newsroom…' }).click();
  await page.getByRole('dialog', { name: 'Connect to Newsroom' }).getByRole('button', { name: 'Disconnect' }).click();
  await expect(newsroomStatus).toHaveText('Not connected', { timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(library.row('Grain deal signed in Istanbul')).toBeVisible();
});

test('a wrong token is refused with the reason, and the library stays usable and not connected', async ({ page, library, storyPage }) => {
  const newsroomStatus = page.getByRole('banner', { name: 'Newsroom' }).getByRole('status');
  await connect(page, newsroom.url, 'not-the-right-token-0123456789');
  const dialog = page.getByRole('dialog', { name: 'Connect to Newsroom' });
  await expect(dialog.getByRole('alert')).toContainText('The newsroom refused this library');
  await page.keyboard.press('Escape');
  await expect(newsroomStatus).toHaveText('Not connected');

  await library.newStory();
  await storyPage.headline.fill('Still writing offline');
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();
  await expect(library.row('Still writing offline')).toBeVisible();
});
