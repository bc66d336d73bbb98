import type { EditorView } from '@tiptap/pm/view';

/**
 * True when the page's selection is the one ProseMirror has read. A native selection change
 * (Shift+Arrow, a double-click) reaches ProseMirror a moment later, on `selectionchange`; a
 * decoration update dispatched in between redraws the view and puts the old selection back,
 * and the user's selection is lost. Background updates (spelling, review marks) wait for this.
 */
export function selectionSettled(view: EditorView): boolean {
  if (!view.hasFocus()) return true;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return true;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return anchor === view.state.selection.anchor && head === view.state.selection.head;
  } catch {
    return true;
  }
}
