import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../main/store/store';

/** A fresh folder for one test's library and files; `cleanup` removes it. */
export function tempFolder(prefix = 'galley-test-'): { dir: string; file: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type TempFolder = ReturnType<typeof tempFolder>;

/** A new library in a fresh folder, for one test. */
export function openTestLibrary(prefix?: string): { folder: TempFolder; store: Store } {
  const folder = tempFolder(prefix);
  return { folder, store: new Store(folder.file('library.galley')) };
}

/** Closes the test's library and removes its folder. */
export function closeTestLibrary(folder: TempFolder, store: Store): void {
  store.close();
  folder.cleanup();
}
