import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES, MAX_IMPORT_TOTAL_BYTES, megabytes } from '../../src/api/importExport';
import { decodeImportFile } from '../../src/wire/decodeText';
import { ImportError } from '../../src/wire/types';
import { readBase64 } from '../common/readBase64';

/** A story file as text, or a photo delivered with one (a saved page's `NAME_files` images) as base64. */
export type ImportFile = { name: string; text: string } | { name: string; dataBase64: string };

const isImage = (file: File) => /\.(?:jpe?g|png|gif|webp)$/i.test(file.name) || file.type.startsWith('image/');

/**
 * The chosen or dropped files as text (photos as base64), read in the page (the renderer has no file system).
 * Sizes are checked before anything is read, so a wrong pick (a video) fails at once instead
 * of filling memory; the services check again, since they cannot trust the page.
 */
export async function readImportFiles(files: readonly File[], onProgress: (done: number, total: number) => void): Promise<ImportFile[]> {
  if (!files.length) throw new Error('No files to import.');
  if (files.length > MAX_IMPORT_FILES) throw new Error(`That is ${files.length} files; Galley imports at most ${MAX_IMPORT_FILES} at a time. Nothing was imported.`);
  const tooLarge = files.find((file) => file.size > MAX_IMPORT_FILE_BYTES);
  if (tooLarge) throw new Error(`${tooLarge.name} is ${megabytes(tooLarge.size)}; Galley imports files up to ${megabytes(MAX_IMPORT_FILE_BYTES)}. Nothing was imported.`);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_TOTAL_BYTES) throw new Error(`These files are ${megabytes(total)} together; one import takes up to ${megabytes(MAX_IMPORT_TOTAL_BYTES)}. Import them in smaller groups. Nothing was imported.`);
  const read: ImportFile[] = [];
  for (const file of files) {
    onProgress(read.length, files.length);
    try {
      read.push(isImage(file) ? { name: file.name, dataBase64: await readBase64(file) } : { name: file.name, text: decodeImportFile(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      if (error instanceof ImportError) throw new Error(`${file.name}: ${error.message} Nothing was imported.`);
      throw new Error(`${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`);
    }
  }
  return read;
}
