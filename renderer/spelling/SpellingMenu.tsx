import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
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

  // Under the word, or above it when the window ends first; never past the window's right edge.
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!target || !menu) return setPlace(null);
    const { width, height } = menu.getBoundingClientRect();
    const margin = 4;
    const below = target.rect.bottom + margin;
    const top = below + height <= window.innerHeight ? below : Math.max(margin, target.rect.top - margin - height);
    setPlace({ left: Math.max(margin, Math.min(target.rect.left, window.innerWidth - width - margin)), top });
  }, [target, suggestions, problem]);

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
  // On the page's body, not in the body pane: the pane's containment made `position: fixed`
  // relative to the pane, which put the menu a column's width away from the word.
  return createPortal(
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={`Spelling: ${target.word}`}
      style={place ?? { left: target.rect.left, top: target.rect.bottom + 4 }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
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
    </div>,
    document.body,
  );
}
