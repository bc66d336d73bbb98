import type { EditorView } from '@tiptap/pm/view';
import { scrollerOf } from '../common/scrollerOf';

/** Scrolls the body so that document position `pos` is in the middle of the view, as a browser's find does. */
export function centerOn(view: EditorView, pos: number): void {
  const scroller = scrollerOf(view.dom);
  const box = scroller === document.scrollingElement ? { top: 0, height: window.innerHeight } : scroller.getBoundingClientRect();
  scroller.scrollTop += view.coordsAtPos(pos).top - (box.top + box.height / 2);
}
