// A field over the library's limit no longer refuses the whole file (issue 19 item 9): every
// importer keeps the story, cuts the field to the limit and says what was cut.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../main/services/parseImport';
import { LIMITS } from '../../../src/story/story';
import { fitImportedFields } from '../../../src/wire/fitImportedFields';
import { exportStory } from '../../../src/wire/index';
import { makeStory } from './wireStories';

const LONG_SLUG = 'LONG-SLUG-'.repeat(8);
const SUBJECTS = Array.from({ length: 150 }, (_, i) => `Subject ${i + 1}`);

describe('fitting imported fields to the limits', () => {
  it.each(['nitf', 'newsml', 'ninjs'] as const)('keeps a %s story with 150 subjects and an 80-character slug, cut, and says what was cut', (format) => {
    const text = exportStory(makeStory({ slug: 'SLUGMARK', keywords: SUBJECTS }), format).text.replaceAll('SLUGMARK', LONG_SLUG);
    const outcome = parseImport({ name: `long.${format}`, text });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [story] = outcome.stories;
    expect(story.changes.headline).toBe('Grain deal extended for 120 days');
    expect(story.changes.slug).toBe(LONG_SLUG.slice(0, LIMITS.slug));
    expect(story.changes.keywords).toEqual(SUBJECTS.slice(0, LIMITS.keywords));
    expect(story.warnings).toContain('The slug was 80 characters, more than the 64 Galley keeps: "-SLUG-LONG-SLUG-" cut.');
    expect(story.warnings).toContain(
      'The file had 150 keywords, more than the 100 Galley keeps: the first 100 were kept, 50 left out ("Subject 101", "Subject 102", "Subject 103", …).',
    );
  });

  it('cuts a long text field, leaves out an address too long to keep, drops empty keywords, and warns for each cut', () => {
    const warnings: string[] = [];
    const fields = {
      headline: 'H'.repeat(LIMITS.headline + 500),
      keywords: ['Ports', '', 'K'.repeat(210)],
      related: [{ title: 'Earlier story', url: `https://news.example/${'x'.repeat(LIMITS.shortText)}` }],
    };
    const fitted = fitImportedFields(fields, warnings);
    expect(fitted.headline).toBe('H'.repeat(LIMITS.headline));
    expect(fitted.keywords).toEqual(['Ports', 'K'.repeat(200)]);
    expect(fitted.related).toEqual([{ title: 'Earlier story', url: '' }]);
    expect(warnings).toEqual([
      'The headline was 1,500 characters, more than the 1,000 Galley keeps: the last 500 characters cut.',
      "Related link 1's url is 2,021 characters, more than the 2,000 Galley keeps: left out.",
      'Keyword 3 was 210 characters, more than the 200 Galley keeps: "KKKKKKKKKK" cut.',
    ]);
  });

  it('still refuses what a cut cannot fix, naming the field', () => {
    expect(() => fitImportedFields({ urgency: 12 }, [])).toThrow(/^The story's urgency cannot be stored/);
  });
});
