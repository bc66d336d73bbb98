// The desk's CLI commands, run as a user runs them: the built `galley` in a child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../main/store/store';
import { bodyWithPhoto, readyStory, storeSamplePhoto } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

const CLI = join(__dirname, '../../out/cli/galley.cjs');
const today = new Date().toISOString().slice(0, 10);

let folder: ReturnType<typeof tempFolder>;
let db: string;
let outbox: string;

function galley(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--db', db, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Three ready stories; the third has a photo without a credit. */
function seed(): string[] {
  const store = new Store(db);
  try {
    const dateline = { place: 'Kyiv', date: today, source: 'AFP' };
    return [
      readyStory(store, { slug: 'GRAIN-A', dateline }).id,
      readyStory(store, { slug: 'GRAIN-B', dateline }).id,
      readyStory(store, { slug: 'GRAIN-C', dateline, body: bodyWithPhoto('') }).id,
    ];
  } finally {
    store.close();
  }
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('out/cli/galley.cjs is missing: run `node scripts/build.mjs` first.');
});
beforeEach(() => {
  folder = tempFolder();
  db = folder.file('library.galley');
  outbox = folder.file('outbox');
});
afterEach(() => folder.cleanup());

describe('galley destination', () => {
  it('adds a destination and lists it', () => {
    const added = galley('destination', 'add', 'Wire', '--folder', outbox, '--formats', 'nitf,ninjs');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('Added Wire: nitf, ninjs') });
    const listed = JSON.parse(galley('destination', 'list', '--json').stdout);
    expect(listed).toEqual([{ name: 'Wire', folder: outbox, formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}', nextSequence: 1 }]);
  });

  it.each([
    [['destination', 'add', 'Wire', '--folder', '/tmp/x', '--formats', 'nitf,telex'], 2, /unknown format "telex" in --formats/],
    [['destination', 'add', 'Wire', '--formats', 'nitf'], 2, /destination add needs --folder DIR/],
    [['destination', 'add', 'Wire', '--folder', '/tmp/x', '--formats', 'nitf', '--pattern', '{slug}.{ext}'], 1, /must contain \{seq\}/],
    [['destination', 'fly'], 2, /destination needs add, list or remove/],
    [['export', '--destination', 'Nowhere', '--status', 'ready'], 1, /No destination named "Nowhere"/],
    [['export', '--destination', 'Wire'], 2, /needs story ids or --status/],
  ])('galley %j exits %i with a clear message', (args, code, message) => {
    const result = galley(...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});

describe('galley export --status ready --destination', () => {
  it('sends what is ready, refuses the rest with reasons (exit 1), logs it; a fixed story goes next with the next number', () => {
    const [a, , c] = seed();
    galley('destination', 'add', 'Wire', '--folder', outbox, '--formats', 'nitf,ninjs');
    const first = galley('export', '--status', 'ready', '--destination', 'Wire');
    expect(first.code).toBe(1);
    expect(first.stderr.trim()).toBe('galley export: 1 of 3 stories were refused (reasons above); the rest went.');
    expect(first.stdout).toMatch(new RegExp(`refused  ${c}  GRAIN-C\\n    Photo 1 has no photo credit\\.`));
    expect(readdirSync(outbox).sort()).toEqual(['GRAIN-A-1.nitf.xml', 'GRAIN-A-2.ninjs.json', 'GRAIN-B-3.nitf.xml', 'GRAIN-B-4.ninjs.json'].sort());

    const log = JSON.parse(galley('log', a, '--json').stdout);
    expect(log.map((e: { sequence: number; format: string; kind: string }) => [e.sequence, e.format, e.kind])).toEqual([
      [2, 'ninjs', 'send'],
      [1, 'nitf', 'send'],
    ]);
    expect(galley('log', a).stdout).toMatch(/send\s+Wire\s+1\s+\d+\s+nitf\s+GRAIN-A-1\.nitf\.xml/);

    const store = new Store(db);
    const story = store.getStory(c);
    store.saveStory({ id: c, baseVersion: story.version, changes: { body: bodyWithPhoto('Reuters/Lee Park', storeSamplePhoto(`${db}.assets`).id) } });
    store.close();
    const second = galley('export', '--status', 'ready', '--destination', 'Wire');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain(`sent     ${c}  GRAIN-C  send: #5 GRAIN-C-5.nitf.xml, #6 GRAIN-C-6.ninjs.json, #7 GRAIN-C-7.png`);
  });

  it('says nothing went when every story was refused', () => {
    const [, , c] = seed();
    galley('destination', 'add', 'Wire', '--folder', outbox, '--formats', 'nitf');
    const result = galley('export', c, '--destination', 'Wire');
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('galley export: the story was refused (reasons above); nothing went.');
  });

  it('keeps one-off exports with --format and --out working', () => {
    const [a] = seed();
    const result = galley('export', a, '--format', 'nitf', '--out', folder.file('oneoff'));
    expect(result.code).toBe(0);
    expect(readdirSync(folder.file('oneoff'))).toHaveLength(1);
  });
});

describe('galley check', () => {
  it('prints the readiness problems and exits 1 when the story is not ready, 0 when it is', () => {
    const [a, , c] = seed();
    const bad = galley('check', c, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ id: c, ready: false, problems: [
        { code: 'figure-credit-missing', field: 'body', position: { block: 1, offset: 0 } },
        // The seeded figure names a photo this library does not hold.
        { code: 'figure-photo-file-missing', field: 'body', position: { block: 1, offset: 0 } },
      ] });
    expect(galley('check', a)).toMatchObject({ code: 0, stdout: 'Ready: no problems.\n' });
    expect(galley('check')).toMatchObject({ code: 2, stderr: expect.stringContaining('expected one story id') });
  });
});

describe('galley status and galley kill (issue 23)', () => {
  it.each([
    ['sent', /only when Galley sends it: use Send/],
    ['corrected', /only when Galley sends a correction/],
    ['killed', /only when Galley sends its kill notice: use Kill/],
  ])('refuses to set %s by hand (exit 1) and leaves the story as it was', (status, message) => {
    const [a] = seed();
    const result = galley('status', a, status);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(JSON.parse(galley('show', a, '--json').stdout).status).toBe('ready');
    expect(galley('status', a, 'edited')).toMatchObject({ code: 0, stdout: expect.stringContaining('is now edited') });
  });

  // Nine runs of the CLI, each a new Node process: on a loaded two-core machine that outlasts the default 30 s.
  it('kills a sent story with a reason in every format it went in; exit 2 without a reason; a killed story stays killed', { timeout: 120_000 }, () => {
    const [a] = seed();
    galley('destination', 'add', 'Wire', '--folder', outbox, '--formats', 'nitf,ninjs');
    galley('export', a, '--destination', 'Wire');
    for (const args of [['kill', a], ['kill', a, '--reason', '  ']]) {
      const refused = galley(...args);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('kill needs --reason TEXT');
    }
    expect(readdirSync(outbox)).toHaveLength(2);

    const killed = galley('kill', a, '--reason', 'Legal advice.');
    expect(killed).toMatchObject({ code: 0, stdout: 'killed   Wire: #3 GRAIN-A-3.nitf.xml, #4 GRAIN-A-4.ninjs.json\n' });
    expect(JSON.parse(galley('show', a, '--json').stdout).status).toBe('killed');
    const reopen = galley('status', a, 'ready');
    expect(reopen.code).toBe(1);
    expect(reopen.stderr).toMatch(/a kill is final/);
    expect(galley('export', a, '--destination', 'Wire', '--note', 'again')).toMatchObject({ code: 1, stdout: expect.stringMatching(/a kill is final/) });
  });
});
