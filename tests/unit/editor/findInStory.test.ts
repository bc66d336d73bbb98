// @vitest-environment happy-dom
// Find in the story keeps its matches through edits by searching again only the blocks an edit
// touched: after any edit the matches must be exactly what a search of the whole story finds.
import { Editor } from '@tiptap/core';
import { Selection } from '@tiptap/pm/state';
import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { findMatches } from '../../../src/editor/findMatches';
import { storyExtensions } from '../../../src/editor/storyExtensions';
import { FindInStory, findKey } from '../../../renderer/find/findPlugin';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const paragraphs = (...texts: string[]) => ({ type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

function open(...texts: string[]): Editor {
  editor = new Editor({ extensions: [...storyExtensions(), FindInStory], content: paragraphs(...texts) });
  editor.commands.setFindQuery({ text: 'grain' });
  return editor;
}

const matchesOf = (e: Editor) => findKey.getState(e.state)!.matches;

it('counts a match typed into one paragraph and loses one cut from another, the others untouched', () => {
  const e = open('Grain prices rose.', 'The grain deal held.', 'No news here.');
  expect(matchesOf(e)).toHaveLength(2);
  e.commands.insertContentAt(e.state.doc.content.size - 1, ' More grain.');
  expect(matchesOf(e)).toHaveLength(3);
  const second = matchesOf(e)[1];
  e.commands.deleteRange({ from: second.from, to: second.from + 2 });
  expect(matchesOf(e)).toEqual(findMatches(e.state.doc, { text: 'grain' }));
  expect(matchesOf(e)).toHaveLength(2);
  // With no layout to measure, every match is highlighted.
  expect(findKey.getState(e.state)!.decorations.find()).toHaveLength(2);
});

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'split'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('grain', 'gr', 'ain', 'GRAIN ', ' ', 'x', 'grai') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
);

it('after any sequence of edits, the matches are those of a search of the whole story', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
      const e = open('Grain and grain.', 'Grains of grain', 'Nothing', 'ggrainn grain');
      for (const step of edits) {
        const { doc } = e.state;
        const at = Selection.near(doc.resolve(step.at % (doc.content.size + 1))).from;
        const tr = e.state.tr;
        if (step.kind === 'insert') tr.insertText(step.text, at);
        else if (step.kind === 'delete') tr.delete(at, Math.min(doc.content.size, at + step.length));
        else tr.split(at);
        e.view.dispatch(tr);
        expect(matchesOf(e)).toEqual(findMatches(e.state.doc, { text: 'grain' }));
        // With no layout to measure, every match is highlighted, wherever the edit left it.
        const highlighted = findKey.getState(e.state)!.decorations.find().map(({ from, to }) => ({ from, to }));
        expect(highlighted.sort((a, b) => a.from - b.from)).toEqual(matchesOf(e));
      }
      e.destroy();
      editor = null;
    }),
    { numRuns: 200 },
  );
});
