import { bodyFromParagraphs } from '../story/body';
import type { Story } from '../story/story';

/**
 * The kill notice for a story that went out: sent in every format it went out in, through the
 * same exporters, so each receiver gets the withdrawal in the form it reads. The exporters have
 * no "canceled" publication status yet, so the notice says it in words, as agencies' kill
 * advisories do ("KILL", urgency 1, the slug and the reason), and carries the story's id and the
 * new version, so a system matching on the item id sees an update of the same item.
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
