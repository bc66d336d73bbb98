import { useEffect, useState } from 'react';
import { findWords, normalizeWord, spellingLanguage } from '../../src/spelling/words';
import { readIgnoredWords } from './ignoredWords';
import { onHouseDictionaryChange, spellCheckerFor } from './spellCheckers';

interface MisspeltWordsProps {
  storyId: string;
  text: string;
  language: string;
  /** The field's name, for the list's accessible label ("Headline"). */
  field: string;
}

/** Checking waits for a pause in typing, like the body's idle-time check. */
const PAUSE_MS = 300;

/** A text field's misspelt words, listed under it (a textarea cannot underline its own words). */
export function MisspeltWords({ storyId, text, language, field }: MisspeltWordsProps) {
  const [misspelt, setMisspelt] = useState<string[]>([]);
  const [houseChanges, setHouseChanges] = useState(0);
  useEffect(() => onHouseDictionaryChange(() => setHouseChanges((n) => n + 1)), []);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const checker = spellCheckerFor(spellingLanguage(language));
      const words = findWords(text).map((w) => w.word);
      void checker.check(words).then(() => {
        if (!current) return;
        const ignored = readIgnoredWords(storyId);
        setMisspelt([...new Set(words.filter((w) => checker.isCorrect(w) === false && !ignored.has(normalizeWord(w))))]);
      }, () => undefined);
    }, PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [storyId, text, language, houseChanges]);

  if (misspelt.length === 0) return null;
  return (
    <ul className="misspelt-words" aria-label={`${field} spelling`}>
      {misspelt.map((word) => (
        <li key={word} className="misspelt">
          {word}
        </li>
      ))}
    </ul>
  );
}
