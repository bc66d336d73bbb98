import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { normalizeWord, spellingLanguage } from '../../src/spelling/words';
import { ignoreWord, readIgnoredWords } from './ignoredWords';
import { addToHouseDictionary, onHouseDictionaryChange, spellCheckerFor } from './spellCheckers';
import type { MisspeltWord, SpellingController } from './spellingPlugin';

export interface BodySpelling {
  /** Handed to the Spelling extension when the editor is built; kept current here. */
  controller: SpellingController;
  /** The misspelt word whose menu is open. */
  menu: MisspeltWord | null;
  closeMenu(): void;
  suggest(word: string): Promise<string[]>;
  cancelSuggestions(): void;
  addToHouse(word: string): Promise<void>;
  ignore(word: string): void;
}

/** Spelling for one story's body: its language's checker, its ignore list, and the menu's actions. */
export function useSpelling(storyId: string, language: string, editorRef: RefObject<Editor | null>): BodySpelling {
  const [menu, setMenu] = useState<MisspeltWord | null>(null);
  const ignored = useRef(readIgnoredWords(storyId));
  const [controller] = useState<SpellingController>(() => ({
    checker: null,
    isIgnored: (word) => ignored.current.has(normalizeWord(word)),
    openMenu: setMenu,
  }));
  const recheck = () => editorRef.current?.commands.recheckSpelling();

  useEffect(() => {
    // The dictionary (parsed in a worker, seconds of CPU the first time) and the first check wait
    // until the story is open and the page is idle: on two cores they slowed the open itself.
    const handle = window.requestIdleCallback(
      () => {
        const checker = spellCheckerFor(spellingLanguage(language));
        if (controller.checker === checker) return;
        controller.checker = checker;
        recheck();
      },
      { timeout: 1_000 },
    );
    return () => window.cancelIdleCallback(handle);
    // recheck reads the editor through a ref: it needs no dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language, controller]);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  useEffect(() => onHouseDictionaryChange(recheck), []);

  return {
    controller,
    menu,
    closeMenu: () => setMenu(null),
    suggest: (word) => controller.checker?.suggest(word) ?? Promise.resolve([]),
    cancelSuggestions: () => controller.checker?.cancelSuggestions(),
    addToHouse: (word) => addToHouseDictionary(normalizeWord(word)),
    ignore: (word) => {
      ignored.current = ignoreWord(storyId, word);
      recheck();
    },
  };
}
