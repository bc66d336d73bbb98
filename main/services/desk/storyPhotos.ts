// A story's photos as a send (or an export) writes them: read from the library's asset folder,
// checked against their content hash (a damaged or missing file stops the send with its caption
// named, rather than sending something else), and named before the story's files are rendered,
// because those files name them.
import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../../src/api/result';
import { fileNameFor } from '../../../src/desk/destination';
import { PHOTO_FILE } from '../../../src/desk/types';
import { IMAGE_EXTENSIONS, imageSize } from '../../../src/editor/figure/imageSize';
import { isAssetId, sniffImageType } from '../../../src/editor/figure/imageFile';
import { figuresOf, photoIdsOf, type BodyDoc } from '../../../src/story/body';
import type { ReadinessProblem } from '../../../src/story/readiness';
import type { Story } from '../../../src/story/story';
import { photoLabel } from '../../../src/wire/photos';
import type { PhotoFile } from '../../../src/wire/types';
import { safeFileStem } from '../../../node/atomicWrite';
import { sha256 } from '../../../node/sha256';

/** A photo going out beside a story: where it is and how the story's files describe it. */
export interface OutgoingPhoto {
  assetId: string;
  /** Its file in the library's asset folder. */
  path: string;
  file: PhotoFile;
}

/** Names the story's `index`th photo (from 0), given its file extension. */
export type PhotoNamer = (extension: string, index: number) => string;

/**
 * A send's photo names: the destination's `pattern` with the story's values (`story` as sent,
 * with the version its files carry), numbered on from `firstSequence`, the first photo's.
 */
export function sendPhotoNames(pattern: string, story: Pick<Story, 'slug' | 'id' | 'version'>, firstSequence: number): PhotoNamer {
  const values = { slug: safeFileStem(story.slug, story.id), id: story.id, version: story.version };
  // A pattern may leave out {ext} (`{slug}-{seq}.xml`): a photo still ends in its own type.
  const withType = pattern.includes('{ext}') ? pattern : `${pattern}.{ext}`;
  return (ext, index) => fileNameFor(withType, { ...values, seq: firstSequence + index, ext, format: PHOTO_FILE });
}

/** Why a photo cannot go: named as the desk knows it (`Photo 1 (“caption”)`), with what to do. */
export function photoProblem(body: BodyDoc, assetId: string, what: string): GalleyError {
  const figures = figuresOf(body);
  const index = figures.findIndex((figure) => figure.src === assetId);
  const label = photoLabel(figures[index], index + 1);
  return new GalleyError('io', `${label[0].toUpperCase()}${label.slice(1)} cannot be sent: ${what}. Insert the photo again, or remove the figure.`);
}

/** The words for a photo whose file is not in the library (a library copied without its `.assets` folder). */
const FILE_MISSING = "its file is not in the library's photo folder";

/**
 * Readiness problems for the figures whose photo file is missing, so the desk sees them before
 * a send refuses the story. Only whether the file is there: its bytes are checked when it is sent.
 */
export function missingPhotoFiles(assetFolder: string, body: BodyDoc): ReadinessProblem[] {
  return figuresOf(body).flatMap((figure, n) =>
    isAssetId(figure.src) && !existsSync(join(assetFolder, figure.src))
      ? [{ code: 'figure-photo-file-missing', field: 'body', position: { block: figure.index, offset: 0 }, severity: 'error' as const, message: `Photo ${n + 1}: ${FILE_MISSING}: insert the photo again, or remove the figure.` }]
      : [],
  );
}

/** The words for a photo file whose bytes are no longer those its asset id (their hash) names. */
export const DAMAGED_PHOTO = "its file in the library's photo folder is damaged";

/**
 * Enough of a photo's head to find its type and pixel size: JPEG's frame header follows its
 * metadata segments, which are at most a few hundred kilobytes. A size not found there is left out.
 */
const HEAD_BYTES = 512 * 1024;

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const { buffer, bytesRead } = await file.read(Buffer.alloc(Math.min(size, HEAD_BYTES)), 0, Math.min(size, HEAD_BYTES), 0);
    return { head: buffer.subarray(0, bytesRead), size };
  } finally {
    await file.close();
  }
}

/**
 * The body's photos (each once, in reading order) in `assetFolder`, named by `nameOf`: their
 * type, size and pixel size from the file's head. The bytes are read, and checked against the
 * asset id, only when the photo is written. Throws, naming the photo, when one is not there.
 */
export async function readStoryPhotos(assetFolder: string | undefined, body: BodyDoc, nameOf: PhotoNamer): Promise<OutgoingPhoto[]> {
  const ids = photoIdsOf(body);
  if (ids.length && !assetFolder) throw new GalleyError('io', 'This library has no photo folder, so its photos cannot be sent.');
  return Promise.all(
    ids.map(async (assetId, i) => {
      const path = join(assetFolder!, assetId);
      let found: { head: Uint8Array; size: number };
      try {
        found = await readHead(path);
      } catch (error) {
        throw photoProblem(body, assetId, `${FILE_MISSING} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      const mediaType = sniffImageType(found.head);
      if (!mediaType) throw photoProblem(body, assetId, DAMAGED_PHOTO);
      return { assetId, path, file: { fileName: nameOf(IMAGE_EXTENSIONS[mediaType], i), mediaType, size: found.size, ...imageSize(found.head) } };
    }),
  );
}

/** A photo's bytes, checked against its asset id. */
export async function readPhotoBytes(photo: OutgoingPhoto, body: BodyDoc): Promise<Uint8Array> {
  const bytes = await readFile(photo.path);
  if (sha256(bytes) !== photo.assetId) throw photoProblem(body, photo.assetId, DAMAGED_PHOTO);
  return bytes;
}

/** The photos as the exporters take them (ExportOptions.photos). */
export function photoFilesById(photos: readonly OutgoingPhoto[]): Record<string, PhotoFile> {
  return Object.fromEntries(photos.map((photo) => [photo.assetId, photo.file]));
}
