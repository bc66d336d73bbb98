import { bodyFromParagraphs } from '../story/body';
import type { Story } from '../story/story';
import type { ExportOptions } from '../wire/types';
import type { SendableFormat } from './destination';
import { PHOTO_FILE, type SentLogEntry } from './types';

/** A kill always says why: receivers must be able to tell legal trouble from a duplicate. */
export const KILL_REASON_NEEDED = 'A kill needs a reason: it is sent with the notice to every receiver.';

export const NOTHING_TO_KILL = 'This story was never sent, so there is nothing to kill: move it to the trash, or set it back to draft, instead.';

/** Where a kill notice goes: each destination the story went to, in each format it went in. */
export interface KillTarget {
  destination: string;
  formats: SendableFormat[];
}

/** The kill's targets from a story's sent log (any order), in the order the story first went out. */
export function killTargets(log: readonly SentLogEntry[]): KillTarget[] {
  const formatsBy = new Map<string, Set<SendableFormat>>();
  for (const entry of [...log].sort((a, b) => a.id - b.id)) {
    // A photo is withdrawn with its story: the notice goes in the story's formats only.
    if (entry.format !== PHOTO_FILE) formatsBy.set(entry.destination, (formatsBy.get(entry.destination) ?? new Set()).add(entry.format));
  }
  return [...formatsBy].map(([destination, formats]) => ({ destination, formats: [...formats] }));
}

/**
 * The kill notice for a story that went out: sent in every format it went out in, through the
 * same exporters, so each receiver gets the withdrawal in the form it reads. Machines read the
 * `kill` export option (each format's canceled status, see `ExportOptions.kill`); people read
 * the words, as in agencies' kill advisories ("KILL", urgency 1, the slug and the reason). It
 * carries the story's id and the new version, so a system matching on the item id sees the
 * same item canceled.
 */
export function killNoticeStory(story: Story, reason: string): Story {
  const slug = story.slug || story.id;
  const paragraphs = [
    `Editors: KILL ${slug}. The story headlined "${story.headline}" is withdrawn. Do not use it; remove it from your systems.`,
    ...(reason.trim() ? [`Reason: ${reason.trim()}`] : []),
  ];
  return {
    ...story,
    headline: `KILL: ${story.headline}`,
    standfirst: '',
    body: bodyFromParagraphs(paragraphs),
    related: [],
    urgency: 1,
    embargo: null,
  };
}

/** The export options that mark a kill notice as one, with the reason as the desk's note. */
export function killNoticeOptions(reason: string): Pick<ExportOptions, 'kill'> {
  return { kill: { note: reason.trim() } };
}
