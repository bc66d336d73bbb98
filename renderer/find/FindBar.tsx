import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { findKey } from './findPlugin';

interface FindBarProps {
  editor: Editor;
  /** Changes on every Ctrl/Cmd+F: the find box takes the focus again. */
  focusRequest: number;
  onClose(): void;
}

/** Ctrl/Cmd+F in a story: find in the body with a match count, replace and replace all. */
export function FindBar({ editor, focusRequest, onClose }: FindBarProps) {
  const [query, setQuery] = useState(() => {
    const { from, to } = editor.state.selection;
    // A selection within one line is what the user wants to find, as in every editor.
    const selected = editor.state.doc.textBetween(from, to);
    return selected.includes('\n') ? '' : selected;
  });
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWords, setWholeWords] = useState(false);
  const [{ count, current }, setFound] = useState({ count: 0, current: -1 });
  const findInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    findInput.current?.focus();
    findInput.current?.select();
  }, [focusRequest]);

  useEffect(() => {
    // The bar renders again only when its count or current match changes, not at every keystroke in the body.
    const update = () => {
      const find = findKey.getState(editor.state);
      const next = { count: find?.matches.length ?? 0, current: find?.current ?? -1 };
      setFound((shown) => (shown.count === next.count && shown.current === next.current ? shown : next));
    };
    update();
    editor.on('transaction', update);
    return () => {
      editor.off('transaction', update);
      if (!editor.isDestroyed) editor.commands.setFindQuery({ text: '' });
    };
  }, [editor]);

  useEffect(() => {
    editor.commands.setFindQuery({ text: query, matchCase, wholeWords });
  }, [editor, query, matchCase, wholeWords]);

  const status = !query ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`;

  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in story"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          editor.commands.focus();
        }
      }}
    >
      <input
        ref={findInput}
        type="search"
        aria-label="Find"
        placeholder="Find"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            editor.commands.findNext(e.shiftKey);
          }
        }}
      />
      <output className="find-count" aria-live="polite" aria-label="Matches">
        {status}
      </output>
      <button type="button" title="Previous match (Shift+Enter)" disabled={count === 0} onClick={() => editor.commands.findNext(true)}>
        Previous
      </button>
      <button type="button" title="Next match (Enter)" disabled={count === 0} onClick={() => editor.commands.findNext()}>
        Next
      </button>
      <input type="text" aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      <button type="button" disabled={count === 0} onClick={() => editor.commands.replaceMatch(replacement)}>
        Replace
      </button>
      <button type="button" disabled={count === 0} onClick={() => editor.commands.replaceAllMatches(replacement)}>
        Replace all
      </button>
      <label className="find-option">
        <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} />
        Match case
      </label>
      <label className="find-option">
        <input type="checkbox" checked={wholeWords} onChange={(e) => setWholeWords(e.target.checked)} />
        Whole words
      </label>
      <button type="button" aria-label="Close find" title="Close (Escape)" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
