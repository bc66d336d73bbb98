import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StoryChanges } from '../../src/story/story';
import { expect, REPO, test } from './fixtures';
import { DeskPage } from './models/DeskPage';

const today = new Date().toISOString().slice(0, 10);
const PHOTO = readFileSync(join(REPO, 'assets/samples/images/sample-lighthouse.png'));
const PHOTO_ID = createHash('sha256').update(PHOTO).digest('hex');
const LEAD = { type: 'paragraph', content: [{ type: 'text', text: 'Ships loaded with wheat left the port of Odesa on Friday.' }] };

/** A body with the sample photo (readyStory puts it in the library). */
function photoBody(credit: string) {
  return {
    type: 'doc',
    content: [LEAD, { type: 'figure', attrs: { src: PHOTO_ID, alt: 'A cargo ship at a quay with cranes', credit }, content: [{ type: 'text', text: 'The Razoni leaves Odesa.' }] }],
  };
}

function fields(slug: string, body: unknown = { type: 'doc', content: [LEAD] }): StoryChanges {
  return {
    slug,
    headline: `Grain corridor extended (${slug})`,
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: today, source: 'AFP' },
    body: body as StoryChanges['body'],
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
  };
}

/** Creates a story through window.galley (the same API the page uses), with the sample photo in the library, and marks it ready. */
async function readyStory(page: Page, changes: StoryChanges): Promise<string> {
  return page.evaluate(async ({ input, photo }) => {
    const added = await window.galley.addAsset({ name: 'razoni.png', dataBase64: photo });
    if (!added.ok) throw new Error(added.error.message);
    const created = await window.galley.createStory({ fields: input });
    if (!created.ok) throw new Error(created.error.message);
    const ready = await window.galley.setStatus({ id: created.value.id, status: 'ready' });
    if (!ready.ok) throw new Error(ready.error.message);
    return created.value.id;
  }, { input: changes, photo: PHOTO.toString('base64') });
}

test('the desk sends a batch to the outbox: two ready stories go with sequence numbers, the third is listed with its reason, then goes once fixed', async ({
  page,
  library,
  host,
}) => {
  // Two sends (the first starts the host's wire worker), a reload and three dialogs: more steps than most tests.
  test.slow();
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
  // Its photo goes beside it, numbered after its files.
  await expect(desk.outcome(c)).toContainText('#5 GRAIN-C-5.nitf.xml, #6 GRAIN-C-6.ninjs.json, #7 GRAIN-C-7.png');
  expect(readdirSync(outbox)).toHaveLength(7);
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
  await expect(preview.getByRole('region', { name: 'What this format loses' })).toContainText(/é → e, 1 place/);
  await expect(preview.locator('.tok-control').first()).toHaveText('⟨SYN⟩');
});

/** The outbox's files, and any a crash or a half-done send would leave (hidden temp files). */
function outboxFiles(outbox: string): { files: string[]; temps: string[] } {
  const all = readdirSync(outbox).sort();
  return { files: all.filter((f) => !f.startsWith('.')), temps: all.filter((f) => f.startsWith('.') || f.endsWith('.tmp')) };
}

/** The library's sent log through window.galley, as the sent-log dialog reads it. */
async function sentLog(page: Page) {
  return page.evaluate(async () => {
    const log = await window.galley.getSentLog({ limit: 1000 });
    if (!log.ok) throw new Error(log.error.message);
    return log.value;
  });
}

test('cancelling a batch send stops before the next story: the screen lists what went and what did not, the outbox holds only whole files, and the log matches them', async ({
  page,
  library,
  host,
}) => {
  // Ten stories and several dialogs: more steps than most tests, on a machine shared with other work.
  test.slow();
  const desk = new DeskPage(page);
  const outbox = join(host.dir, 'outbox');
  for (let i = 0; i < 8; i++) await readyStory(page, fields(`BATCH-${i}`));
  await page.reload();
  await expect(library.rows).toHaveCount(8);
  await desk.addDestination('Wire', outbox, ['NITF 3.6', 'ninjs 3.1']);

  // The page sends one story per call. Holding the third call in the network, between the page
  // and the host, makes sure the batch is mid-way when Cancel is clicked, on any machine.
  let calls = 0;
  let thirdInFlight!: () => void;
  const inFlight = new Promise<void>((resolve) => (thirdInFlight = resolve));
  let releaseThird!: () => void;
  const released = new Promise<void>((resolve) => (releaseThird = resolve));
  await page.route('**/api/sendStories', async (route) => {
    if (++calls === 3) {
      thirdInFlight();
      await released;
    }
    await route.continue();
  });

  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: 'Send selected (8)' }).click();
  await desk.startSend('Wire');
  await inFlight;
  await expect(desk.sendCounts).toHaveText('2 of 8 · 2 sent · 0 skipped');
  await desk.cancelSend();
  releaseThird();

  // The story already on its way finishes whole; the five after it are never tried.
  await expect(desk.sendCounts).toHaveText('3 of 8 · 3 sent · 0 skipped · cancelled, 5 not attempted');
  await expect(desk.sendDialog.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  expect(calls).toBe(3);
  await expect(desk.sendDialog.locator('li.outcome.sent')).toHaveCount(3);
  const notSent = desk.sendDialog.locator('li.outcome.not-attempted');
  await expect(notSent).toHaveCount(5);
  // Newest first in the library: BATCH-7 to BATCH-5 went, BATCH-4 to BATCH-0 did not.
  await expect(notSent.first()).toHaveText('BATCH-4 not sent: cancelled before it was sent; nothing was written for it.');
  await expect(notSent.last()).toContainText('BATCH-0');

  const { files, temps } = outboxFiles(outbox);
  expect(temps).toEqual([]);
  expect(files).toHaveLength(6);
  const log = await sentLog(page);
  expect(log.map((entry) => entry.fileName).sort()).toEqual(files);
  for (const entry of log) expect(createHash('sha256').update(readFileSync(join(outbox, entry.fileName))).digest('hex')).toBe(entry.sha256);
  expect(log.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);

  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  await expect(library.rows.locator('.status').filter({ hasText: /^sent$/ })).toHaveCount(3);
  await expect(library.rows.locator('.status').filter({ hasText: /^ready$/ })).toHaveCount(5);
  await expect(await desk.openSentLog()).toHaveCount(6);
});

test('a sent story edited goes again as a correction, with the note asked for; Kill story then sends a kill notice in every format it went out in, to each destination, and the screen and the log say so', async ({
  page,
  library,
  host,
}) => {
  // Two destinations, three sends, a kill and the log: more steps than most tests. (Print takes
  // IPTC 7901, which has no schema to compile: the kill path is the same for every format.)
  test.slow();
  const desk = new DeskPage(page);
  const wire = join(host.dir, 'wire');
  const print = join(host.dir, 'print');
  const id = await readyStory(page, fields('PORT-FIRE'));
  await page.reload();
  await desk.addDestination('Wire', wire, ['NITF 3.6', 'ninjs 3.1']);
  await desk.addDestination('Print', print, ['IPTC 7901']);

  await library.open('(PORT-FIRE)');
  for (const destination of ['Wire', 'Print']) {
    await page.getByRole('button', { name: 'Send…' }).click();
    await desk.send(destination);
    await expect(desk.sendCounts).toHaveText('1 of 1 · 1 sent · 0 skipped');
    await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  }

  // Edited after it went: sending it to Wire again is a correction, and the dialog asks for the note first.
  await page.evaluate(async (storyId) => {
    const story = await window.galley.getStory({ id: storyId });
    if (!story.ok) throw new Error(story.error.message);
    const saved = await window.galley.saveStory({ id: storyId, baseVersion: story.value.version, changes: { headline: 'Fire at the port of Odesa is put out' } });
    if (!saved.ok) throw new Error(saved.error.message);
  }, id);
  await page.reload();
  await page.getByRole('button', { name: 'Send…' }).click();
  await desk.sendDialog.getByLabel('Destination').selectOption('Wire');
  await expect(desk.sendDialog.getByText(/required: version \d+ went to Wire before, so this goes as a correction/)).toBeVisible();
  await desk.send('Wire', 'Corrects the headline: the fire is out.');
  await expect(desk.outcome(id)).toHaveText('PORT-FIRE sent as a correction: #3 PORT-FIRE-3.nitf.xml, #4 PORT-FIRE-4.ninjs.json');
  expect(readFileSync(join(wire, 'PORT-FIRE-3.nitf.xml'), 'utf8')).toContain('Corrects the headline: the fire is out.');
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();

  // The kill names every destination and format it will reach, needs a reason, and asks before it goes.
  await page.getByRole('button', { name: 'Kill…' }).click();
  await expect(desk.killDialog.getByRole('region', { name: 'Where the kill notice goes' }).getByRole('listitem')).toHaveText(['Wire: NITF 3.6, ninjs 3.1', 'Print: IPTC 7901']);
  await desk.killDialog.getByRole('button', { name: 'Send kill notice…' }).click();
  await expect(desk.killDialog.getByRole('alert')).toHaveText('A kill needs a reason: it is sent with the notice to every receiver.');
  await desk.killDialog.getByLabel(/Reason/).fill('The fire was at another port.');
  await desk.killDialog.getByRole('button', { name: 'Send kill notice…' }).click();
  await expect(desk.killDialog.getByText('Send the kill notice to 2 destinations now?')).toBeVisible();
  expect(outboxFiles(wire).files).toHaveLength(4);
  await desk.killDialog.getByRole('button', { name: 'Yes, kill the story' }).click();
  const notices = desk.killDialog.getByRole('list', { name: 'Kill notices' }).getByRole('listitem');
  await expect(notices).toHaveText([
    'Wire: kill notice sent (#5 PORT-FIRE-5.nitf.xml, #6 PORT-FIRE-6.ninjs.json)',
    'Print: kill notice sent (#2 PORT-FIRE-2.iptc)',
  ]);
  expect(outboxFiles(wire).temps).toEqual([]);
  expect(outboxFiles(wire).files).toHaveLength(6);
  expect(outboxFiles(print)).toEqual({ files: ['PORT-FIRE-1.iptc', 'PORT-FIRE-2.iptc'], temps: [] });
  // Each format says "withdrawn" its own way, with the desk's reason.
  const nitf = readFileSync(join(wire, 'PORT-FIRE-5.nitf.xml'), 'utf8');
  expect(nitf).toContain('management-status="canceled"');
  expect(nitf).toContain('The fire was at another port.');
  expect(JSON.parse(readFileSync(join(wire, 'PORT-FIRE-6.ninjs.json'), 'utf8'))).toMatchObject({ pubStatus: 'canceled', headlines: [{ value: expect.stringMatching(/^KILL: /) }] });
  expect(readFileSync(join(print, 'PORT-FIRE-2.iptc'), 'latin1')).toMatch(/KILL/);

  await desk.killDialog.getByRole('button', { name: 'Close kill story' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('killed');
  // Killed is final: the Status dropdown, Send and Kill are off, each saying why, and the banner says killed.
  for (const control of [page.getByLabel('Status'), page.getByRole('button', { name: 'Send…' }), page.getByRole('button', { name: 'Kill…' })]) {
    await expect(control).toBeDisabled();
    await expect(control).toHaveAttribute('title', /a kill is final/);
  }
  await expect(page.getByRole('status', { name: 'On the wire' })).toContainText(/^Killed\. Kill notice sent to Print at .+, version \d+; Kill notice sent to Wire at .+/);
  await expect(desk.readiness.locator('.ready-badge')).toHaveText('Killed: never sent again');
  const rows = await desk.openSentLog();
  await expect(rows.locator('td:nth-child(2)')).toHaveText(['kill', 'kill', 'kill', 'correction', 'correction', 'send', 'send', 'send']);
  await desk.sentLog.getByLabel('Destination').selectOption('Print');
  await expect(rows.locator('td:nth-child(2)')).toHaveText(['kill', 'send']);
  await desk.sentLog.getByRole('button', { name: 'Close sent log' }).click();
});

test('the desk rules on screen: the Status dropdown offers only what a person may set; a first send asks no note, then rests; a sent story says where it went and when it changed since', async ({
  page,
  library,
  storyPage,
  host,
}) => {
  test.slow();
  const desk = new DeskPage(page);
  await readyStory(page, fields('HARBOUR'));
  await page.reload();
  await desk.addDestination('Wire', join(host.dir, 'wire'), ['NITF 3.6']);
  await library.open('(HARBOUR)');

  // Sent, corrected and killed are the wire's to set: shown, but not choosable by hand.
  const status = page.getByLabel('Status');
  for (const wireStatus of ['sent', 'corrected', 'killed']) await expect(status.locator(`option[value="${wireStatus}"]`)).toBeDisabled();
  await expect(status.locator('option[value="sent"]')).toHaveAttribute('title', 'A story becomes sent only when Galley sends it: use Send.');
  await expect(status.locator('option[value="edited"]')).toBeEnabled();
  // Nothing went out yet: nothing to kill, and the button says so.
  await expect(page.getByRole('button', { name: 'Kill…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Kill…' })).toHaveAttribute('title', /never sent, so there is nothing to kill/);
  await expect(page.getByRole('status', { name: 'On the wire' })).toHaveCount(0);

  // A first send has no correction note to fill; once it went, the button rests.
  await page.getByRole('button', { name: 'Send…' }).click();
  await desk.sendDialog.getByLabel('Destination').selectOption('Wire');
  await expect(desk.sendDialog.getByLabel(/Correction note/)).toHaveCount(0);
  await desk.send('Wire');
  await expect(desk.sendCounts).toHaveText('1 of 1 · 1 sent · 0 skipped');
  await expect(desk.sendDialog.getByRole('button', { name: 'Sent' })).toBeDisabled();
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();

  const banner = page.getByRole('status', { name: 'On the wire' });
  await expect(banner).toHaveText(/^Sent to Wire at \S.*, version \d+\.\s*$/);
  await expect(status).toHaveValue('sent');
  await expect(desk.readiness.locator('.ready-badge')).toHaveText('Sent; no changes since');
  await expect(page.getByRole('button', { name: 'Kill…' })).toBeEnabled();

  await storyPage.headline.fill('Harbour reopens after the storm');
  await storyPage.waitForSaved();
  await expect(banner).toContainText('Changed since it was sent: a new send goes as a correction.');
  await expect(desk.readiness.locator('.ready-badge')).toHaveText('Ready to send');

  // The correction's note is asked for, sent, then cleared with the button at rest.
  await page.getByRole('button', { name: 'Send…' }).click();
  await desk.send('Wire', 'Updates the headline: the harbour reopened.');
  await expect(desk.sendCounts).toHaveText('1 of 1 · 1 sent · 0 skipped');
  await expect(desk.sendDialog.getByLabel(/Correction note/)).toHaveValue('');
  await expect(desk.sendDialog.getByRole('button', { name: 'Sent' })).toBeDisabled();
  await desk.sendDialog.getByRole('button', { name: 'Close send' }).click();
  await expect(status).toHaveValue('corrected');
  await expect(banner).toHaveText(/^Correction sent to Wire at \S.*, version \d+\.\s*$/);
  // History names the send and the correction, not "Exported".
  await page.getByRole('button', { name: 'History' }).click();
  const kinds = page.getByRole('complementary', { name: 'History' }).locator('.revision > span:nth-of-type(1)');
  await expect(kinds.first()).toHaveText('Correction sent');
  await expect(kinds).toContainText(['Correction sent', 'Sent', 'Status change', 'Created']);
});
