import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, REPO, test } from './fixtures';
import { DeskPage } from './models/DeskPage';
import { ImportExportPage, type TestFile } from './models/ImportExportPage';

const NITF_NS = 'http://iptc.org/std/NITF/2006-10-18/';
const NITF = `<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="${NITF_NS}"><head><title>Antwerp port reopens after strike</title></head>
<body><body.head><hedline><hl1>Antwerp port reopens after strike</hl1></hedline><byline>By Ana Ruiz</byline></body.head>
<body.content><p>Cranes moved again on Tuesday as dockworkers returned.</p></body.content></body></nitf>
`;
const COPY = 'Storm closes Hamburg port\n\nBy Lee Park\n\nHAMBURG (dpa) - A storm closed the port of Hamburg on Friday.\n\nShips waited offshore.\n';

const file = (name: string, text: string | Buffer, mimeType = 'text/plain'): TestFile => ({ name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
const fixture = (path: string) => readFileSync(join(REPO, 'tests', 'fixtures', path));
/** Not text at all: a PNG signature and NUL bytes, as a picked photo would be. */
const BINARY = file('report.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0, 0, 0x0d]), 'application/pdf');

test.describe('import', () => {
  test('NITF and .txt files chosen through the file chooser appear in the library', async ({ page, library }) => {
    const io = new ImportExportPage(page);
    await io.chooseFiles([file('antwerp.nitf', NITF, 'application/xml'), file('storm.txt', COPY)]);
    await expect(io.notice('Imported 2 stories')).toBeVisible();
    await expect(library.row('Antwerp port reopens after strike')).toBeVisible();
    await expect(library.row('Storm closes Hamburg port')).toContainText('By Lee Park');
    await expect(library.rows).toHaveCount(2);
  });

  test('UTF-16 files with a byte order mark and UTF-8 holding a U+FFFD are read as the text they are', async ({ page, library }) => {
    const io = new ImportExportPage(page);
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NITF.replace('UTF-8', 'UTF-16'), 'utf16le')]);
    const utf16be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(COPY.replace('Hamburg port', 'Hamburg port café'), 'utf16le').swap16()]);
    const replacement = Buffer.from('Caf\uFFFD sign stays up\n\nLYON (AFP) - The sign reads "Caf\uFFFD" since the storm.\n', 'utf8');
    await io.chooseFiles([file('antwerp.nitf', utf16le, 'application/xml'), file('storm.txt', utf16be), file('sign.txt', replacement)]);
    await expect(io.notice('Imported 3 stories')).toBeVisible();
    await expect(library.row('Antwerp port reopens after strike')).toContainText('By Ana Ruiz');
    await expect(library.row('Storm closes Hamburg port café')).toContainText('By Lee Park');
    await expect(library.row('Caf\uFFFD sign stays up')).toBeVisible();
  });

  test('File › Import opens a dialog whose Choose files… opens the file chooser', async ({ page, library }) => {
    await expect(library.search).toBeVisible();
    await page.evaluate(() => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu('import'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('dialog', { name: 'Import stories' }).getByText('Choose files…').click()]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([file('storm.txt', COPY)]);
    await expect(library.row('Storm closes Hamburg port')).toBeVisible();
  });

  test('files dragged onto the library show a drop zone and are imported when dropped', async ({ page, library }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    await io.dragFilesIn([file('storm.txt', COPY), file('antwerp.xml', NITF, 'application/xml')]);
    await expect(io.dropZone).toBeVisible();
    await io.drop();
    await expect(io.dropZone).toBeHidden();
    await expect(library.rows).toHaveCount(2);
    await expect(library.row('Antwerp port reopens after strike')).toBeVisible();
  });

  for (const [what, bad, message] of [
    ['a billion-laughs XML file', file('laughs.xml', fixture('wire/billionLaughs.xml'), 'application/xml'), /laughs\.xml: .*(DTD|DOCTYPE|entit)/i],
    ['a binary file', BINARY, /report\.pdf: .*binary file/],
    ['a file that is not UTF-8', file('cafe.txt', Buffer.from('Caf\xe9 reopens\n\nThe caf\xe9 reopened.\n', 'latin1')), /cafe\.txt: it is not UTF-8 text/],
  ] as const) {
    test(`${what} among good files imports nothing and says which file and why`, async ({ page, library }) => {
      const io = new ImportExportPage(page);
      await expect(library.search).toBeVisible();
      await io.chooseFiles([file('storm.txt', COPY), bad]);
      const failure = page.getByRole('alert').filter({ hasText: 'Import failed' });
      await expect(failure).toContainText(message);
      await expect(failure).toContainText('Nothing was imported.');
      await page.reload();
      await expect(page.getByText('No stories yet.')).toBeVisible();
      await expect(library.rows).toHaveCount(0);
    });
  }
});

test.describe('new story from copy', () => {
  test('AP-style copy fills headline, byline and dateline, and lists what to check', async ({ page, library, storyPage }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    await io.newStoryFromCopy(fixture('copy/ap-kyiv.txt').toString());
    await expect(storyPage.headline).toHaveValue('Ukraine and Russia extend Black Sea grain deal for 120 days');
    await expect(storyPage.field('byline')).toHaveValue('By ANA RUIZ and LEE PARK');
    await expect(storyPage.field('dateline-source')).toHaveValue('AP');
    await expect(page.getByLabel('Dateline preview')).toContainText('KYIV');
    await expect(io.checkThese).toContainText('photo caption');
    await page.getByRole('button', { name: 'Dismiss message' }).click();
    await expect(io.checkThese).toBeHidden();
  });

  test('a caption pasted without its photo is a figure saying "photo missing", listed by readiness, not hidden in the ednote', async ({ page, library, storyPage }) => {
    const io = new ImportExportPage(page);
    const desk = new DeskPage(page);
    await expect(library.search).toBeVisible();
    await io.newStoryFromCopy(fixture('copy/ap-kyiv.txt').toString());
    const figure = page.getByTestId('figure');
    await expect(figure).toHaveCount(1);
    await expect(figure).toContainText('photo missing: add it or remove the figure');
    await expect(figure.getByLabel('Caption')).toHaveText('A cargo ship loaded with grain leaves the port of Odesa, Ukraine, on Monday.');
    await figure.getByLabel('Caption').click();
    await expect(figure.getByLabel('Credit')).toHaveValue('AP Photo/Jane Doe');
    await expect(desk.readiness).toContainText('Photo 1: photo missing: add it or remove the figure.');
    await expect(storyPage.field('ednote')).toHaveValue('');
  });

  test('copy pasted from a web page brings its photo caption and credit, time and related links with their addresses', async ({ page, library, storyPage }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    await page.getByRole('button', { name: 'New story from copy' }).click();
    const box = io.copyDialog.getByLabel('Agency copy');
    await box.focus();
    // What a browser puts on the clipboard when a reader selects an article on its page.
    const html = `<h1>Ferry service resumes after storm</h1><p class="byline">By Ana Ruiz</p><time datetime="2026-02-10T08:30:00+01:00">10 February 2026, 08:30</time>
      <figure><img src="https://cdn.example.com/ferry.jpg" alt="A ferry"><figcaption>The first ferry leaves Hamburg on Tuesday. (AP Photo/Jo Lake)</figcaption></figure>
      <p>HAMBURG (AP) — Ferries sailed again on Tuesday after a storm closed the harbour for three days.</p>
      <p>Related: <a href="https://news.example.com/storm-closes-port">Storm closes Hamburg port</a></p>`;
    const text = 'Ferry service resumes after storm\nBy Ana Ruiz\n10 February 2026, 08:30\nThe first ferry leaves Hamburg on Tuesday. (AP Photo/Jo Lake)\nHAMBURG (AP) — Ferries sailed again on Tuesday after a storm closed the harbour for three days.\nRelated: Storm closes Hamburg port';
    await box.evaluate((element, clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip.text);
      data.setData('text/html', clip.html);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, { text, html });
    await expect(box).toHaveValue(text);
    await expect(io.copyDialog.getByRole('status')).toContainText('Pasted from a web page');
    await io.copyDialog.getByRole('button', { name: 'Create story' }).click();

    await expect(storyPage.headline).toHaveValue('Ferry service resumes after storm');
    await expect(storyPage.field('byline')).toHaveValue('By Ana Ruiz');
    await expect(storyPage.field('dateline-source')).toHaveValue('AP');
    await expect(page.getByLabel('Related link 1 title')).toHaveValue('Storm closes Hamburg port');
    await expect(page.getByLabel('Related link 1 URL')).toHaveValue('https://news.example.com/storm-closes-port');
    const figure = page.getByTestId('figure');
    await expect(figure).toHaveCount(1);
    await expect(figure).toContainText('photo missing: add it or remove the figure');
    await expect(figure.getByLabel('Caption')).toHaveText('The first ferry leaves Hamburg on Tuesday.');
    await figure.getByLabel('Caption').click();
    await expect(figure.getByLabel('Credit')).toHaveValue('AP Photo/Jo Lake');
    await expect(storyPage.body).not.toContainText('Related:');
    await expect(storyPage.body).toContainText('Ferries sailed again on Tuesday');
  });

  test('copy Galley cannot read keeps the paste and explains', async ({ page, library }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    await page.getByRole('button', { name: 'New story from copy' }).click();
    const box = io.copyDialog.getByLabel('Agency copy');
    await box.fill('x'.repeat(1_000_001));
    await io.copyDialog.getByRole('button', { name: 'Create story' }).click();
    await expect(io.copyDialog.getByRole('alert')).toContainText('more than one story takes');
    await expect(box).toHaveValue(/^x{1000001}$/);
  });
});

test.describe('export', () => {
  // The folder the test host's folder chooser picks, as a person would pick it in the system's dialog.
  const exportFolder = mkdtempSync(join(tmpdir(), 'galley-export-'));
  test.use({ hostArgs: ['--empty', '--choose-folder', exportFolder] });
  test.afterAll(() => rmSync(exportFolder, { recursive: true, force: true }));

  test('a story saved as NITF has the headline, the NITF namespace and never the ednote', async ({ page, library, storyPage }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    const id = await page.evaluate(async () => {
      const result = await window.galley.createStory({ fields: { slug: 'GRAIN-DEAL', headline: 'Grain deal extended for 120 days', ednote: 'Check with Kyiv desk before 18:00' } });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    });
    await page.goto(`${page.url().split('#')[0]}#/story/${id}`);
    await expect(storyPage.headline).toHaveValue('Grain deal extended for 120 days');

    await io.exportAs('NITF 3.6');
    await expect(io.exportDialog).toContainText(`Saved GRAIN-DEAL.nitf.xml in ${exportFolder}.`);
    const text = readFileSync(join(exportFolder, 'GRAIN-DEAL.nitf.xml'), 'utf8');
    expect(text).toContain(`xmlns="${NITF_NS}"`);
    expect(text).toContain('Grain deal extended for 120 days');
    expect(text).not.toContain('Check with Kyiv desk');
  });

  test('File › Export opens the dialog, which lists what ANPA-1312 loses and saves its exact bytes', async ({ page, library, storyPage }) => {
    const io = new ImportExportPage(page);
    await expect(library.search).toBeVisible();
    await io.newStoryFromCopy(COPY.replace('Storm closes', 'Storm — “Xaver” — closes'));
    await expect(storyPage.headline).toHaveValue(/Xaver/);
    await page.evaluate(() => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu('export'));
    await expect(io.exportDialog).toBeVisible();
    await io.exportDialog.getByLabel('Format', { exact: true }).selectOption({ label: 'ANPA-1312' });
    await expect(io.exportDialog.getByRole('region', { name: 'What this format loses' })).toContainText(/transliterat|→/i);
    await io.saveAs('ANPA-1312');
    const [name] = readdirSync(exportFolder).filter((file) => file.endsWith('.anpa'));
    await expect(io.exportDialog).toContainText(`Saved ${name} in ${exportFolder}.`);
    const bytes = readFileSync(join(exportFolder, name));
    expect(bytes[0]).toBe(0x16); // SYN: the framing survives as bytes, not re-encoded text
    expect([...bytes].every((byte) => byte < 0x80)).toBe(true);
  });
});
