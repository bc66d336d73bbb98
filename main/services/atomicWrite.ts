import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isReservedDeviceName } from '../../src/desk/portableFileName';

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
