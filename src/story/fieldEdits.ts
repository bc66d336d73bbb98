import { bodyFromParagraphs, type BodyDoc } from './body';
import type { Story, StoryChanges } from './story';

/** The fields `galley set` changes, as paths: a dateline or credit part on its own. */
export const SETTABLE_FIELDS = [
  'headline',
  'standfirst',
  'byline',
  'slug',
  'ednote',
  'dateline.place',
  'dateline.date',
  'dateline.source',
  'credit.line',
  'credit.source',
] as const;
export type SettableField = (typeof SETTABLE_FIELDS)[number];

export function isSettableField(value: string): value is SettableField {
  return (SETTABLE_FIELDS as readonly string[]).includes(value);
}

/** The edit that sets one field (a dateline part keeps the other parts). */
export function changesForField(story: Story, field: SettableField, value: string): StoryChanges {
  const [name, part] = field.split('.') as [keyof Story, string | undefined];
  if (name === 'dateline') return { dateline: { ...story.dateline, [part!]: value } };
  if (name === 'credit') return { credit: { ...story.credit, [part!]: value } };
  return { [name]: value };
}

/** The body with one more paragraph at its end; an empty body's lone empty paragraph is replaced. */
export function withParagraph(body: BodyDoc, text: string): BodyDoc {
  const content = body.content.length === 1 && body.content[0].type === 'paragraph' && !body.content[0].content?.length ? [] : body.content;
  return { ...body, content: [...content, ...bodyFromParagraphs([text]).content] };
}
