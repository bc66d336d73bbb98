// The desk on the newsroom server, as people use it: the admin adds a newsroom destination on
// the server; a reporter's Send to it is refused with the server's reason and nothing is
// written; an editor's Send syncs the story, the server writes the file with its number into
// the destination's folder, and the sent log shows it. A real newsroom server (SQLite) started
// by the test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoryChanges } from '../../src/story/story';
import { expect, REPO, test } from './fixtures';
import { DeskPage } from './models/DeskPage';
import { connect, serverArgs, startServer, stopServer, userAdd } from './newsroomServer';

let newsroom: Awaited<ReturnType<typeof startServer>> & { data: string };
let outbox: string;
test.beforeEach(async () => {
  // Two processes of the server's (tsx compiles it each time) before the page even opens.
  test.slow();
  const data = mkdtempSync(join(tmpdir(), 'galley-e2e-newsroom-desk-'));
  newsroom = { ...(await startServer(data)), data };
  outbox = join(newsroom.data, 'wire-outbox');
  execFileSync(process.execPath, serverArgs(['destination', 'add', 'Newsroom Wire', '--folder', outbox, '--formats', 'nitf', '--data', newsroom.data]), { cwd: REPO });
});
test.afterEach(async () => {
  await stopServer(newsroom.process);
  rmSync(newsroom.data, { recursive: true, force: true });
});

const today = new Date().toISOString().slice(0, 10);

/** A story the desk's readiness rules pass, created through window.galley and marked ready. */
async function readyStory(page: Page, slug: string): Promise<string> {
  const fields: StoryChanges = {
    slug,
    headline: `Grain corridor extended (${slug})`,
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: today, source: 'AFP' },
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ships loaded with wheat left the port of Odesa on Friday.' }] }] },
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
  };
  return page.evaluate(async (input) => {
    const created = await window.galley.createStory({ fields: input });
    if (!created.ok) throw new Error(created.error.message);
    const ready = await window.galley.setStatus({ id: created.value.id, status: 'ready' });
    if (!ready.ok) throw new Error(ready.error.message);
    return created.value.id;
  }, fields);
}

async function connectAs(page: Page, name: string, role: string): Promise<void> {
  await connect(page, newsroom.url, userAdd(newsroom.data, name, role));
  await expect(page.getByRole('banner', { name: 'Newsroom' }).getByRole('status')).toContainText('Connected to');
  await page.keyboard.press('Escape');
}

test("a reporter's Send to a newsroom destination is refused with the server's reason, and nothing is written", async ({ page, library }) => {
  const desk = new DeskPage(page);
  await connectAs(page, 'rosa', 'reporter');
  const id = await readyStory(page, 'GRAIN-R');
  await page.reload();
  await library.open('(GRAIN-R)');
  await page.getByRole('button', { name: 'Send…' }).click();
  await expect(desk.sendDialog.getByText('Sent through the newsroom server')).toBeVisible();
  await desk.send('Newsroom Wire');

  await expect(desk.outcome(id)).toContainText(
    'not sent: Only an editor can send a story to the wire, and you are a reporter in this newsroom; ask the desk to send it. Nothing was sent.',
  );
  expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
});

test("an editor's Send goes through the newsroom: the file lands in its folder with the server's number, and the sent log shows it", async ({ page, library }) => {
  const desk = new DeskPage(page);
  await connectAs(page, 'ed', 'editor');
  const id = await readyStory(page, 'GRAIN-E');
  await page.reload();
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: 'Send selected (1)' }).click();
  await desk.send('Newsroom Wire');

  await expect(desk.outcome(id)).toContainText('sent: #1 GRAIN-E-1.nitf.xml');
  expect(readdirSync(outbox)).toEqual(['GRAIN-E-1.nitf.xml']);
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  // The server marked it sent in its document; the send synced that back here.
  await expect(library.row('(GRAIN-E)').locator('.status')).toHaveText('sent');

  const rows = await desk.openSentLog();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Newsroom Wire');
  await expect(rows.first().locator('.seq')).toHaveText('1');
  await expect(rows.first().locator('.file')).toHaveText('GRAIN-E-1.nitf.xml');
});
