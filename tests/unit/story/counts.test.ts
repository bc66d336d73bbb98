import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APART, countChangedWords, countCharacters, countWords } from '../../../src/story/counts';

// countCharacters and countWords scan rather than run Intl.Segmenter or a regex over every text;
// these pin them to the definitions they stand for.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string): number => [...segmenter.segment(text)].length;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const regexWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** Pieces chosen to sit on the edges the scans rely on: CR LF, marks and joiners after plain letters, flags, astral letters. */
const PIECES = ['a', 'Z', '1', ' ', '\r', '\n', '\u00ad', '©', '\u200d', '\u0301', '\ufe0f', '🇺', '🇦', '👍', '🏽', '\u0600', '각', '\u1100', '\u1161', 'ก', 'ำ', 'é', '東', '𝐀', '\ud835', "'", '’', '-', '²', 'Ж', 'ש', 'ب', '—', '「', 'カ', '‼', '€', '\u0483', '\u064B', '\u3099'];
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

  // The scan cuts between two APART characters without asking the segmenter: each must be a
  // character no grapheme rule joins to a neighbour (Grapheme_Cluster_Break=Other, no conjunct).
  it('has a boundary on both sides of every APART character, whatever stands beside it', () => {
    // Before it: a base (it is no mark, ZWJ or spacing mark), Hangul L (no V, T, LV, LVT), a
    // regional indicator, KA + virama (no conjunct consonant). After it: a base (it is no
    // prepend), Hangul V and T (no L, LV, LVT), a regional indicator.
    const pairs: ((c: string) => string)[] = [
      ...['a', '\u1100', '\u{1F1E6}', '\u0915\u094D'].map((before) => (c: string) => before + c),
      ...['a', '\u1161', '\u11A8', '\u{1F1E6}'].map((after) => (c: string) => c + after),
    ];
    const expected = (pair: (c: string) => string) => graphemes(pair('a'));
    const wrong: string[] = [];
    for (const [first, last] of APART) {
      const chars = Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i));
      for (const pair of pairs) {
        // One segmenter run per range and neighbour: each pair stands between line feeds, which
        // always break (GB4, GB5), so the total falls short only if some character joined.
        if (graphemes(chars.map((c) => `${pair(c)}\n`).join('')) === chars.length * (expected(pair) + 1)) continue;
        wrong.push(...chars.filter((c) => graphemes(pair(c)) !== expected(pair)).map((c) => c.charCodeAt(0).toString(16)));
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Ελλάδα', 6],
    ['Київ — «Одеса»', 14],
    ['שָׁלוֹם', 4],
    ['مَرْحَبًا', 5],
    ['東京、「こんにちは」カタカナ', 14],
    ['€5 ‰ ‼\u200d😀', 6],
  ])('counts %j as the segmenter does: %i', (input, expected) => {
    expect(graphemes(input)).toBe(expected);
    expect(countCharacters(input)).toBe(expected);
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

describe('countChangedWords', () => {
  it.each([
    ['Ships left the port of Odesa on Friday.', 'Ships left the port of Odesa on Friday.', 0],
    ['Ships left the port of Odesa on Friday.', 'Ships left the port of Odesa on Saturday.', 1],
    ['Ships left the port of Odesa on Friday.', 'Ships left the old port of Odesa on Friday.', 1],
    ['Ships left the port of Odesa on Friday.', 'Ships left Odesa on Friday.', 3],
    ['Ships left on Friday and came back on Monday.', 'Ships left on Thursday and came back on Sunday.', 2],
    ['', 'A new paragraph of five words.', 6],
  ])('%j → %j changes %i words', (before, after, expected) => {
    expect(countChangedWords(before, after)).toBe(expected);
  });
});
