import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyNode } from '../../src/story/body';
import { storyChangesSchema, type StoryChanges } from '../../src/story/story';
import type { StorePort } from '../store/storePort';
import { addAssetFile } from './assets';

/** The sample stories shown on a library's first run, read from `assets/samples/*.json`. */
export function loadSampleStories(folder: string): StoryChanges[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => storyChangesSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
}

/** The body with each figure's `src` passed through `rename` (sample names become asset ids). */
function renameFigures(node: BodyNode, rename: (src: string) => string): BodyNode {
  const attrs = node.type === 'figure' && node.attrs ? { ...node.attrs, src: rename(String(node.attrs.src ?? '')) } : node.attrs;
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map((child) => renameFigures(child, rename)) } : {}) };
}

/**
 * Seeds the sample stories on a library's first run. The samples name their photos
 * (`"src": "sample-lighthouse"`) rather than carry hashes, so the JSON stays readable; each
 * name is `images/<name>.png` beside them, added to the asset store here.
 */
export async function seedSamples(store: StorePort, folder: string, assetFolder: string): Promise<void> {
  if (await store.getSetting('seeded')) return;
  const ids = new Map<string, string>();
  const images = join(folder, 'images');
  for (const name of existsSync(images) ? readdirSync(images).filter((file) => file.endsWith('.png')) : []) {
    ids.set(name.slice(0, -'.png'.length), (await addAssetFile(store, assetFolder, join(images, name))).id);
  }
  const stories = loadSampleStories(folder).map((story) =>
    story.body ? { ...story, body: renameFigures(story.body, (src) => ids.get(src) ?? src) as typeof story.body } : story,
  );
  await store.seedOnce(stories);
}

