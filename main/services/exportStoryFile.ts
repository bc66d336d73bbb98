import type { ParsedInput } from '../../src/api/contract';
import type { ExportedFile } from '../../src/api/importExport';
import { exportStory } from '../../src/wire/index';
import type { StorePort } from '../store/storePort';
import { safeFileStem } from './atomicWrite';

/**
 * One story as a file for the user to save where they like (the story view's Export). Named
 * like the CLI's `export` files; rendered with the exporters' defaults, so the same stored
 * story always gives the same bytes. Sending to a destination is the desk's `sendStories`.
 */
export async function exportStoryFile(store: StorePort, { id, format }: ParsedInput<'exportStory'>): Promise<ExportedFile> {
  const story = await store.getStory(id);
  const result = exportStory(story, format);
  return {
    format,
    fileName: `${safeFileStem(story.slug, story.id)}.${result.extension}`,
    mediaType: result.mediaType,
    base64: Buffer.from(result.bytes).toString('base64'),
    losses: result.losses,
  };
}
