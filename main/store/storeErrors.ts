import { GalleyError } from '../../src/api/result';

/** SQLite result codes turned into what the user can do about them. */
const SQLITE_MESSAGES: Record<string, string> = {
  SQLITE_FULL: 'The disk is full, so the change was not saved. Free some space and try again; nothing already saved was lost.',
  SQLITE_READONLY: 'The library file is read-only, so the change was not saved. Check the file’s permissions.',
  SQLITE_BUSY: 'The library is locked by another program, so the change was not saved. Close the other program and try again.',
  SQLITE_LOCKED: 'The library is locked by another program, so the change was not saved. Close the other program and try again.',
  SQLITE_CORRUPT: 'The library file is damaged. Galley stopped before changing it; restore it from a backup.',
  SQLITE_NOTADB: 'This file is not a Galley library (it is not an SQLite database). It was not changed.',
  SQLITE_IOERR: 'The disk reported an error while Galley was using the library. Nothing was saved by this step.',
  SQLITE_CANTOPEN: 'The library file cannot be opened: check that the folder exists and is writable.',
};

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Turns a storage failure into a GalleyError the UI can show; other errors pass through. */
export function toStoreError(error: unknown): unknown {
  const code = sqliteCode(error);
  if (!code) return error;
  const base = Object.keys(SQLITE_MESSAGES).find((known) => code === known || code.startsWith(`${known}_`));
  if (base) return new GalleyError('io', SQLITE_MESSAGES[base], { sqlite: code });
  return new GalleyError('io', `The library could not be used (${code}). Nothing was saved by this step.`, { sqlite: code });
}
