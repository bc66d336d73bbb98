// `galley attributions` and the attribution report in `galley check` (issue 6), run in-process.
import { existsSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution/index';
import { runGalley } from '../../support/runGalley';
import { tempFolder } from '../../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let db: string;

beforeEach(() => {
  folder = tempFolder('galley-review-cli-');
  db = folder.file('library.galley');
});
afterEach(() => folder.cleanup());

const galley = (...args: string[]) => runGalley(args);

const TEXT = '“We will hold the line,” Zelensky told reporters.\r\n\r\nThe deal could collapse, a senior official said.';

describe('galley attributions', () => {
  it('prints findAttributions of the file as JSON, offsets into the text as read', async () => {
    writeFileSync(folder.file('story.txt'), `\uFEFF${TEXT}`);
    const result = await galley('attributions', folder.file('story.txt'), '--json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(findAttributions(`\uFEFF${TEXT}`));
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ kind: 'direct', speaker: 'Zelensky' }));
  });

  it('prints a table with speaker, cue and quote, and marks anonymous sources', async () => {
    writeFileSync(folder.file('story.txt'), TEXT);
    const result = await galley('attributions', folder.file('story.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/direct\s+Zelensky\s+told\s+“We will hold the line,”/);
    expect(result.stdout).toMatch(/a senior official.*\[anonymous\]/);
  });

  it('needs no library: it never creates one', async () => {
    writeFileSync(folder.file('story.txt'), TEXT);
    expect((await galley('--db', db, 'attributions', folder.file('story.txt'))).status).toBe(0);
    expect(existsSync(db)).toBe(false);
  });

  it.each([
    ['a missing file', ['attributions', 'nope.txt'], 1, /galley attributions: cannot read nope\.txt: no such file/],
    ['no file', ['attributions'], 2, /expected one text file, got 0/],
    ['two files', ['attributions', 'a.txt', 'b.txt'], 2, /expected one text file, got 2/],
  ])('%s: exit %s with a clear reason', async (_name, args, status, message) => {
    const result = await galley(...(args as string[]));
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message as RegExp);
  });

  it('refuses a binary file', async () => {
    writeFileSync(folder.file('photo.txt'), Buffer.from([0xff, 0xd8, 0x00, 0x10]));
    const result = await galley('attributions', folder.file('photo.txt'));
    expect(result).toMatchObject({ status: 1, stderr: expect.stringContaining('not a plain text file') });
  });
});

describe('galley check', () => {
  it('includes the attribution findings, credit findings and unattributed quotes as warnings', async () => {
    writeFileSync(folder.file('copy.txt'), 'Port talks stall\n\nBy Ana Ruiz\n\n“The port stays shut until Monday.”\n\nThe talks resume on Monday, a spokesman said.\n');
    const imported = await galley('--db', db, 'import', folder.file('copy.txt'), '--json');
    const id = JSON.parse(imported.stdout)[0].id;
    const result = await galley('--db', db, 'check', id, '--json');
    const report = JSON.parse(result.stdout);
    expect(report.attributions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'unattributed' })]));
    expect(report.credits).toEqual(expect.any(Array));
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'quote-unattributed', severity: 'warning', message: expect.stringContaining('The port stays shut') }));
    const text = await galley('--db', db, 'check', id);
    expect(text.stdout).toMatch(/Attributions: \d+ found, 1 unattributed/);
  });
});
