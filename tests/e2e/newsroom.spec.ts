// Connecting the app to a newsroom, as a person does: File > Connect to Newsroom… with the
// address and the token `user add` printed, a story written here, Sync now, and the story on the
// server (another library fetches it with `galley sync`). A real newsroom server on SQLite in a
// temporary folder, started by the test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { expect, REPO, test } from './fixtures';

const serverArgs = (args: string[]) => ['--import', 'tsx', join(REPO, 'server', 'main.ts'), ...args];

/** `npm run -s server -- user add NAME --role ROLE`: the invitation token it prints. */
function userAdd(data: string, name: string, role: string): string {
  return execFileSync(process.execPath, serverArgs(['user', 'add', name, '--role', role, '--data', data]), { cwd: REPO, encoding: 'utf8' }).trim();
}

function galley(db: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(REPO, 'out', 'cli', 'galley.cjs'), '--db', db, ...args], { cwd: REPO, encoding: 'utf8' });
}

type Newsroom = { url: string; data: string; process: ChildProcess };

async function startServer(data: string): Promise<Newsroom> {
  const child = spawn(process.execPath, serverArgs(['--port', '0', '--data', data]), { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { event?: string; url?: string };
      if (entry.event === 'listening' && entry.url) resolve(entry.url);
    });
    child.on('exit', (code) => reject(new Error(`newsroom server exited (${code})`)));
  });
  return { url, data, process: child };
}

let newsroom: Newsroom;
test.beforeEach(async () => {
  newsroom = await startServer(mkdtempSync(join(tmpdir(), 'galley-e2e-newsroom-')));
});
test.afterEach(async () => {
  const exited = new Promise((resolve) => newsroom.process.once('exit', resolve));
  newsroom.process.kill('SIGTERM');
  await exited;
  rmSync(newsroom.data, { recursive: true, force: true });
});

const menu = (page: Page, command: string) => page.evaluate((c) => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu(c), command);

async function connect(page: Page, url: string, token: string): Promise<void> {
  await menu(page, 'connect-newsroom');
  const dialog = page.getByRole('dialog', { name: 'Connect to Newsroom' });
  await dialog.getByLabel('Server address').fill(url);
  await dialog.getByLabel('Invitation token').fill(token);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
}

test('connects with an invitation token, and Sync now puts a story written here on the server', async ({ page, library, storyPage, host }) => {
  const newsroomStatus = page.getByRole('banner', { name: 'Newsroom' }).getByRole('status');
  await expect(newsroomStatus).toHaveText('Not connected');
  await connect(page, newsroom.url, userAdd(newsroom.data, 'ana', 'editor'));
  const host_ = new URL(newsroom.url).host;
  await expect(newsroomStatus).toHaveText(`Connected to ${host_}, not synced yet`);
  await page.keyboard.press('Escape');

  await library.newStory();
  await storyPage.headline.fill('Grain deal signed in Istanbul');
  await storyPage.waitForSaved();
  await storyPage.backToLibrary();
  await expect(newsroomStatus).toContainText('1 change waiting');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(newsroomStatus).toHaveText(new RegExp(`^Connected to ${host_}, last synced \\d`));

  // Another desk's library, through the command line, gets the story from the server.
  const other = join(host.dir, 'other.galley');
  galley(other, 'connect', newsroom.url, '--token', userAdd(newsroom.data, 'lee', 'editor'));
  galley(other, 'sync');
  expect(galley(other, 'list')).toContain('Grain deal signed in Istanbul');

  // Disconnect in the same dialog: the library keeps its stories.
  await page.getByRole('button', { name: 'Newsroom…' }).click();
  await page.getByRole('dialog', { name: 'Connect to Newsroom' }).getByRole('button', { name: 'Disconnect' }).click();
  await expect(newsroomStatus).toHaveText('Not connected');
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
