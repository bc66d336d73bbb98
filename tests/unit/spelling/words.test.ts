import { describe, expect, it } from 'vitest';
import { findWords, normalizeWord, spellingLanguage } from '../../../src/spelling/words';

describe('findWords', () => {
  it.each([
    ['The harbour reopened', ['The', 'harbour', 'reopened']],
    ['KYIV, Nov. 6 (AFP) — grain', ['Nov', 'grain']],
    ['G7 leaders met on the 2nd', ['leaders', 'met', 'on', 'the']],
    ['she didn\u2019t say a word', ['she', 'didn\u2019t', 'say', 'word']],
    ['Côte d’Ivoire, well-known', ['Côte', 'd’Ivoire', 'well', 'known']],
  ])('%s', (text, words) => {
    expect(findWords(text).map((w) => w.word)).toEqual(words);
  });

  it('gives offsets into the text', () => {
    expect(findWords('a wrold here')[0]).toEqual({ word: 'wrold', from: 2, to: 7 });
  });
});

it('normalizes typographic apostrophes', () => expect(normalizeWord('didn\u2019t')).toBe("didn't"));

it.each([
  ['en', 'en-US'],
  ['en-US', 'en-US'],
  ['en-GB', 'en-GB'],
  ['en-gb', 'en-GB'],
  ['fr', 'en-US'],
])('language %s is checked as %s', (language, expected) => expect(spellingLanguage(language)).toBe(expected));
