import type { BodyDoc } from '../../src/story/body';
import type { Story, StoryChanges } from '../../src/story/story';
import type { Store } from '../../main/store/store';
import { storyFields } from './storyBuilders';

/** The clock desk tests run at: the day of storyFields()'s dateline. */
export const DESK_NOW = new Date('2026-11-06T12:00:00Z');

/** A body with one photo; `credit` empty makes the story not ready (figure-credit-missing). */
export function bodyWithPhoto(credit: string): BodyDoc {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Ships loaded with wheat left the port of Odesa on Friday.' }] },
      {
        type: 'figure',
        attrs: { src: 'a'.repeat(64), alt: 'A cargo ship at a quay with cranes', credit },
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
