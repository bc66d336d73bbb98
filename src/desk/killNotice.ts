import { bodyFromParagraphs } from '../story/body';
import type { Story } from '../story/story';
import type { ExportOptions } from '../wire/types';

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
