// A story's photos as a send (or an export) writes them: read from the library's asset folder,
// checked against their content hash (a damaged or missing file stops the send with its caption
// named, rather than sending something else), and named before the story's files are rendered,
// because those files name them.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../../src/api/result';
import { fileNameFor } from '../../../src/desk/destination';
import { PHOTO_FILE } from '../../../src/desk/types';
import { IMAGE_EXTENSIONS, imageSize } from '../../../src/editor/figure/imageSize';
import { sniffImageType } from '../../../src/editor/figure/imageFile';
import { figuresOf, photoIdsOf, type BodyDoc } from '../../../src/story/body';
import type { Story } from '../../../src/story/story';
import { photoLabel } from '../../../src/wire/photos';
import type { PhotoFile } from '../../../src/wire/types';
import { safeFileStem } from '../atomicWrite';

/** A photo going out beside a story: its bytes and how the story's files describe it. */
export interface OutgoingPhoto {
  assetId: string;
  bytes: Uint8Array;
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

function photoProblem(body: BodyDoc, assetId: string, what: string): GalleyError {
  const figures = figuresOf(body);
  const index = figures.findIndex((figure) => figure.src === assetId);
  const label = photoLabel(figures[index], index + 1);
  return new GalleyError('io', `${label[0].toUpperCase()}${label.slice(1)} cannot be sent: ${what}. Insert the photo again, or remove the figure.`);
}

/** Reads the body's photos (each once, in reading order) from `assetFolder`, named by `nameOf`. Throws, naming the photo, when one cannot be read. */
export async function readStoryPhotos(assetFolder: string | undefined, body: BodyDoc, nameOf: PhotoNamer): Promise<OutgoingPhoto[]> {
  const ids = photoIdsOf(body);
  if (ids.length && !assetFolder) throw new GalleyError('io', 'This library has no photo folder, so its photos cannot be sent.');
  return Promise.all(
    ids.map(async (assetId, i) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(assetFolder!, assetId));
      } catch (error) {
        throw photoProblem(body, assetId, `its file is not in the library's photo folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      }
      const mediaType = sniffImageType(bytes);
      if (!mediaType || createHash('sha256').update(bytes).digest('hex') !== assetId) throw photoProblem(body, assetId, "its file in the library's photo folder is damaged");
      return { assetId, bytes, file: { fileName: nameOf(IMAGE_EXTENSIONS[mediaType], i), mediaType, size: bytes.length, ...imageSize(bytes) } };
    }),
  );
}

/** The photos as the exporters take them (ExportOptions.photos). */
export function photoFilesById(photos: readonly OutgoingPhoto[]): Record<string, PhotoFile> {
  return Object.fromEntries(photos.map((photo) => [photo.assetId, photo.file]));
}
