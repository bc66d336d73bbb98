/** One word of running text, with its offsets in that text. */
export interface WordAt {
  word: string;
  from: number;
  to: number;
}

// Letters (Latin with accents) joined by inner apostrophes: "don't", "Côte". A hyphenated compound
// is checked part by part, because Hunspell dictionaries list the parts, not every compound.
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z\u00C0-\u024F]+)*/g;

/**
 * The words of `text` worth checking. Skipped, as a newsroom expects: one-letter words, words in
 * capitals (acronyms and wire datelines such as "KYIV", "AFP") and words glued to digits ("G7",
 * "2nd"), which no general dictionary lists.
 */
export function findWords(text: string): WordAt[] {
  const found: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const from = match.index;
    const to = from + word.length;
    if (word.length < 2 || word === word.toUpperCase()) continue;
    if (/\d/.test(text[from - 1] ?? '') || /\d/.test(text[to] ?? '')) continue;
    found.push({ word, from, to });
  }
  return found;
}

/** The form a dictionary looks up: typographic apostrophes as straight ones (smart quotes are on by default). */
export function normalizeWord(word: string): string {
  return word.replace(/\u2019/g, "'");
}

/** The dictionary to check a story with, from its BCP 47 language: British English for en-GB, US English otherwise. */
export function spellingLanguage(language: string): SpellingLanguage {
  return /^en-(GB|UK|IE|AU|NZ)\b/i.test(language) ? 'en-GB' : 'en-US';
}

export type SpellingLanguage = 'en-US' | 'en-GB';

/** The story languages Galley spells, as the language picker offers them: the tag stored, and its name. */
export const SPELLED_LANGUAGES: readonly { tag: string; name: string }[] = [
  { tag: 'en', name: 'English, US spelling' },
  { tag: 'en-GB', name: 'English, UK spelling' },
];
