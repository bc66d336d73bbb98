// Files in a wire outbox (a hot folder a transmitter watches). The order that keeps the sent log
// and the folder in step, whatever moment the process dies at:
//
//   1. every file of a story is rendered, validated and written to a hidden temporary file in the
//      destination folder (`.galley-<pid>-<ulid>.tmp`), fsynced;
//   2. one transaction takes the sequence numbers and writes the log rows, each naming its temp file;
//   3. the temp files get their final names (publishFile.ts: link, which never replaces a file,
//      then unlink) and the folder is fsynced.
//
// A crash before 2 leaves temp files no row names: recovery deletes them (the sequence numbers
// were never taken, so there is no gap). A crash between 2 and 3 leaves temp files a row names:
// recovery finishes the publish. A transmitter only ever sees whole files under final names, and
// every final file has its row. Recovery runs before each send to the folder.
import { existsSync, readdirSync } from 'node:fs';
import { GalleyError } from '../src/api/result';
import { discardTempFile, isWriterAlive, placeTempFile, syncFolder, takenMessage, TEMP_FILE } from './publishFile';

export { isNameTaken } from './publishFile';

/**
 * The file operations of the protocol, run wherever the caller writes: the desktop app on its
 * outbox worker thread, the CLI, tests and the newsroom server on their own thread.
 */
export interface TempFileOperations {
  placeTemp(folder: string, tempName: string, fileName: string): Promise<boolean>;
  discardTemp(folder: string, name: string): Promise<void>;
  syncFolder(folder: string): Promise<void>;
}

/** The protocol's file operations on the calling thread (the newsroom server; tests). */
export const inProcessTempFiles: TempFileOperations = {
  placeTemp: async (folder, tempName, fileName) => placeTempFile(folder, tempName, fileName),
  discardTemp: async (folder, name) => discardTempFile(folder, name),
  syncFolder: async (folder) => syncFolder(folder),
};

/** Where the sent log is kept (a library, or the newsroom server's database): the rows that name temp files. */
export interface SentLogByTempName {
  findSentByTempNames(tempNames: readonly string[]): Promise<{ tempName: string; fileName: string }[]>;
}

/**
 * Gives a committed temp file its logged name. Never replaces a file: a name taken by a file
 * that is not this one (it appeared after the check before the send) stops with its name, and
 * the temp file stays for recovery once the user has moved that file away.
 */
export async function publishTempFile(files: TempFileOperations, folder: string, name: string, fileName: string): Promise<void> {
  if (!(await files.placeTemp(folder, name, fileName))) throw new GalleyError('io', `${takenMessage(folder, fileName)} Move it away: Galley then puts the file it logged as sent in its place.`);
}

export interface RecoveryReport {
  /** Files whose send was committed before a crash, now in place. */
  completed: string[];
  /** Temp files of sends that never committed, deleted. */
  discarded: string[];
}

/**
 * Brings `folder` in step with the log after a crash (see the top of this file). Temp files of a
 * live process are left alone unless their row is committed: that process may still be writing.
 */
export async function recoverOutbox(folder: string, log: SentLogByTempName, files: TempFileOperations): Promise<RecoveryReport> {
  const report: RecoveryReport = { completed: [], discarded: [] };
  if (!existsSync(folder)) return report;
  const temps = readdirSync(folder).filter((name) => TEMP_FILE.test(name));
  if (!temps.length) return report;
  const committed = new Map((await log.findSentByTempNames(temps)).map((entry) => [entry.tempName, entry]));
  for (const name of temps) {
    const entry = committed.get(name);
    if (entry) {
      await publishTempFile(files, folder, name, entry.fileName);
      report.completed.push(entry.fileName);
    } else if (!isWriterAlive(Number(TEMP_FILE.exec(name)![1]))) {
      await files.discardTemp(folder, name);
      report.discarded.push(name);
    }
  }
  await files.syncFolder(folder);
  return report;
}
