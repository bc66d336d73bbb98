import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/** What an empty body says where the text will go. */
export const EMPTY_BODY_PLACEHOLDER = 'Write the story here…';

/** One empty text block, as a new story's body is. Only the size is looked at, never the blocks. */
export const isEmptyDoc = (doc: { childCount: number; firstChild: { isTextblock: boolean; content: { size: number } } | null }) =>
  doc.childCount === 1 && !!doc.firstChild?.isTextblock && doc.firstChild.content.size === 0;

/**
 * An empty body shows where to write: the editor gets `body-empty` (a border, styles.css) and its
 * one empty paragraph a placeholder. Only the document's size is looked at, never its blocks:
 * TipTap's Placeholder walks the whole story at every keystroke.
 */
export const EmptyBody = Extension.create({
  name: 'emptyBody',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          attributes: (state): Record<string, string> => (isEmptyDoc(state.doc) ? { class: 'body-empty', 'data-placeholder': EMPTY_BODY_PLACEHOLDER } : {}),
        },
      }),
    ];
  },
});
