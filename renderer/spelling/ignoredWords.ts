import { normalizeWord } from '../../src/spelling/words';

/** "Ignore in this story" is the writer's choice on this machine, kept per story in localStorage. */
const keyOf = (storyId: string) => `galley.spelling.ignored.${storyId}`;

export function readIgnoredWords(storyId: string): Set<string> {
  try {
    const words: unknown = JSON.parse(localStorage.getItem(keyOf(storyId)) ?? '[]');
    return new Set(Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Adds a word to the story's ignore list and returns the new list. */
export function ignoreWord(storyId: string, word: string): Set<string> {
  const words = readIgnoredWords(storyId).add(normalizeWord(word));
  localStorage.setItem(keyOf(storyId), JSON.stringify([...words]));
  return words;
}
