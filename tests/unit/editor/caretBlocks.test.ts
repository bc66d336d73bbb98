// @vitest-environment happy-dom
// The blocks holding the caret are drawn with a class that keeps them laid out (content-visibility
// skips the others off screen): a paragraph made by Enter must carry it from the start.
import { Editor } from '@tiptap/core';
import { afterEach, expect, it } from 'vitest';
import { storyExtensions } from '../../../src/editor/storyExtensions';
import { CaretBlocks } from '../../../renderer/editor/caretBlocks';
import { editorExtensions } from '../../../renderer/editor/editorExtensions';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

function open(...texts: string[]): Editor {
  const content = { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  editor = new Editor({ element: document.createElement('div'), extensions: [...storyExtensions(), CaretBlocks], content });
  return editor;
}

/** The text of each body block drawn with the caret class. */
const caretBlocks = (e: Editor) => [...e.view.dom.children].filter((block) => block.classList.contains('caret-block')).map((block) => block.textContent);

it('follows the caret from block to block, and a selection across blocks marks both ends', () => {
  const e = open('First.', 'Second.', 'Third.');
  e.commands.setTextSelection(10);
  expect(caretBlocks(e)).toEqual(['Second.']);
  e.commands.setTextSelection({ from: 2, to: 20 });
  expect(caretBlocks(e)).toEqual(['First.', 'Third.']);
});

it('marks the paragraph Enter makes, and keeps the mark on it as the user types', () => {
  const e = open('First.', 'Second.');
  e.commands.setTextSelection(7);
  e.commands.splitBlock();
  expect(caretBlocks(e)).toEqual(['']);
  e.commands.insertContent('"plain"');
  expect(caretBlocks(e)).toEqual(['"plain"']);
  expect([...e.view.dom.children].map((block) => block.textContent)).toEqual(['First.', '"plain"', 'Second.']);
});

it('keeps the mark on a paragraph turned into a heading', () => {
  const e = open('First.', 'A section');
  e.commands.setTextSelection(10);
  expect(e.commands.setNode('heading', { level: 2 })).toBe(true);
  expect(e.view.dom.children[1].tagName).toBe('H2');
  expect(caretBlocks(e)).toEqual(['A section']);
});

it('keeps the mark on a figure whose caption is being typed in, through the figure redrawing itself', () => {
  // The figure view asks the API where photos are served from.
  Object.assign(window, { galley: { getAssetBase: async () => ({ ok: true, value: './asset/' }) } });
  const figure = { type: 'figure', attrs: { src: 'a'.repeat(64), alt: '', credit: '' }, content: [{ type: 'text', text: 'Boats' }] };
  const content = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First.' }] }, figure] };
  const extensions = editorExtensions({ smartTypography: false, onEditLink: () => {}, onInsertPhoto: () => {}, onFiles: () => {} });
  const e = (editor = new Editor({ element: document.createElement('div'), extensions, content }));
  e.commands.setTextSelection(e.state.doc.content.size - 1);
  e.commands.insertContent(' at dawn');
  const drawn = e.view.dom.children[1];
  expect(drawn.textContent).toContain('Boats at dawn');
  // Still marked, and still the figure with its own classes (a caption but no credit or alt).
  expect([...drawn.classList]).toEqual(expect.arrayContaining(['figure', 'figure-incomplete', 'caret-block']));
});
