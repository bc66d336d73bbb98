import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyDoc } from '../../src/story/body';
import type { Story, StoryChanges } from '../../src/story/story';
import type { Store } from '../../main/store/store';
import { storyFields } from './storyBuilders';

/** The clock desk tests run at: the day of storyFields()'s dateline. */
export const DESK_NOW = new Date('2026-11-06T12:00:00Z');

/** A body with one photo; `credit` empty makes the story not ready (figure-credit-missing). `src` is its asset id (default: one no library has). */
export function bodyWithPhoto(credit: string, src = 'a'.repeat(64)): BodyDoc {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Ships loaded with wheat left the port of Odesa on Friday.' }] },
      {
        type: 'figure',
        attrs: { src, alt: 'A cargo ship at a quay with cranes', credit },
        content: [{ type: 'text', text: 'The Razoni leaves Odesa.' }],
      },
    ],
  };
}

/** A story in the library, marked ready. */
export function readyStory(store: Store, overrides: StoryChanges = {}): Story {
  const created = store.createStory(storyFields(overrides));
  return store.setStatus({ id: created.id, status: 'ready' });
}

/** A real photo (one of the sample PNGs). */
export const SAMPLE_PHOTO = fileURLToPath(new URL('../../assets/samples/images/sample-lighthouse.png', import.meta.url));

/** Puts the sample photo into a library's asset folder, named by its hash as the library names it; returns its asset id and bytes. */
export function storeSamplePhoto(assetFolder: string): { id: string; bytes: Buffer } {
  const bytes = readFileSync(SAMPLE_PHOTO);
  const id = createHash('sha256').update(bytes).digest('hex');
  mkdirSync(assetFolder, { recursive: true });
  writeFileSync(join(assetFolder, id), bytes);
  return { id, bytes };
}
