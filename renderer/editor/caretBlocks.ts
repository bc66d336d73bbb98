import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** The class styles.css exempts from content-visibility. */
const CARET_BLOCK_CLASS = 'caret-block';

/** The start of each top-level block the selection's ends are in, in order, without repeats. */
function caretBlockStarts(state: EditorState): number[] {
  const { $anchor, $head } = state.selection;
  const starts = [$anchor, $head].filter(($pos) => $pos.depth > 0).map(($pos) => $pos.before(1));
  return [...new Set(starts)].sort((a, b) => a - b);
}

function decorate(doc: ProseMirrorNode, starts: number[]): DecorationSet {
  return DecorationSet.create(
    doc,
    starts.map((start) => Decoration.node(start, start + doc.nodeAt(start)!.nodeSize, { class: CARET_BLOCK_CLASS }, { caretBlock: true })),
  );
}

/** Whether a node view's outer decorations (NodeView.update's second argument) say it holds the caret. */
export function holdsCaret(decorations: readonly Decoration[]): boolean {
  return decorations.some((decoration) => (decoration.spec as { caretBlock?: boolean }).caretBlock === true);
}

interface CaretBlocksState {
  starts: number[];
  decorations: DecorationSet;
}

const key = new PluginKey<CaretBlocksState>('caretBlocks');

/**
 * Marks the top-level blocks that hold the selection's ends, so they are always laid out. Blocks
 * off screen skip layout (content-visibility: auto, styles.css), and Chromium decides which are on
 * screen only at the next frame: a paragraph made by Enter started out skipped, and the first
 * character typed in it left the caret in front of itself (`"plain"` came out as `plain"`). The
 * class is there from the moment ProseMirror draws the block.
 */
export const CaretBlocks = Extension.create({
  name: 'caretBlocks',

  addProseMirrorPlugins() {
    return [
      new Plugin<CaretBlocksState>({
        key,
        state: {
          init: (_, state) => {
            const starts = caretBlockStarts(state);
            return { starts, decorations: decorate(state.doc, starts) };
          },
          apply: (tr, previous, _, state) => {
            const starts = caretBlockStarts(state);
            if (!tr.docChanged && starts.join() === previous.starts.join()) return previous;
            // Made again rather than mapped: mapping drops a node decoration when its block is
            // replaced (a paragraph turned into a heading keeps its place but is a new node).
            return { starts, decorations: decorate(state.doc, starts) };
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.decorations,
        },
      }),
    ];
  },
});
