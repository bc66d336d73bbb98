import type { EditorView } from '@tiptap/pm/view';
import { scrollerOf, shownBox } from '../common/scrollerOf';

/** Scrolls the body so that document position `pos` is in the middle of the view, as a browser's find does. */
export function centerOn(view: EditorView, pos: number): void {
  const scroller = scrollerOf(view.dom);
  const box = shownBox(scroller);
  scroller.scrollTop += view.coordsAtPos(pos).top - (box.top + box.height / 2);
}
