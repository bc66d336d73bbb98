import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyChangesSchema, type StoryChanges } from '../../src/story/story';

/** The sample stories shown on a library's first run, read from `assets/samples/*.json`. */
export function loadSampleStories(folder: string): StoryChanges[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => storyChangesSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))));
}
