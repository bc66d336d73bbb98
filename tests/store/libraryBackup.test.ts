import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAsset, assetFolderOf } from '../../main/services/assets';
import { restoreLibrary } from '../../main/store/libraryBackup';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { storyFields } from '../support/storyBuilders';
import { closeTestLibrary, openTestLibrary, type TempFolder } from '../support/tempLibrary';

const PNG = readFileSync(new URL('../../assets/samples/images/sample-lighthouse.png', import.meta.url));
const PHOTO = createHash('sha256').update(PNG).digest('hex');

let folder: TempFolder;
let store: Store;
let assets: string;
let headline: string;
let storyId: string;

beforeEach(async () => {
  ({ folder, store } = openTestLibrary());
  assets = assetFolderOf(store.file);
  const story = store.createStory(storyFields());
  ({ headline, id: storyId } = story);
  await addAsset(inProcessStore(store), assets, { name: 'light.png', bytes: PNG });
});
afterEach(() => closeTestLibrary(folder, store));

const libraryBytes = () => readFileSync(store.file);

describe('backup', () => {
  it('holds the library and its photos in one file, and a restore makes a new library with both', async () => {
    const backup = folder.file('monday.galley-backup');
    expect(await store.backup(backup, assets)).toMatchObject({ file: backup, photos: 1, missingPhotos: [] });
    rmSync(assets, { recursive: true });

    const restored = folder.file('restored/library.galley');
    expect(await restoreLibrary(backup, restored, assetFolderOf(restored))).toMatchObject({ file: restored, photos: 1 });
    expect(readFileSync(join(assetFolderOf(restored), PHOTO))).toEqual(PNG);
    const opened = new Store(restored);
    try {
      expect(opened.getStory(storyId).headline).toBe(headline);
      expect(opened.getAsset(PHOTO)).toMatchObject({ id: PHOTO, bytes: PNG.length });
    } finally {
      opened.close();
    }
  });

  it('names the photos the library had already lost, and backs up the rest', async () => {
    rmSync(join(assets, PHOTO));
    expect(await store.backup(folder.file('b.galley-backup'), assets)).toMatchObject({ photos: 0, missingPhotos: [PHOTO] });
  });

  it('a failed backup onto an older one leaves the older one whole and no temp file behind', async () => {
    const backup = folder.file('nightly.galley-backup');
    await store.backup(backup, assets);
    const before = readFileSync(backup);
    store.createStory(storyFields({ headline: 'A story after the first backup' }));
    // The photo cannot be read (a folder where the file should be): the backup must fail.
    rmSync(join(assets, PHOTO));
    mkdirSync(join(assets, PHOTO));
    await expect(store.backup(backup, assets)).rejects.toThrow(new RegExp(`photo ${PHOTO} .* could not be read.*the backup was not written`));
    expect(readFileSync(backup).equals(before)).toBe(true);
    expect(readdirSync(folder.dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it.each([
    ['the library file', () => store.file],
    ['its asset folder', () => assets],
    ['a file inside its asset folder', () => join(assets, 'backup.galley-backup')],
  ])('refuses %s as the target and changes nothing', async (_what, target) => {
    const before = libraryBytes();
    await expect(store.backup(target(), assets)).rejects.toThrow(/is the open library itself.*Nothing was written/);
    expect(libraryBytes().equals(before)).toBe(true);
    expect(readFileSync(join(assets, PHOTO))).toEqual(PNG);
  });

  it('deletes what a backup killed mid-write left in the folder, and leaves a running backup\'s alone', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const ulid = '01M99CSJBAQRK0V9J34QWKRYHJ';
    const left = [`.nightly.galley-backup.galley-${dead}-${ulid}.tmp`, `.nightly.galley-backup.galley-${dead}-${ulid}.tmp-journal`];
    const running = `.weekly.galley-backup.galley-${process.pid}-${ulid}.tmp`;
    for (const name of [...left, running]) writeFileSync(folder.file(name), 'half a backup');
    writeFileSync(folder.file('.my-notes'), 'a dot-file of the user\'s');
    await store.backup(folder.file('nightly.galley-backup'), assets);
    expect(readdirSync(folder.dir).filter((name) => name.startsWith('.')).sort()).toEqual(['.my-notes', running]);
  });

  it('refuses to replace a file that is not a backup', async () => {
    writeFileSync(folder.file('notes.txt'), 'my notes');
    await expect(store.backup(folder.file('notes.txt'), assets)).rejects.toThrow(/notes.txt exists and is not a Galley backup/);
    expect(readFileSync(folder.file('notes.txt'), 'utf8')).toBe('my notes');
  });
});

describe('restore', () => {
  let backup: string;
  beforeEach(async () => {
    backup = folder.file('b.galley-backup');
    await store.backup(backup, assets);
  });

  it('never replaces a library or an asset folder that exists', async () => {
    await expect(restoreLibrary(backup, store.file, assets)).rejects.toThrow(/already exists; Galley restores only to a new library/);
    const other = folder.file('other.galley');
    mkdirSync(assetFolderOf(other));
    await expect(restoreLibrary(backup, other, assetFolderOf(other))).rejects.toThrow(/other.galley.assets already exists/);
    expect(existsSync(other)).toBe(false);
  });

  it('refuses a backup whose photo does not match its hash, and leaves nothing behind', async () => {
    const db = new Database(backup);
    db.prepare('UPDATE galley_backup_photos SET bytes = ?').run(Buffer.from('not the photo'));
    db.close();
    const target = folder.file('new.galley');
    await expect(restoreLibrary(backup, target, assetFolderOf(target))).rejects.toThrow(new RegExp(`not a usable Galley backup: the photo ${PHOTO} does not match its hash`));
    expect(readdirSync(folder.dir).sort()).toEqual(['b.galley-backup', 'library.galley', 'library.galley-shm', 'library.galley-wal', 'library.galley.assets']);
  });

  it('refuses a library file given as a backup', async () => {
    const target = folder.file('new.galley');
    await expect(restoreLibrary(store.file, target, assetFolderOf(target))).rejects.toThrow(/not a usable Galley backup: it has no photo table/);
  });
});
