import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api';
import type { BodySpelling } from './useSpelling';

interface SpellingMenuProps {
  editor: Editor;
  spelling: BodySpelling;
}

/** The menu on a misspelt word: suggestions, "Add to house dictionary", "Ignore in this story". */
export function SpellingMenu({ editor, spelling }: SpellingMenuProps) {
  const target = spelling.menu;
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!target) return;
    let current = true;
    setSuggestions(null);
    setProblem(null);
    spelling.suggest(target.word).then(
      (found) => {
        current = false;
        setSuggestions(found);
      },
      (error) => current && setProblem(errorMessage(error)),
    );
    return () => {
      // Closed before the search finished: stop it, so it does not hold the worker.
      if (current) spelling.cancelSuggestions();
      current = false;
    };
    // A new target is a new menu; spelling's functions are rebuilt every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target, suggestions]);

  if (!target) return null;
  const close = () => {
    spelling.closeMenu();
    editor.commands.focus();
  };
  const replace = (word: string) => {
    // The word as the check saw it: if the text moved under the menu, leave it alone.
    if (editor.state.doc.textBetween(target.from, target.to) === target.word) {
      editor.chain().focus().command(({ tr }) => {
        tr.insertText(word, target.from, target.to);
        return true;
      }).run();
    }
    spelling.closeMenu();
  };
  return (
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={`Spelling: ${target.word}`}
      style={{ left: target.rect.left, top: target.rect.bottom + 4 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLElement);
          items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
    >
      {suggestions === null && !problem && <p className="spelling-note">Looking for suggestions…</p>}
      {suggestions?.length === 0 && <p className="spelling-note">No suggestions</p>}
      {problem && <p className="spelling-note">{problem}</p>}
      {suggestions?.map((word) => (
        <button key={word} type="button" role="menuitem" onClick={() => replace(word)}>
          {word}
        </button>
      ))}
      <hr />
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          spelling.addToHouse(target.word).then(close, (error) => setProblem(`Not added: ${errorMessage(error)}`));
        }}
      >
        Add to house dictionary
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          spelling.ignore(target.word);
          close();
        }}
      >
        Ignore in this story
      </button>
      <button type="button" role="menuitem" onClick={close}>
        Cancel
      </button>
    </div>
  );
}
