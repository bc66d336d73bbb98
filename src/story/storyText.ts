import { bodyText } from './body';
import { formatDateline } from './dateline';
import type { Story } from './story';

/** The fields a person compares between two versions of a story, as plain text with labels. */
export const COMPARED_FIELDS = ['headline', 'slug', 'standfirst', 'byline', 'dateline', 'credit', 'related', 'keywords', 'ednote', 'body'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const FIELD_LABELS: Record<ComparedField, string> = {
  headline: 'Headline',
  slug: 'Slug',
  standfirst: 'Standfirst',
  byline: 'Byline',
  dateline: 'Dateline',
  credit: 'Credit',
  related: 'Related links',
  keywords: 'Keywords',
  ednote: 'Note to the desk',
  body: 'Body',
};

/** One field of the story as text, the way a diff or a compare view shows it. */
export function fieldText(story: Story, field: ComparedField): string {
  switch (field) {
    case 'dateline':
      return formatDateline(story.dateline) || [story.dateline.place, story.dateline.date, story.dateline.source].filter(Boolean).join(' ');
    case 'credit':
      return [story.credit.line, story.credit.source].filter(Boolean).join(' — ');
    case 'related':
      return story.related.map((link) => `${link.title} <${link.url}>`).join('\n');
    case 'keywords':
      return story.keywords.join(', ');
    case 'body':
      return bodyText(story.body);
    default:
      return story[field];
  }
}
