import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isReservedDeviceName } from '../src/desk/portableFileName';

/** Creates `file` (it must not exist) with exactly `bytes`, fsynced; on failure nothing is left behind. */
export function writeSyncedFile(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** Makes renames in `folder` durable; Windows has no directory fsync and does not need one. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file so that a reader (a wire transmitter watching the folder) sees either nothing
 * or the whole file: a temporary file in the same folder, fsync, then rename over the target.
 */
export function writeFileAtomic(file: string, bytes: Uint8Array | string): void {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  writeSyncedFile(temp, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
  try {
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(file));
}

/** writeFileAtomic's temporary files: `.NAME.PID.MILLISECONDS.tmp`. */
const TEMP_FILE = /^\..+\.(\d+)\.(\d+)\.tmp$/;

/** A temp file is stale when its writer is no longer running, or (a reused pid) it is a day old. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user holds the pid.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes writeFileAtomic's temporary files that a crash left in `folder` (a kill between the
 * write and the rename leaves one for good); files of a writer still running are left to it.
 * Returns the names removed. Only names of the temp pattern are touched, never anything else.
 */
export function sweepStaleTempFiles(folder: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const match = TEMP_FILE.exec(name);
    return match !== null && (!isRunning(Number(match[1])) || now - Number(match[2]) > STALE_AFTER_MS);
  });
  for (const name of stale) rmSync(join(folder, name), { force: true });
  return stale;
}

/**
 * A file name made from user text (a slug): accents folded (É → E), no path separators, no
 * dot-files, nothing unprintable, no Windows device name.
 */
export function safeFileStem(text: string, fallback: string): string {
  const stem = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  // `CON` would name a device on Windows under a pattern such as `{slug}.{seq}.{ext}`.
  return isReservedDeviceName(stem) ? `${stem}_` : stem || fallback;
}
