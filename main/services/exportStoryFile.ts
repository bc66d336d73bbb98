import { stat } from 'node:fs/promises';
import type { ParsedInput } from '../../src/api/contract';
import type { ExportedFile, ExportedToFolder } from '../../src/api/importExport';
import { GalleyError, isGalleyError } from '../../src/api/result';
import type { StorePort } from '../store/storePort';
import type { OutboxFiles } from './desk/outboxFiles';
import { recoverExportFolder, renderExport } from './exportToFolder';
import { numberedName } from '../../node/publishFile';

/**
 * One story as the story view's Export shows it before saving: the file, and what it loses, as
 * `exportStoryToFolder` writes it into a folder without those names taken, its photos beside it
 * in a format that shows pictures. Named like the CLI's `export` files; rendered with the
 * exporters' defaults, so the same stored story always gives the same bytes. Sending to a
 * destination is the desk's `sendStories`.
 */
export async function exportStoryFile(store: StorePort, assetFolder: string, { id, format }: ParsedInput<'exportStory'>): Promise<ExportedFile> {
  const file = await renderExport(await store.getStory(id), format, assetFolder, (stem, extension) => numberedName(stem, extension, 1));
  return { format, fileName: file.fileName, mediaType: file.mediaType, base64: Buffer.from(file.bytes).toString('base64'), losses: file.losses };
}

/** Refuses a folder that is not there (a typo must not make folders, as the CLI's --out does) or is a file. */
async function checkFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new GalleyError('io', `${folder} is a file, not a folder. Choose a folder to export into.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new GalleyError('io', `There is no folder ${folder}. Choose a folder that exists.`);
    throw error;
  }
}

/**
 * One story as a new file in `folder`, with its photos when the format shows them (the library's
 * Export of a selection, one call a story): the CLI's `export` path (exportToFolder.ts), run by
 * `files` (the outbox worker in the app, off the main process). A taken name gets the next number;
 * nothing is written over.
 */
export async function exportStoryToFolder(store: StorePort, files: OutboxFiles, assetFolder: string, { id, format, folder }: ParsedInput<'exportToFolder'>): Promise<ExportedToFolder> {
  const story = await store.getStory(id);
  await checkFolder(folder);
  try {
    await recoverExportFolder(store, files, folder);
    const [file] = await files.exportToFolder([story], format, folder, assetFolder);
    return { id, folder, fileName: file.fileName, photos: file.photos, losses: file.losses };
  } catch (error) {
    if (isGalleyError(error)) throw error;
    throw new GalleyError('io', `Could not export into ${folder}: ${(error as Error).message}`);
  }
}
