// `galley export --format F --out DIR`: one-off files, each story's own, and in a format that
// shows pictures its photos beside it (`SLUG-photo-1.jpg`...), as a send writes them into an
// outbox but without sequence numbers or a log. The names are chosen before rendering, because
// the story's file names its photos: each the first free one (`stem.ext`, `stem-2.ext`...), so
// nothing of the user's is written over, and every file appears whole (node/publishFile.ts). An
// export killed mid-write leaves a hidden temp file; the next export to the folder deletes it
// first, by the outbox's recovery, which also publishes a committed send's file should the
// folder be a destination's outbox as well.
import { mkdirSync } from 'node:fs';
import type { Story } from '../../src/story/story';
import { exportStory, FORMAT_INFO, type Loss, type WireFormat } from '../../src/wire/index';
import type { StorePort } from '../store/storePort';
import { safeFileStem } from '../../node/atomicWrite';
import { recoverOutbox } from '../../node/outbox';
import type { OutboxFiles } from './desk/outboxFiles';
import { photoFilesById, readPhotoBytes, readStoryPhotos } from './desk/storyPhotos';
import { isNameTaken, numberedName, publishFileAs, syncFolder } from '../../node/publishFile';

export interface FolderExport {
  id: string;
  /** The story's file name in the folder. */
  fileName: string;
  /** Its photos' file names, in reading order; empty for a format that carries no pictures. */
  photos: string[];
  losses: Loss[];
}

/** Brings an export folder in step after a crash (see the top of this file); every caller runs it before exporting to the folder. */
export async function recoverExportFolder(store: StorePort, files: OutboxFiles, folder: string): Promise<void> {
  await recoverOutbox(folder, store, files);
}

/** A story as an export writes it: its file and, in a format that shows pictures, its photos. */
export interface RenderedExport {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  photos: { fileName: string; bytes: Uint8Array }[];
  losses: Loss[];
}

/**
 * Renders `story` in `format` for an export, its photos read from `assetFolder` and checked.
 * `nameOf(stem, extension)` gives each file its name, the photos' first (`SLUG-photo-1`),
 * because the story's file names them. The story view's Export shows this before it saves.
 */
export async function renderExport(story: Story, format: WireFormat, assetFolder: string, nameOf: (stem: string, extension: string) => string): Promise<RenderedExport> {
  const stem = safeFileStem(story.slug, story.id);
  const found = FORMAT_INFO[format].carriesPictures ? await readStoryPhotos(assetFolder, story.body, (extension, i) => nameOf(`${stem}-photo-${i + 1}`, extension)) : [];
  const photos = await Promise.all(found.map(async (photo) => ({ fileName: photo.file.fileName, bytes: await readPhotoBytes(photo, story.body) })));
  const result = exportStory(story, format, { photos: photoFilesById(found) });
  return { fileName: nameOf(stem, result.extension), mediaType: result.mediaType, bytes: result.bytes, photos, losses: result.losses };
}

/**
 * Writes each story in `format` to `folder`, with its photos when the format shows them. Every
 * story is rendered, and every photo read, before anything is written: a story that cannot be
 * exported (a photo missing from `assetFolder`) leaves no file behind.
 */
export async function exportToFolder(stories: readonly Story[], format: WireFormat, folder: string, assetFolder: string): Promise<FolderExport[]> {
  const chosen = new Set<string>();
  const freeName = (stem: string, extension: string): string => {
    for (let n = 1; ; n++) {
      const name = numberedName(stem, extension, n);
      if (!chosen.has(name) && !isNameTaken(folder, name)) {
        chosen.add(name);
        return name;
      }
    }
  };
  const planned: (RenderedExport & { id: string })[] = [];
  for (const story of stories) planned.push({ id: story.id, ...(await renderExport(story, format, assetFolder, freeName)) });
  mkdirSync(folder, { recursive: true });
  for (const { photos, fileName, bytes } of planned) {
    // Photos first: a reader that sees the story's file finds the files it names.
    for (const photo of photos) publishFileAs(folder, photo.fileName, photo.bytes);
    publishFileAs(folder, fileName, bytes);
  }
  syncFolder(folder);
  return planned.map(({ id, fileName, photos, losses }) => ({ id, fileName, photos: photos.map((photo) => photo.fileName), losses }));
}
