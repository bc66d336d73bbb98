// Crash-kill suite: a child process (tests/faults/crashWriter.ts) works on a library through the
// services and the store worker, as the app does: saves, status changes, sends to an outbox,
// exports to a folder, backups. It is SIGKILLed at random moments, GALLEY_CRASH_KILLS times
// (default 24, under a minute on a loaded 2-core machine; `npm run test:crash:long` 500). After
// every kill, before recovery: the library opens and passes integrity_check, every acknowledged
// save is there with its words, every revision rebuilds, and no half-written file is visible
// under a final name. Then recovery runs
// (what the next send, export or backup to each folder runs first) and after it no temporary or
// other dot-file is left in the outbox, export or backup folder, and the sent log and the
// outbox's files match one for one.
//
// Where to kill is drawn from GALLEY_CRASH_SEED (fresh each run; printed with any failure). The
// same seed replays the same plan; the moment a kill lands still depends on the machine's speed.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recoverOutbox } from '../../node/outbox';
import { inProcessOutboxFiles } from '../../main/services/desk/outboxFiles';
import { recoverExportFolder } from '../../main/services/exportToFolder';
import { discardStaleBackupTemps, verifyBackup } from '../../main/store/libraryBackup';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { bundleScript } from '../support/bundleScript';
import { tempFolder } from '../support/tempLibrary';

const KILLS = Number(process.env.GALLEY_CRASH_KILLS ?? 24);
const SEED = Number(process.env.GALLEY_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Lines of the writer's to let through before a kill (its work is about two lines a piece): 0 kills while the library opens. */
const MAX_LINES_BEFORE_KILL = 24;
/** A kill lands up to this long after the chosen line; a piece of work takes a few ms. */
const MAX_KILL_DELAY_MS = 12;
const BUILT = join(__dirname, '../../out');
const DESTINATION = 'Wire';

let writer: string;
let folder: ReturnType<typeof tempFolder>;

beforeAll(async () => {
  if (!existsSync(join(BUILT, 'main', 'storeWorker.cjs'))) throw new Error('out/main/storeWorker.cjs is missing: run `node scripts/build.mjs` first.');
  writer = await bundleScript('tests/faults/crashWriter.ts');
  folder = tempFolder('galley-crash-');
}, 60_000);
afterAll(() => {
  folder?.cleanup();
  if (writer) rmSync(writer, { force: true });
});

/** The plan's random numbers: xorshift32 from the seed, so a seed replays the same plan. */
function planner(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** What the writer acknowledged, accumulated over every run. */
interface Acknowledged {
  /** Highest version acknowledged per story, with the tag of the save that made it ('-' for a status change). */
  latest: Map<string, { version: number; tag: string }>;
  /** Explicit saves: `${id}:${version}` -> the tag their revision must hold. */
  revisions: Map<string, string>;
  /** sha256 of every export rendering announced before it was written. */
  renderings: Set<string>;
  exported: Set<string>;
  /** Outbox files of sends that returned. */
  sent: Set<string>;
  backups: Set<string>;
}

/** Adds what a line of the writer's acknowledges. */
function record(acked: Acknowledged, line: string): void {
  const [kind, ...rest] = line.split(' ');
  if (kind === 'ack') {
    const [id, version, tag, how] = rest;
    if (Number(version) >= (acked.latest.get(id)?.version ?? 0)) acked.latest.set(id, { version: Number(version), tag: how === 'status' ? '-' : tag });
    if (how === 'save') acked.revisions.set(`${id}:${version}`, tag);
  } else if (kind === 'render') {
    acked.renderings.add(rest[1]);
  } else if (kind === 'exported') {
    acked.exported.add(rest[0]);
  } else if (kind === 'sent') {
    for (const name of rest.slice(1)) acked.sent.add(name);
  } else if (kind === 'backup') {
    acked.backups.add(rest[0]);
  }
}

interface Folders {
  db: string;
  outbox: string;
  exports: string;
  backups: string;
}

/** Runs the writer until it has printed `lines` lines (then a random few ms), and SIGKILLs it. */
function runAndKill(dirs: Folders, seed: number, lines: number, delay: number, acked: Acknowledged): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [writer, '--db', dirs.db, '--outbox', dirs.outbox, '--exports', dirs.exports, '--backups', dirs.backups, '--built', BUILT, '--seed', String(seed)];
    const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let seen = 0;
    let killing = false;
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delay);
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      record(acked, line);
      if (seen++ >= lines) kill();
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself (exit ${code}): ${stderr.trim()}`));
    });
  });
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const finalNames = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')) : []);
const dotFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith('.')) : []);

function expectIntegrity(file: string): void {
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  try {
    expect(raw.pragma('integrity_check', { simple: true }), `${file} fails integrity_check`).toBe('ok');
  } finally {
    raw.close();
  }
}

/** The library after a kill: intact, every acknowledged save there; returns the highest revision id verified, so later rounds check only new ones. */
function checkLibrary(store: Store, acked: Acknowledged, verifiedUpTo: number): number {
  let highest = verifiedUpTo;
  for (const [id, { version, tag }] of acked.latest) {
    const story = store.getStory(id);
    expect(story.version, `story ${id}`).toBeGreaterThanOrEqual(version);
    // Nothing newer committed after the last acknowledged save: the story holds its words.
    if (story.version === version && tag !== '-' && tag !== 'new') expect(`${story.headline} ${story.standfirst}`, `story ${id} v${version}`).toContain(tag);
    const revisions = store.listRevisions(id);
    for (const revision of revisions) {
      if (revision.id <= verifiedUpTo) continue;
      expect(store.getRevision(id, revision.id).story.version).toBe(revision.version);
      highest = Math.max(highest, revision.id);
    }
  }
  for (const [key, tag] of acked.revisions) {
    const [id, version] = key.split(':');
    const revision = store.listRevisions(id).find((r) => r.version === Number(version));
    expect(revision, `revision ${key}`).toBeDefined();
    expect(store.getRevision(id, revision!.id).story.standfirst, `revision ${key}`).toBe(`Explicit save ${tag}`);
  }
  // Checked once, after the kill that followed it: the long run would otherwise re-read thousands each round.
  acked.revisions.clear();
  return highest;
}

/** Before recovery: whatever is under a final name is whole. */
function checkNothingHalfWritten(store: Store, dirs: Folders, acked: Acknowledged): void {
  const log = new Map(store.listSentLog({ destination: DESTINATION, limit: 100_000 }).map((entry) => [entry.fileName, entry]));
  for (const name of finalNames(dirs.outbox)) {
    expect(log.get(name), `outbox file ${name} has no sent-log row`).toBeDefined();
    expect(sha(join(dirs.outbox, name)), `outbox file ${name} is not the file that was logged`).toBe(log.get(name)!.sha256);
  }
  for (const name of finalNames(dirs.exports)) expect(acked.renderings.has(sha(join(dirs.exports, name))), `export ${name} is not a complete rendering`).toBe(true);
  for (const name of acked.exported) expect(finalNames(dirs.exports)).toContain(name);
  for (const name of finalNames(dirs.backups)) {
    expectIntegrity(join(dirs.backups, name));
    expect(verifyBackup(join(dirs.backups, name)).missingPhotos, `backup ${name}`).toEqual([]);
  }
  for (const name of acked.backups) expect(finalNames(dirs.backups)).toContain(name);
}

/** After recovery: no temp or dot-file anywhere, and the sent log and the outbox match one for one. */
function checkRecovered(store: Store, dirs: Folders, acked: Acknowledged): void {
  for (const dir of [dirs.outbox, dirs.exports, dirs.backups]) expect(dotFiles(dir), `left in ${dir}`).toEqual([]);
  const log = store.listSentLog({ destination: DESTINATION, limit: 100_000 });
  const files = finalNames(dirs.outbox).sort();
  expect(files).toEqual(log.map((entry) => entry.fileName).sort());
  for (const entry of log) expect(sha(join(dirs.outbox, entry.fileName)), entry.fileName).toBe(entry.sha256);
  for (const name of acked.sent) expect(files).toContain(name);
  // No gap and no repeat: sequence numbers are taken only by committed sends.
  expect(log.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(log.map((_, i) => i + 1));
}

async function checkAfterKill(dirs: Folders, acked: Acknowledged, verifiedUpTo: number): Promise<number> {
  expectIntegrity(dirs.db);
  const store = new Store(dirs.db);
  try {
    const verified = checkLibrary(store, acked, verifiedUpTo);
    checkNothingHalfWritten(store, dirs, acked);
    // What the next send, export and backup run first on their folders.
    await recoverOutbox(dirs.outbox, inProcessStore(store), inProcessOutboxFiles());
    await recoverExportFolder(inProcessStore(store), inProcessOutboxFiles(), dirs.exports);
    discardStaleBackupTemps(dirs.backups);
    checkRecovered(store, dirs, acked);
    return verified;
  } finally {
    store.close();
  }
}

it(`keeps every acknowledged write, and leaves nothing half-written, through ${KILLS} SIGKILLs (seed ${SEED})`, async () => {
  const dirs: Folders = { db: folder.file('library.galley'), outbox: folder.file('outbox'), exports: folder.file('exports'), backups: folder.file('backups') };
  for (const dir of [dirs.outbox, dirs.exports, dirs.backups]) mkdirSync(dir);
  const acked: Acknowledged = { latest: new Map(), revisions: new Map(), renderings: new Set(), exported: new Set(), sent: new Set(), backups: new Set() };
  const random = planner(SEED);
  let verified = 0;
  let round = 0;
  try {
    for (round = 1; round <= KILLS; round++) {
      // The first round runs long enough to create the stories; later ones may die while the library opens.
      const lines = round === 1 ? MAX_LINES_BEFORE_KILL : Math.floor(random() * (MAX_LINES_BEFORE_KILL + 1));
      await runAndKill(dirs, Math.floor(random() * 2 ** 31), lines, Math.floor(random() * MAX_KILL_DELAY_MS), acked);
      verified = await checkAfterKill(dirs, acked, verified);
    }
  } catch (error) {
    const failure = error as Error;
    failure.message = `after kill ${round} of ${KILLS} (replay: GALLEY_CRASH_SEED=${SEED} GALLEY_CRASH_KILLS=${KILLS} npx vitest run tests/faults/crashKill.test.ts): ${failure.message}`;
    throw failure;
  }
  // The kills fell across the kinds of work, not only before the first of them.
  expect(acked.latest.size).toBeGreaterThan(0);
  expect(acked.exported.size + acked.sent.size + acked.backups.size).toBeGreaterThan(0);
}, 120_000 + KILLS * 3_000);
