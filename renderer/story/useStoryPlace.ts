import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { settleTimer } from '../common/settleTimer';

/** Where the user left a story: the body's cursor and how far the view was scrolled. */
interface StoryPlace {
  anchor: number;
  head: number;
  scrollTop: number;
}

/** Per story and per machine, like a word processor's "reopen where you left off". */
const keyOf = (storyId: string) => `galley.place.${storyId}`;
/** Writing on every caret move would be wasteful: once the caret or scroll settles. */
const SAVE_DELAY_MS = 200;

/** The element that scrolls the body: the nearest scrollable ancestor, else the page. */
function scrollerOf(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement as HTMLElement;
}

function readPlace(storyId: string): StoryPlace | null {
  try {
    const place = JSON.parse(localStorage.getItem(keyOf(storyId)) ?? 'null') as StoryPlace | null;
    return place && [place.anchor, place.head, place.scrollTop].every(Number.isFinite) ? place : null;
  } catch {
    return null;
  }
}

/** Restores the cursor and scroll position when a story's editor appears, and remembers them as they change. */
export function useStoryPlace(storyId: string, editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const place = readPlace(storyId);
    if (place) {
      const size = editor.state.doc.content.size;
      const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
      editor.chain().setTextSelection({ from: clamp(place.anchor), to: clamp(place.head) }).focus(null, { scrollIntoView: false }).run();
      scrollerOf(editor.view.dom).scrollTop = place.scrollTop;
    }
    const saver = settleTimer(() => {
      if (editor.isDestroyed) return;
      const { anchor, head } = editor.state.selection;
      const place: StoryPlace = { anchor, head, scrollTop: scrollerOf(editor.view.dom).scrollTop };
      localStorage.setItem(keyOf(storyId), JSON.stringify(place));
    }, SAVE_DELAY_MS);
    const save = saver.poke;
    editor.on('selectionUpdate', save);
    // Capture: a scroll event does not bubble, and the scroller may be any ancestor.
    window.addEventListener('scroll', save, { capture: true, passive: true });
    return () => {
      editor.off('selectionUpdate', save);
      window.removeEventListener('scroll', save, { capture: true });
      saver.cancel();
    };
  }, [storyId, editor]);
}
