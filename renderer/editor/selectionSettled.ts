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

/** How long a background update waits for an unread selection change, and how many times, before it goes ahead anyway. */
const SETTLE_WAIT_MS = 50;
const MAX_SETTLE_WAITS = 20;

/**
 * Runs `work` once the selection has settled (at once when it has), looking again every 50 ms
 * and going ahead after a second, so a selection that never settles cannot starve the update.
 * For background redraws (spelling, review highlights) that must not land between a key and its
 * selectionchange. Returns a function that cancels the wait.
 */
export function whenSelectionSettled(view: EditorView, work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waits = 0;
  const attempt = () => {
    timer = undefined;
    if (!view.isDestroyed && !selectionSettled(view) && waits++ < MAX_SETTLE_WAITS) timer = setTimeout(attempt, SETTLE_WAIT_MS);
    else work();
  };
  attempt();
  return () => clearTimeout(timer);
}
