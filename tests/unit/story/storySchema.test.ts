import { describe, expect, it } from 'vitest';
import { bodyDocSchema, bodyParagraphs, bodyText, figuresOf } from '../../../src/story/body';
import { countCharacters, countWords } from '../../../src/story/counts';
import { storyChangesSchema, storyFieldsSchema, blankStoryFields, isHttpUrl } from '../../../src/story/story';

const messageOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');

describe('story fields', () => {
  it('accepts a blank story', () => {
    expect(storyFieldsSchema.safeParse(blankStoryFields()).success).toBe(true);
  });

  it.each([
    [{ related: [{ title: 'x', url: 'javascript:alert(1)' }] }, /related\.0\.url: must be an http:\/\/ or https:\/\/ address/],
    [{ related: [{ title: 'x', url: 'file:///etc/passwd' }] }, /related\.0\.url/],
    [{ urgency: 0 }, /urgency/],
    [{ urgency: 10 }, /urgency/],
    [{ urgency: 2.5 }, /urgency/],
    [{ dateline: { place: 'Kyiv', date: '6 Nov', source: '' } }, /dateline\.date/],
    [{ dateline: { place: 'Kyiv', date: '2026-02-30', source: '' } }, /dateline\.date: is not a real date/],
    [{ embargo: 'tomorrow' }, /embargo/],
    [{ language: 'english please' }, /language: must be a BCP 47/],
    [{ keywords: [''] }, /keywords\.0/],
    [{ headline: 'x'.repeat(1_001) }, /headline/],
    [{ id: 'smuggled' }, /Unrecognized key/],
    [{ body: { type: 'doc', content: [{ type: 'paragraph', onclick: 'x' }] } }, /body/],
  ])('refuses %o with a message naming the field', (changes, message) => {
    const result = storyChangesSchema.safeParse(changes);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toMatch(message);
  });

  it('accepts a related title whose address is not known yet, and still refuses a non-web address', () => {
    expect(storyChangesSchema.safeParse({ related: [{ title: 'Grain deal explained', url: '' }] }).success).toBe(true);
    expect(storyChangesSchema.safeParse({ related: [{ title: 'Grain deal explained', url: 'example.com/a' }] }).success).toBe(false);
  });

  it('refuses a body nested deeper than any real story', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'deep' };
    for (let i = 0; i < 40; i++) node = { type: 'blockquote', content: [node] };
    expect(bodyDocSchema.safeParse({ type: 'doc', content: [node] }).success).toBe(false);
  });

  it.each([
    ['https://example.org', true],
    ['http://example.org/a?b=c', true],
    ['ftp://example.org', false],
    ['//example.org', false],
    ['example.org', false],
  ])('isHttpUrl(%s) = %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('derived text', () => {
  const doc = {
    type: 'doc' as const,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First ' }, { type: 'text', text: 'paragraph.', marks: [{ type: 'bold' }] }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A heading' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An item' }] }] }] },
      { type: 'figure', attrs: { src: 'abc', alt: 'Alt', credit: 'AP Photo/Jane Doe' }, content: [{ type: 'text', text: 'The caption' }] },
      { type: 'paragraph' },
    ],
  };

  it('gives one paragraph per text block, captions included, empty ones left out', () => {
    expect(bodyParagraphs(doc)).toEqual(['First paragraph.', 'A heading', 'An item', 'The caption']);
    expect(bodyText(doc)).toBe('First paragraph.\n\nA heading\n\nAn item\n\nThe caption');
  });

  it('lists figures with their caption and credit', () => {
    expect(figuresOf(doc)).toEqual([{ src: 'abc', alt: 'Alt', credit: 'AP Photo/Jane Doe', caption: 'The caption', sourceNote: '', index: 3 }]);
  });

  it.each([
    ['', 0],
    ['One two three.', 3],
    ["The mayor's re-election — won.", 4],
    ['COVID-19 in 2026: 3.5% up', 6],
    ['北京 会议', 2],
  ])('counts words in %s: %d', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts characters as a reader sees them', () => {
    expect(countCharacters('café')).toBe(4);
    expect(countCharacters('cafe\u0301')).toBe(4);
    expect(countCharacters('👩‍👩‍👧')).toBe(1);
  });
});
