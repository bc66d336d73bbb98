import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** ProseMirror's DOM observer: internal to prosemirror-view, so not in its type definitions. */
type ObservedView = EditorView & { domObserver?: { flush(): void } };

/**
 * Reads the page's selection into the editor before each key is handled. ProseMirror learns of a
 * native caret move (an arrow, Home, Shift+Arrow) on `selectionchange`, which Chromium 156 may
 * deliver after the next keydown: a shortcut then acted on the old selection (Ctrl+K linked five
 * of six selected letters) and the next redraw put the old caret back (a Ctrl+End right after an
 * arrow was lost). Flushing the observer is what ProseMirror itself does on selectionchange.
 */
export const ReadSelectionFirst = Extension.create({
  name: 'readSelectionFirst',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readSelectionFirst'),
        props: {
          handleDOMEvents: {
            keydown: (view) => {
              (view as ObservedView).domObserver?.flush();
              return false;
            },
          },
        },
      }),
    ];
  },
});
