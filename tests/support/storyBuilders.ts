import { bodyFromParagraphs, type BodyDoc } from '../../src/story/body';
import type { StoryChanges } from '../../src/story/story';

/** A body of `count` numbered paragraphs of `wordsEach` words. */
export function numberedBody(count: number, wordsEach = 20): BodyDoc {
  return bodyFromParagraphs(
    Array.from({ length: count }, (_, i) => `Paragraph ${i + 1} ${Array.from({ length: wordsEach - 2 }, (_, w) => `word${w}`).join(' ')}.`),
  );
}

/** Fields of a plausible story, with overrides. */
export function storyFields(overrides: StoryChanges = {}): StoryChanges {
  return {
    slug: 'GRAIN-DEAL',
    headline: 'Ukraine and Turkey agree to extend grain corridor',
    standfirst: 'Shipments from Odesa resume on Monday.',
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: '2026-11-06', source: 'AFP' },
    body: bodyFromParagraphs(['Ships loaded with wheat left the port of Odesa on Friday.', 'The deal runs until March.']),
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
    keywords: ['grain', 'Ukraine'],
    ...overrides,
  };
}
