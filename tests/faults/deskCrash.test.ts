// A send killed mid-batch (SIGKILL, no cleanup) must leave the outbox and the sent log in step:
// no partial file, every file logged with its hash, and after a restart nothing missing or doubled.
// Every third story has a photo, which goes as a file of its own in the same unit.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { Store } from '../../main/store/store';
import { bodyWithPhoto, readyStory, storeSamplePhoto } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

const CLI = join(__dirname, '../../out/cli/galley.cjs');
const STORIES = 120;
const FORMATS = ['nitf', 'newsml', 'ninjs'];
const WITH_PHOTO = (i: number) => i % 3 === 0;

let folder: ReturnType<typeof tempFolder>;
let db: string;
let outbox: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('out/cli/galley.cjs is missing: run `node scripts/build.mjs` first.');
});
beforeEach(() => {
  folder = tempFolder('galley-crash-');
  db = folder.file('library.galley');
  outbox = folder.file('outbox');
  const store = new Store(db);
  const dateline = { place: 'Kyiv', date: new Date().toISOString().slice(0, 10), source: 'AFP' };
  const photo = storeSamplePhoto(`${db}.assets`).id;
  for (let i = 0; i < STORIES; i++) readyStory(store, { slug: `STORY-${i}`, dateline, ...(WITH_PHOTO(i) ? { body: bodyWithPhoto('AFP/Ana Ruiz', photo) } : {}) });
  store.saveDestination({ name: 'Wire', folder: outbox, formats: FORMATS });
  store.close();
});
afterEach(() => folder.cleanup());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const visibleFiles = () => (existsSync(outbox) ? readdirSync(outbox).filter((name) => !name.startsWith('.')) : []);

/** Starts a batch send and SIGKILLs it once `after` files are in the outbox. Resolves with the signal it died of. */
function sendAndKill(after: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [CLI, '--db', db, 'export', '--status', 'ready', '--destination', 'Wire'], { stdio: 'ignore' });
  const poll = setInterval(() => {
    if (visibleFiles().length >= after) child.kill('SIGKILL');
  }, 1);
  return new Promise((resolve) => {
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      resolve(signal);
    });
  });
}

/** Every visible file has exactly one log row with its hash; with `complete`, every row has its file and no temp file is left. */
function expectLogMatchesFiles(complete: boolean): void {
  const store = new Store(db, { readOnly: true });
  try {
    const log = store.listSentLog({ destination: 'Wire', limit: 100_000 });
    const byName = new Map(log.map((entry) => [entry.fileName, entry]));
    expect(byName.size).toBe(log.length);
    for (const name of visibleFiles()) {
      expect(byName.get(name), `${name} has no log row`).toBeDefined();
      expect(sha(join(outbox, name)), `${name} is not the file that was logged`).toBe(byName.get(name)!.sha256);
    }
    if (complete) {
      expect(readdirSync(outbox).filter((name) => name.startsWith('.'))).toEqual([]);
      expect(visibleFiles().sort()).toEqual([...byName.keys()].sort());
      // No gap and no repeat: sequence numbers are taken only by committed sends.
      expect(log.map((e) => e.sequence).sort((a, b) => a - b)).toEqual(log.map((_, i) => i + 1));
      expect(store.getDestination('Wire').nextSequence).toBe(log.length + 1);
    }
  } finally {
    store.close();
  }
}

it('a batch killed mid-send leaves no partial file, and a restart finishes with the log matching the files', { timeout: 120_000 }, async () => {
  for (const after of [5, 40, 100]) {
    const signal = await sendAndKill(after);
    expect(signal, 'the batch finished before it could be killed; make it longer').toBe('SIGKILL');
    expectLogMatchesFiles(false);
  }
  const restart = spawnSync(process.execPath, [CLI, '--db', db, 'export', '--status', 'ready', '--destination', 'Wire'], { encoding: 'utf8' });
  expect(restart.stderr).toBe('');
  expect(restart.status).toBe(0);
  expectLogMatchesFiles(true);
  const photos = Array.from({ length: STORIES }, (_, i) => i).filter(WITH_PHOTO).length;
  expect(visibleFiles()).toHaveLength(STORIES * FORMATS.length + photos);
  expect(visibleFiles().filter((name) => name.endsWith('.png'))).toHaveLength(photos);
});
