import { bodyText, figuresOf, type Figure } from './body';
import { countCharacters, countWords } from './counts';
import { formatDateline } from './dateline';
import type { Story } from './story';

/** What Galley derives from a story on demand; never stored by hand. */
export interface StoryFacts {
  bodyText: string;
  wordCount: number;
  characterCount: number;
  figures: Figure[];
  datelineText: string;
}

export function deriveStoryFacts(story: Pick<Story, 'body' | 'dateline'>): StoryFacts {
  const text = bodyText(story.body);
  return {
    bodyText: text,
    wordCount: countWords(text),
    characterCount: countCharacters(text),
    figures: figuresOf(story.body),
    datelineText: formatDateline(story.dateline),
  };
}
