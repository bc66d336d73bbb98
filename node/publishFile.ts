// Galley's one rule for files it creates in a user's folder (a wire outbox, an export folder, a
// story's photos beside it): a new file never replaces anything that is there. A name counts as
// taken by any directory entry, a dangling symlink included. The bytes are written to a hidden
// temp file first and fsynced, then published with link(2), which fails on any existing entry
// instead of replacing it, so a file that appears between a check and the publish is kept too.
// A reader (a transmitter watching the folder) sees nothing or the whole file.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { GalleyError } from '../src/api/result';
import { syncFolder, writeSyncedFile } from './atomicWrite';

export { syncFolder };

/** `.galley-<pid>-<ulid>.tmp`: the pid tells crash recovery whether its writer is still alive. */
export const TEMP_FILE = /^\.galley-(\d+)-[0-9A-HJKMNP-TV-Z]{26}\.tmp$/;

/** Whether the process that named a temp file by its pid may still be writing it. */
export function isWriterAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const tempName = () => `.galley-${process.pid}-${ulid()}.tmp`;

/** Writes bytes to a new hidden temp file in `folder`, fsynced; returns its name. */
export function writeTempFile(folder: string, bytes: Uint8Array): string {
  const name = tempName();
  writeSyncedFile(join(folder, name), bytes);
  return name;
}

/** How much of a copied file is held in memory at once. */
const COPY_CHUNK = 1024 * 1024;

/**
 * Copies the file `source` to a new hidden temp file in `folder`, fsynced, a chunk at a time (a
 * photo never has to be in memory whole); returns its name and the SHA-256 of what was copied.
 */
export function copyToTempFile(folder: string, source: string): { name: string; sha256: string } {
  const name = tempName();
  const target = join(folder, name);
  const hash = createHash('sha256');
  const input = openSync(source, 'r');
  try {
    const output = openSync(target, 'wx');
    try {
      const chunk = Buffer.allocUnsafe(COPY_CHUNK);
      for (let read = readSync(input, chunk); read > 0; read = readSync(input, chunk)) {
        hash.update(chunk.subarray(0, read));
        for (let written = 0; written < read; ) written += writeSync(output, chunk, written, read - written);
      }
      fsyncSync(output);
    } catch (error) {
      closeSync(output);
      rmSync(target, { force: true });
      throw error;
    }
    closeSync(output);
  } finally {
    closeSync(input);
  }
  return { name, sha256: hash.digest('hex') };
}

export function discardTempFile(folder: string, name: string): void {
  rmSync(join(folder, name), { force: true });
}

/** Whether anything, even a symlink pointing nowhere, has this name in `folder`. */
export function isNameTaken(folder: string, fileName: string): boolean {
  return exists(join(folder, fileName));
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** link(2) errors that mean the file system has no hard links (FAT, exFAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [lstatSync(a), lstatSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * Gives the temp file `tempName` its final name, never replacing anything: false when the name
 * is taken (the temp file stays). A temp file already published (a crash between link and
 * unlink, or crash recovery got there first) counts as published.
 */
export function placeTempFile(folder: string, tempName: string, fileName: string): boolean {
  const temp = join(folder, tempName);
  const target = join(folder, fileName);
  try {
    linkSync(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') {
      if (!sameFile(temp, target)) return false;
    } else if (code === 'ENOENT' && !exists(temp) && exists(target)) {
      // Crash recovery published it first.
      return true;
    } else if (NO_HARD_LINKS.has(code)) {
      // No primitive here refuses to replace; the check leaves only the moment before the rename.
      if (exists(target)) return false;
      renameSync(temp, target);
      return true;
    } else throw error;
  }
  rmSync(temp, { force: true });
  return true;
}

/** The message for a name Galley will not overwrite. */
export function takenMessage(folder: string, fileName: string): string {
  return `${fileName} already exists in ${folder}; Galley never overwrites a file.`;
}

/** `stem.ext`, then `stem-2.ext`, `stem-3.ext`...: the `n`th name to try for a new file. */
export function numberedName(stem: string, extension: string, n: number): string {
  return `${n === 1 ? stem : `${stem}-${n}`}.${extension}`;
}

/**
 * Publishes `bytes` as the new file `fileName` in `folder`, a name chosen beforehand because
 * another file names it (a story naming its photo): refused with its name when that is taken.
 * The caller fsyncs the folder once its files are all in place.
 */
export function publishFileAs(folder: string, fileName: string, bytes: Uint8Array): void {
  const temp = writeTempFile(folder, bytes);
  try {
    if (!placeTempFile(folder, temp, fileName)) throw new GalleyError('io', takenMessage(folder, fileName));
  } finally {
    discardTempFile(folder, temp);
  }
}
