import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../../src/story/counts';

// countCharacters and countWords scan rather than run Intl.Segmenter or a regex over every text;
// these pin them to the definitions they stand for.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): number => [...segmenter.segment(text)].length;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const regexWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** Pieces chosen to sit on the edges the scans rely on: CR LF, marks and joiners after plain letters, flags, astral letters. */
const PIECES = ['a', 'Z', '1', ' ', '\r', '\n', '\u00ad', '©', '\u200d', '\u0301', '\ufe0f', '🇺', '🇦', '👍', '🏽', '\u0600', '각', '\u1100', '\u1161', 'ก', 'ำ', 'é', '東', '𝐀', '\ud835', "'", '’', '-', '²'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join(''));

describe('countCharacters', () => {
  it.each([
    ['', 0],
    ['café', 4],
    ['cafe\u0301', 4],
    ['a\r\nb', 3],
    ['👩‍👩‍👧', 1],
    ['x👍🏽y', 3],
    ['🇺🇦🇺', 2],
    ['\u0600a', 1],
  ])('%j has %i', (input, expected) => {
    expect(countCharacters(input)).toBe(expected);
  });

  it('agrees with Intl.Segmenter on any text', () => {
    fc.assert(fc.property(text, (input) => countCharacters(input) === graphemes(input)), { numRuns: 2000 });
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ["won't stop well-known R&D", 5],
    ['a--b', 2],
    ["a'b'c -d e-", 3],
    ['東京 𝐀𝐁 ²', 3],
  ])('%j has %i', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });

  it('agrees with the word pattern on any text', () => {
    fc.assert(fc.property(text, (input) => countWords(input) === regexWords(input)), { numRuns: 2000 });
  });
});
