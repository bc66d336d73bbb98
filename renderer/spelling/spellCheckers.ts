import type { SpellingLanguage } from '../../src/spelling/words';
import { call } from '../api';
import { SpellChecker } from './spellChecker';

// One checker per language for the whole page: every story shares its parsed dictionary and its
// answers, and a word added to the house dictionary counts in every story at once.
const checkers = new Map<SpellingLanguage, SpellChecker>();
let houseWords: Promise<string[]> | null = null;
const listeners = new Set<() => void>();

/** The checker for a language, loading its dictionary (and the house dictionary) the first time. */
export function spellCheckerFor(language: SpellingLanguage): SpellChecker {
  houseWords ??= call('getHouseDictionary', {}).catch(() => []);
  let checker = checkers.get(language);
  if (!checker) {
    checker = new SpellChecker(language, houseWords);
    checkers.set(language, checker);
  }
  return checker;
}

/** Stores the word in the library's house dictionary and accepts it in every open checker. */
export async function addToHouseDictionary(word: string): Promise<void> {
  await call('addToHouseDictionary', { word });
  await Promise.all([...checkers.values()].map((checker) => checker.add(word)));
  listeners.forEach((listener) => listener());
}

/** Calls `listener` when the house dictionary grows; returns the unsubscribe function. */
export function onHouseDictionaryChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
