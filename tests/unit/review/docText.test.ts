// The review pane's plain text of the live document must be bodyText's, offset for offset.
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { storyExtensions } from '../../../src/editor/storyExtensions';
import { bodyText, type BodyDoc } from '../../../src/story/body';
import { docText, positionOf } from '../../../renderer/review/docText';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const text = (t: string, marks?: { type: string }[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const BODY: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [text('Talks')] },
    { type: 'paragraph', content: [text('“We will '), text('hold', [{ type: 'bold' }]), text(' the line,”'), { type: 'hardBreak' }, text('he said.')] },
    { type: 'paragraph' },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('A point')] }] }] },
    { type: 'figure', attrs: { src: 'a'.repeat(64), alt: 'x', credit: 'AP' }, content: [text('A caption')] },
  ],
};

describe('docText', () => {
  it('builds the same text as bodyText and maps every offset to the character there', () => {
    editor = new Editor({ extensions: storyExtensions(), content: BODY });
    const doc = editor.state.doc;
    const map = docText(doc);
    expect(map.text).toBe(bodyText(doc.toJSON() as BodyDoc));
    for (let offset = 0; offset < map.text.length; offset++) {
      const char = map.text[offset];
      if (char === '\n') continue;
      const from = positionOf(map, offset, 1);
      expect(doc.textBetween(from, positionOf(map, offset + 1, -1))).toBe(char);
    }
  });

  it('reuses the text of unchanged paragraphs after an edit', () => {
    editor = new Editor({ extensions: storyExtensions(), content: BODY });
    const before = docText(editor.state.doc);
    const state = editor.state.apply(editor.state.tr.insertText(' more', editor.state.doc.content.size - 1));
    const after = docText(state.doc);
    expect(after.blocks[0].block).toBe(before.blocks[0].block);
    expect(after.blocks.at(-1)!.block).not.toBe(before.blocks.at(-1)!.block);
    expect(after.text.endsWith('A caption more')).toBe(true);
  });
});
