// A library backup is one file: SQLite's online backup of the library (consistent while the app
// writes), with every photo of the asset folder added as a row of one more table. One file can be
// written beside the old backup and renamed over it once verified, so a failed backup never costs
// the last good one; one file is also what a user copies to a disk. A backup is never opened as
// a library: `restoreLibrary` makes a new library (file + asset folder) from it.
import Database from 'better-sqlite3';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { ulid } from 'ulid';
import { GalleyError } from '../../src/api/result';
import { syncFolder, writeSyncedFile } from '../../node/atomicWrite';
import { isWriterAlive, placeTempFile } from '../../node/publishFile';
import { sha256 } from '../../node/sha256';
import type { Db } from './database';
import { LATEST_SCHEMA_VERSION } from './migrations/index';

const PHOTOS = 'galley_backup_photos';

export interface BackupResult {
  file: string;
  bytes: number;
  /** Photos in the backup, each checked against its hash. */
  photos: number;
  /** Photos the library lists but its asset folder lacks (or holds damaged): not in the backup either. */
  missingPhotos: string[];
}

export interface RestoreResult {
  file: string;
  assetFolder: string;
  photos: number;
}


function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The path with every existing folder on the way resolved (symlinks, `..`), for comparing. */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    const parent = dirname(full);
    return parent === full ? full : join(canonical(parent), basename(full));
  }
}

function refuseOwnFiles(libraryFile: string, assetFolder: string, target: string): void {
  const library = canonical(libraryFile);
  const assets = canonical(assetFolder);
  const t = canonical(target);
  const sameInode = exists(target) && exists(libraryFile) && lstatSync(target).ino === lstatSync(libraryFile).ino && lstatSync(target).dev === lstatSync(libraryFile).dev;
  if (sameInode || [library, `${library}-wal`, `${library}-shm`, `${library}-journal`, assets].includes(t) || t.startsWith(assets + sep)) {
    throw new GalleyError('invalid-input', `${target} is the open library itself (or part of it); choose another file for the backup. Nothing was written.`);
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
}

const tempBeside = (target: string) => join(dirname(target), `.${basename(target)}.galley-${process.pid}-${ulid()}.tmp`);
/** A `tempBeside` name, or one of SQLite's files beside it; the pid is its writer's. */
const TEMP_BESIDE = /^\..+\.galley-(\d+)-[0-9A-HJKMNP-TV-Z]{26}\.tmp(?:-journal|-wal|-shm)?$/;

/**
 * Deletes what backups killed mid-write (a crash, a power cut) left in `folder`: hidden temp
 * files whose writer is gone. Run before each backup, so a folder of backups never fills with
 * them; a live writer's are left alone.
 */
export function discardStaleBackupTemps(folder: string): void {
  if (!exists(folder)) return;
  const stale = readdirSync(folder).filter((name) => {
    const match = TEMP_BESIDE.exec(name);
    return match !== null && !isWriterAlive(Number(match[1]));
  });
  // Recursive: a restore killed mid-way leaves its photos in such a folder.
  for (const name of stale) rmSync(join(folder, name), { recursive: true, force: true });
}

/** Adds the asset folder's photos to a fresh backup copy; returns the ids it could not add. */
function addPhotos(file: string, assetFolder: string): string[] {
  const db = new Database(file);
  try {
    // One self-contained file: no -wal beside it.
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE ${PHOTOS} (id TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT`);
    const insert = db.prepare(`INSERT INTO ${PHOTOS} (id, bytes) VALUES (?, ?)`);
    const missing: string[] = [];
    db.transaction(() => {
      for (const id of db.prepare('SELECT id FROM assets ORDER BY id').pluck().all() as string[]) {
        let bytes: Buffer;
        try {
          bytes = readFileSync(join(assetFolder, id));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new GalleyError('io', `The photo ${id} in ${assetFolder} could not be read (${(error as Error).message}); the backup was not written.`);
          missing.push(id);
          continue;
        }
        if (sha256(bytes) === id) insert.run(id, bytes);
        else missing.push(id);
      }
    })();
    return missing;
  } finally {
    db.close();
  }
}

/**
 * Opens a backup file and checks it whole: SQLite's integrity check, a schema this Galley knows,
 * and every photo against its hash. Returns the photos it holds and those its library lacked.
 */
export function verifyBackup(file: string): { photos: number; missingPhotos: string[] } {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new GalleyError('invalid-input', `${file} cannot be opened as a Galley backup: ${(error as Error).message}`);
  }
  try {
    const fail = (why: string): never => {
      throw new GalleyError('invalid-input', `${file} is not a usable Galley backup: ${why}`);
    };
    let check: unknown;
    try {
      check = db.pragma('integrity_check(1)', { simple: true });
    } catch (error) {
      return fail((error as Error).message);
    }
    if (check !== 'ok') fail(`it is damaged (${String(check)})`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) fail(`it was written by a newer version of Galley (schema ${version}); update Galley to restore it`);
    const hasTable = (name: string) => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
    if (!hasTable(PHOTOS) || !hasTable('assets')) fail('it has no photo table (a library file, or another file altogether)');
    let photos = 0;
    for (const row of db.prepare(`SELECT id, bytes FROM ${PHOTOS}`).iterate() as Iterable<{ id: string; bytes: Buffer }>) {
      if (sha256(row.bytes) !== row.id) fail(`the photo ${row.id} does not match its hash`);
      photos++;
    }
    const missingPhotos = db.prepare(`SELECT id FROM assets WHERE id NOT IN (SELECT id FROM ${PHOTOS}) ORDER BY id`).pluck().all() as string[];
    return { photos, missingPhotos };
  } finally {
    db.close();
  }
}

function isGalleyBackup(file: string): boolean {
  try {
    verifyBackup(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Backs up the open library `db` (file `libraryFile`, photos in `assetFolder`) to `target`:
 * written beside it, verified, then renamed into place, so an old backup there is replaced only
 * by a good one. Refuses the library's own files and any existing file that is not a backup.
 */
export async function backupLibrary(db: Db, libraryFile: string, assetFolder: string, target: string): Promise<BackupResult> {
  refuseOwnFiles(libraryFile, assetFolder, target);
  if (exists(target) && !isGalleyBackup(target)) {
    throw new GalleyError('invalid-input', `${target} exists and is not a Galley backup; Galley replaces only an older backup. Choose another name. Nothing was written.`);
  }
  discardStaleBackupTemps(dirname(target));
  const temp = tempBeside(target);
  try {
    await db.backup(temp);
    const missingPhotos = addPhotos(temp, assetFolder);
    fsyncFile(temp);
    const verified = verifyBackup(temp);
    if (verified.missingPhotos.join() !== missingPhotos.join()) throw new GalleyError('io', 'the photos read back from the backup are not the photos written to it.');
    renameSync(temp, target);
    syncFolder(dirname(target));
    return { file: target, bytes: lstatSync(target).size, photos: verified.photos, missingPhotos };
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error instanceof GalleyError ? error : new GalleyError('io', `The backup to ${target} failed (${(error as Error).message}); nothing there was changed.`);
  }
}

/**
 * Makes a new library at `libraryFile` (and its asset folder `assetFolder`) from a verified
 * backup. Never replaces anything: both names must be free, and the library file is published
 * with link(2), which fails on a file that appeared meanwhile.
 */
export async function restoreLibrary(backup: string, libraryFile: string, assetFolder: string): Promise<RestoreResult> {
  for (const path of [libraryFile, assetFolder, `${libraryFile}-wal`]) {
    if (exists(path)) throw new GalleyError('invalid-input', `${path} already exists; Galley restores only to a new library and never replaces one. Choose another name.`);
  }
  const { photos } = verifyBackup(backup);
  mkdirSync(dirname(libraryFile), { recursive: true });
  const tempLibrary = tempBeside(libraryFile);
  const tempAssets = tempBeside(assetFolder);
  let assetsPlaced = false;
  try {
    const source = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      await source.backup(tempLibrary);
    } finally {
      source.close();
    }
    const db = new Database(tempLibrary);
    try {
      db.pragma('journal_mode = DELETE');
      mkdirSync(tempAssets);
      for (const row of db.prepare(`SELECT id, bytes FROM ${PHOTOS}`).iterate() as Iterable<{ id: string; bytes: Buffer }>) writeSyncedFile(join(tempAssets, row.id), row.bytes);
      syncFolder(tempAssets);
      db.exec(`DROP TABLE ${PHOTOS}`);
      db.exec('VACUUM');
    } finally {
      db.close();
    }
    fsyncFile(tempLibrary);
    // The photos first: a library is never in place without them.
    if (exists(assetFolder)) throw new GalleyError('invalid-input', `${assetFolder} appeared during the restore; nothing was replaced.`);
    renameSync(tempAssets, assetFolder);
    assetsPlaced = true;
    if (!placeTempFile(dirname(libraryFile), basename(tempLibrary), basename(libraryFile))) {
      throw new GalleyError('invalid-input', `${libraryFile} appeared during the restore; nothing was replaced.`);
    }
    syncFolder(dirname(libraryFile));
    return { file: libraryFile, assetFolder, photos };
  } catch (error) {
    removeDatabaseFiles(tempLibrary);
    rmSync(tempAssets, { recursive: true, force: true });
    if (assetsPlaced) rmSync(assetFolder, { recursive: true, force: true });
    throw error instanceof GalleyError ? error : new GalleyError('io', `The restore to ${libraryFile} failed (${(error as Error).message}); nothing was left behind.`);
  }
}
