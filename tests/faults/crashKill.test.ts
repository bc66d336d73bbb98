// Crash-kill suite: a child process writes to a library in a tight loop (tests/faults/crashWriter.ts)
// and is SIGKILLed at random moments, GALLEY_CRASH_KILLS times (default 50; set 500 for the long
// run). After every kill: the file passes integrity_check, every acknowledged write is there, no
// export file is partial, and every revision still rebuilds.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../main/store/store';
import { bundleScript } from '../support/bundleScript';
import { tempFolder } from '../support/tempLibrary';

const KILLS = Number(process.env.GALLEY_CRASH_KILLS ?? 50);
/** Writes to let through before a kill: 0 kills while the library opens. */
const MAX_WRITES_BEFORE_KILL = 20;

let writer: string;
let folder: ReturnType<typeof tempFolder>;

beforeAll(async () => {
  writer = await bundleScript('tests/faults/crashWriter.ts');
  folder = tempFolder('galley-crash-');
}, 60_000);
afterAll(() => {
  folder?.cleanup();
  if (writer) rmSync(writer, { force: true });
});

/** What the writer acknowledged, accumulated over every run. */
interface Acknowledged {
  versions: Map<string, number>;
  /** `${id}:${version}` of saves and status changes that cut a revision. */
  revisions: Set<string>;
  /** Export file name -> sha256 of every rendering announced for it. */
  renderings: Map<string, Set<string>>;
  exported: Set<string>;
}

function record(acked: Acknowledged, line: string): boolean {
  const [kind, a, b, c] = line.split(' ');
  if (kind === 'ack') {
    acked.versions.set(a, Math.max(acked.versions.get(a) ?? 0, Number(b)));
    if (c) acked.revisions.add(`${a}:${b}`);
    return true;
  }
  if (kind === 'render') {
    if (!acked.renderings.has(a)) acked.renderings.set(a, new Set());
    acked.renderings.get(a)!.add(b);
  } else if (kind === 'exported') {
    acked.exported.add(a);
    return true;
  }
  return false;
}

/** Runs the writer until it has acknowledged `writes` writes (plus a random few ms), then SIGKILLs it. */
function runAndKill(db: string, exportsDir: string, seed: number, writes: number, acked: Acknowledged): Promise<void> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [writer, '--db', db, '--exports', exportsDir, '--seed', String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let seen = 0;
    let killing = false;
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 15));
    };
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'open' && writes === 0) kill();
      if (record(acked, line) && ++seen >= writes) kill();
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself (exit ${code}): ${stderr.trim()}`));
    });
  });
}

/** Every check after a kill; returns the highest revision id verified, so later rounds check only new ones. */
function checkLibrary(db: string, acked: Acknowledged, verifiedUpTo: number): number {
  const raw = new Database(db);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    raw.close();
  }
  const store = new Store(db);
  try {
    for (const [id, version] of acked.versions) expect(store.getStory(id).version, `story ${id}`).toBeGreaterThanOrEqual(version);
    let highest = verifiedUpTo;
    for (const id of acked.versions.keys()) {
      const revisions = store.listRevisions(id);
      const versions = new Set(revisions.map((r) => `${id}:${r.version}`));
      for (const key of acked.revisions) if (key.startsWith(`${id}:`)) expect(versions.has(key), `revision ${key}`).toBe(true);
      for (const revision of revisions) {
        if (revision.id <= verifiedUpTo) continue;
        expect(store.getRevision(id, revision.id).story.version).toBe(revision.version);
        highest = Math.max(highest, revision.id);
      }
    }
    return highest;
  } finally {
    store.close();
  }
}

/** Every export file holds one complete rendering; temporary files (dot-files) are never the export. */
function checkExports(exportsDir: string, acked: Acknowledged): void {
  const names = readdirSync(exportsDir).filter((name) => !name.startsWith('.'));
  for (const name of acked.exported) expect(names).toContain(name);
  for (const name of names) {
    const sha = createHash('sha256').update(readFileSync(`${exportsDir}/${name}`)).digest('hex');
    expect(acked.renderings.get(name)?.has(sha), `${name} is not a complete rendering`).toBe(true);
  }
}

it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
  const db = folder.file('library.galley');
  const exportsDir = folder.file('exports');
  mkdirSync(exportsDir);
  const acked: Acknowledged = { versions: new Map(), revisions: new Set(), renderings: new Map(), exported: new Set() };
  let verified = 0;
  for (let round = 1; round <= KILLS; round++) {
    const writes = round === 1 ? MAX_WRITES_BEFORE_KILL : Math.floor(Math.random() * (MAX_WRITES_BEFORE_KILL + 1));
    await runAndKill(db, exportsDir, round, writes, acked);
    verified = checkLibrary(db, acked, verified);
    checkExports(exportsDir, acked);
  }
  expect(acked.versions.size).toBeGreaterThan(0);
  expect(acked.exported.size).toBeGreaterThan(0);
}, 120_000 + KILLS * 2_000);
