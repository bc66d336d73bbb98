// @vitest-environment happy-dom
// The review pane's background check: idle time only, never a redraw while the page's selection
// is ahead of ProseMirror's (a Shift+Arrow whose selectionchange has not arrived), and no redraw
// at all when the quotes have not moved.
import { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyExtensions } from '../../../src/editor/storyExtensions';
import { ReviewHighlights } from '../../../renderer/review/reviewHighlights';
import { loadChecker, RECHECK_DELAY_MS, watchAttributions, type CheckedText } from '../../../renderer/review/watchAttributions';

const BODY = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: '“We will hold the line,” Zelensky said.' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The talks resume on Monday.' }] },
  ],
};

let editor: Editor;
let stop: () => void;
let checks: CheckedText[];
/** Whether the page's selection is one ProseMirror has not read yet. */
let selectionAhead: boolean;

const quoteMarks = () => editor.view.dom.querySelectorAll('.review-quote');

beforeEach(async () => {
  // The checker is its own chunk, imported on first use; once loaded, a pane checks at once.
  await loadChecker();
  vi.useFakeTimers();
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [...storyExtensions(), ReviewHighlights], content: BODY });
  // What a Shift+Arrow leaves for a moment: the focused page's selection is not ProseMirror's.
  selectionAhead = false;
  editor.view.hasFocus = () => true;
  const noop = () => undefined;
  const selection = { anchorNode: editor.view.dom, anchorOffset: 0, focusNode: editor.view.dom, focusOffset: 0, rangeCount: 0, collapse: noop, extend: noop, addRange: noop, removeAllRanges: noop, setBaseAndExtent: noop };
  vi.spyOn(document, 'getSelection').mockReturnValue(selection as unknown as Selection);
  editor.view.posAtDOM = () => editor.state.selection.anchor + (selectionAhead ? 1 : 0);
  checks = [];
  stop = watchAttributions(editor, (checked) => checks.push(checked));
});

afterEach(() => {
  stop();
  editor.destroy();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('watchAttributions', () => {
  it('marks the quotes at once, and a new quote once typing pauses', () => {
    expect(checks).toHaveLength(1);
    expect(quoteMarks()).toHaveLength(1);
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' “Talks are talks,” Smith said.');
    expect(checks).toHaveLength(1);
    vi.advanceTimersByTime(RECHECK_DELAY_MS + 100);
    expect(checks).toHaveLength(2);
    expect(quoteMarks()).toHaveLength(2);
  });

  it('waits for the selection to settle before it redraws, and goes ahead after a second if it never does', () => {
    selectionAhead = true;
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' “Talks are talks,” Smith said.');
    const before = editor.state.selection.toJSON();
    vi.advanceTimersByTime(RECHECK_DELAY_MS + 100);
    expect(quoteMarks()).toHaveLength(1);
    selectionAhead = false;
    vi.advanceTimersByTime(60);
    expect(quoteMarks()).toHaveLength(2);
    expect(editor.state.selection.toJSON()).toEqual(before);

    selectionAhead = true;
    editor.commands.insertContentAt(1, '“Never,” she said. ');
    vi.advanceTimersByTime(RECHECK_DELAY_MS + 500);
    expect(quoteMarks()).toHaveLength(2);
    vi.advanceTimersByTime(1_000);
    expect(quoteMarks()).toHaveLength(3);
  });

  it('does not redraw when an edit leaves the quotes where they were', () => {
    let transactions = 0;
    editor.on('transaction', () => transactions++);
    editor.chain().setTextSelection({ from: 1, to: 5 }).toggleBold().run();
    const afterEdit = transactions;
    vi.advanceTimersByTime(RECHECK_DELAY_MS + 100);
    expect(transactions).toBe(afterEdit);
    expect(checks).toHaveLength(1);
    expect(quoteMarks().length).toBeGreaterThan(0);
  });

  it('removes the marks when it stops', () => {
    stop();
    expect(quoteMarks()).toHaveLength(0);
  });
});
