// What spelling still has to check follows the document through edits without a view update.
import { Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { storyExtensions } from '../../../src/editor/storyExtensions';
import { DirtyRanges } from '../../../renderer/spelling/dirtyRanges';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function start(): { state: EditorState; dirty: DirtyRanges } {
  editor = new Editor({ extensions: storyExtensions(), content: { type: 'doc', content: ['One two.', 'Three four.'].map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) } });
  const state = editor.state;
  const dirty = new DirtyRanges();
  dirty.reset(state.doc);
  dirty.ranges = [];
  return { state, dirty };
}

describe('DirtyRanges', () => {
  it('starts with the whole document to check', () => {
    const { state } = start();
    const dirty = new DirtyRanges();
    dirty.reset(state.doc);
    expect(dirty.ranges).toEqual([[0, state.doc.content.size]]);
  });

  it('adds what an edit inserted and grows that range as typing goes on, one range for many keystrokes', () => {
    let { state, dirty } = start();
    for (const [at, char] of [[4, 'x'], [5, 'y'], [6, 'z']] as const) {
      const tr = state.tr.insertText(char, at);
      dirty.apply(tr);
      state = state.apply(tr);
    }
    expect(dirty.ranges).toEqual([[4, 7]]);
    expect(dirty.lastEdit).toEqual([6, 7]);
  });

  it('moves ranges and the deferred word with edits before them', () => {
    let { state, dirty } = start();
    dirty.ranges = [[12, 18]];
    dirty.deferred = [13, 18];
    const tr = state.tr.insertText('Big ', 1);
    dirty.apply(tr);
    state = state.apply(tr);
    expect(dirty.ranges).toEqual([[16, 22], [1, 5]]);
    expect(dirty.deferred).toEqual([17, 22]);
  });

  it('ignores transactions that change nothing, and starts over on one from another document', () => {
    const { state, dirty } = start();
    dirty.apply(state.tr.setMeta('x', 1));
    expect(dirty.ranges).toEqual([]);
    const other = EditorState.create({ doc: state.doc.type.schema.node('doc', null, [state.doc.type.schema.node('paragraph')]) });
    const tr = other.tr.insertText('Hi', 1);
    dirty.apply(tr);
    expect(dirty.ranges).toEqual([[0, tr.doc.content.size]]);
  });
});
